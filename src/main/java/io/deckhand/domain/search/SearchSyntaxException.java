package io.deckhand.domain.search;

/** A search the parser cannot read; the message says what is wrong in the user's words. */
public final class SearchSyntaxException extends Exception {
    public SearchSyntaxException(String message) {
        super(message);
    }
}
