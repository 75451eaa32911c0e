package io.deckhand.app.error;

/**
 * Something went wrong that the user can act on. {@link #getMessage()} is written for the user;
 * {@link #details()} holds the technical text for a "Details" expander or the log.
 */
public class DeckhandException extends Exception {
    private final String details;

    public DeckhandException(String userMessage) {
        this(userMessage, null, null);
    }

    public DeckhandException(String userMessage, Throwable cause) {
        this(userMessage, cause == null ? null : String.valueOf(cause), cause);
    }

    public DeckhandException(String userMessage, String details, Throwable cause) {
        super(userMessage, cause);
        this.details = details == null ? "" : details;
    }

    public String details() {
        return details;
    }
}
