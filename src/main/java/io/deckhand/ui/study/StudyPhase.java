package io.deckhand.ui.study;

/** Where the study screen is in its loop. */
public enum StudyPhase {
    /** Waiting for the collection (first card, or after an answer). */
    LOADING,
    /** The front is shown. */
    QUESTION,
    /** The back is shown; the four grade buttons are active. */
    ANSWER,
    /** Nothing more is due today in this deck. */
    FINISHED
}
