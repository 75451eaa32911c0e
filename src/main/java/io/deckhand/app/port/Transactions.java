package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;

/** Runs a unit of work as one transaction: committed when it returns, rolled back when it throws. */
public interface Transactions {

    @FunctionalInterface
    interface Work<T> {
        T run() throws DeckhandException;
    }

    <T> T inTransaction(Work<T> work) throws DeckhandException;

    /** Reads that need a consistent view but change nothing. */
    <T> T read(Work<T> work) throws DeckhandException;
}
