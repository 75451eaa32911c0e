package io.deckhand.ui.common;

import io.deckhand.app.error.DeckhandException;

/**
 * Turns a programmer error into something the error presenter can show: the details name the
 * exception and its causes (the full trace goes to the log only, never to the user).
 */
final class Unexpected {
    private Unexpected() {
    }

    static DeckhandException wrap(Throwable t) {
        StringBuilder details = new StringBuilder();
        for (Throwable at = t; at != null && details.length() < 2000; at = at.getCause()) {
            if (details.length() > 0) details.append("\ncaused by ");
            details.append(at);
        }
        return new DeckhandException("Something unexpected went wrong.", details.toString(), t);
    }
}
