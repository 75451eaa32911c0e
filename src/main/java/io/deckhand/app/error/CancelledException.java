package io.deckhand.app.error;

/** The user cancelled long work; whatever it was doing was rolled back. */
public class CancelledException extends DeckhandException {
    public CancelledException() {
        super("Cancelled. Nothing was changed.");
    }
}
