package io.deckhand.app.quiz;

import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.question.Question;

/** Grades a response to a question ({@code QuestionGrader::grade} in the app). Pure. */
@FunctionalInterface
public interface ResponseGrader {
    Grade grade(Question question, String response);
}
