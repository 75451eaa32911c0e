package io.deckhand.exchange;

/** A file is not in the format it claims; the message names the problem in the user's words. */
public class FormatException extends Exception {
    public FormatException(String message) {
        super(message);
    }

    public FormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
