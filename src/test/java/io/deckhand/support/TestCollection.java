package io.deckhand.support;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.storage.Database;
import java.time.Instant;

/** An in-memory collection with migrations applied and services wired, on a mutable clock. */
public final class TestCollection implements AutoCloseable {
    public final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    public final Database db = Database.openInMemory();
    public final AppServices services;

    public TestCollection() throws DeckhandException {
        services = Bootstrap.wire(db, clock);
    }

    @Override
    public void close() {
        db.close();
    }
}
