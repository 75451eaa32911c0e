package io.deckhand.ui.quiz;

/** Where a quiz is: choosing what to ask, waiting for the questions, asking, grading, showing the result, done. */
public enum QuizPhase {
    SETUP, LOADING, QUESTION, CHECKING, FEEDBACK, FINISHED
}
