package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;

/** What other connections (another Deckhand window, the command line) committed to the collection. */
public interface OtherWriters {
    /** A number that changes whenever another connection commits; this connection's own writes leave it alone. */
    long commitMark() throws DeckhandException;
}
