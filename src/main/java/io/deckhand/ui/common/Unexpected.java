package io.deckhand.ui.common;

import io.deckhand.app.error.DeckhandException;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Turns a programmer error into something the error presenter can show without a raw stack trace. */
final class Unexpected {
    private Unexpected() {
    }

    static DeckhandException wrap(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        return new DeckhandException("Something unexpected went wrong.", trace.toString(), t);
    }
}
