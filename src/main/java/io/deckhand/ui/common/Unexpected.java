package io.deckhand.ui.common;

import io.deckhand.app.error.DeckhandException;

/**
 * Turns a programmer error, or the JVM running out of memory or stack, into something the error
 * presenter can show: the details name the exception and its causes (the full trace goes to the log
 * only, never to the user).
 */
final class Unexpected {
    /**
     * Made in advance: when the heap is truly full, building a message can fail too, and the user must
     * still hear that the work stopped.
     */
    private static final DeckhandException OUT_OF_MEMORY = new DeckhandException(
            "Deckhand ran out of memory doing this, so it stopped. Try a smaller file or fewer cards at once.",
            "java.lang.OutOfMemoryError", null);

    private Unexpected() {
    }

    static DeckhandException wrap(Throwable t) {
        try {
            StringBuilder details = new StringBuilder();
            for (Throwable at = t; at != null && details.length() < 2000; at = at.getCause()) {
                if (details.length() > 0) details.append("\ncaused by ");
                details.append(at);
            }
            return new DeckhandException(message(t), details.toString(), t);
        } catch (OutOfMemoryError again) {
            return OUT_OF_MEMORY;
        }
    }

    private static String message(Throwable t) {
        if (t instanceof OutOfMemoryError) return OUT_OF_MEMORY.getMessage();
        if (t instanceof StackOverflowError) {
            return "This was nested too deeply for Deckhand to work through, so it stopped.";
        }
        return "Something unexpected went wrong.";
    }
}
