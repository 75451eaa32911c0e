package io.deckhand.app.error;

/** A file or value the user gave cannot be used; nothing was changed. */
public class InvalidInputException extends DeckhandException {
    public InvalidInputException(String userMessage) {
        super(userMessage);
    }

    public InvalidInputException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
