package io.deckhand.exchange;

/**
 * A file cannot be read or written in its format. The message is written for the user and names
 * the problem; the app layer turns it into an {@code InvalidInputException} (exchange must not
 * depend on app).
 */
public class FormatException extends Exception {
    public FormatException(String userMessage) {
        super(userMessage);
    }

    public FormatException(String userMessage, Throwable cause) {
        super(userMessage, cause);
    }
}
