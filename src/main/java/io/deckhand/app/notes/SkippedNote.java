package io.deckhand.app.notes;

import io.deckhand.notes.FileProblem;

/**
 * A note left out of an extraction, or read only in part ({@link #partlyRead()}), with why in the
 * user's words. {@code reason} is a stable code.
 */
public record SkippedNote(String path, String reason, String message) {
    /** The note gave its cards, but some of its text (rows of a very long table) made none. */
    public boolean partlyRead() {
        return FileProblem.Reason.PARTLY_READ.code().equals(reason);
    }
}
