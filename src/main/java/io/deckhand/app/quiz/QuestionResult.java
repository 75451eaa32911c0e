package io.deckhand.app.quiz;

import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.question.Question;

/** One question of a submitted exam: what was asked, what was answered, how it was graded, its topic. */
public record QuestionResult(Question question, String answer, Grade grade, String topic) {
}
