package io.deckhand.quiz.question;

import io.deckhand.quiz.grade.Grade;

/** CONTRACT PLACEHOLDER: grades a response to a question with the grader its type needs. */
public final class QuestionGrader {
    public Grade grade(Question question, String response) {
        throw new UnsupportedOperationException("question grading is being built");
    }
}
