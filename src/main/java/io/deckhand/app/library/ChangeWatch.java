package io.deckhand.app.library;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.OtherWriters;

/**
 * Tells whether another program (a second window, the command line) committed to the collection since
 * the last look, so views that show it can read it again. Cheap enough to ask every few seconds.
 */
public final class ChangeWatch {
    private final OtherWriters others;
    private Long seen;

    public ChangeWatch(OtherWriters others) {
        this.others = others;
    }

    /** Remembers how things stand now; later changes are what {@link #changedElsewhere()} reports. */
    public synchronized void markSeen() throws DeckhandException {
        seen = others.commitMark();
    }

    /** True once for each change by another connection since the previous call (or {@link #markSeen()}). */
    public synchronized boolean changedElsewhere() throws DeckhandException {
        long now = others.commitMark();
        boolean changed = seen != null && seen != now;
        seen = now;
        return changed;
    }
}
