package io.deckhand.ui.quiz;

/** Where a mock exam is: looking for an unfinished one, choosing, starting, sitting it, grading, results. */
public enum ExamPhase {
    LOADING, SETUP, RUNNING, SUBMITTING, RESULTS
}
