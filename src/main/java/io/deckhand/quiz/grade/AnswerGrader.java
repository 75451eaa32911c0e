package io.deckhand.quiz.grade;

/** Grades a typed answer against the expected one by meaning, not by text. Pure and thread-safe. */
public interface AnswerGrader {
    Grade grade(String expected, String answer);
}
