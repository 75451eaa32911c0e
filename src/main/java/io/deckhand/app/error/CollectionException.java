package io.deckhand.app.error;

/** The collection file cannot be opened or written (foreign file, newer schema, disk full, read-only). */
public class CollectionException extends DeckhandException {
    public CollectionException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }

    public CollectionException(String userMessage) {
        super(userMessage);
    }
}
