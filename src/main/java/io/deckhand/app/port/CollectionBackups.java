package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import java.nio.file.Path;
import java.util.List;

/** Whole-collection copies and checks: snapshots, reading a backup, restoring one, "Check collection". */
public interface CollectionBackups {

    /** What a backup file holds. */
    record Contents(long cards, long notes, long reviews, int schemaVersion) {
    }

    /** What a check found and, when asked to repair, what it did and what is left. */
    record CheckReport(List<String> found, List<String> repaired, List<String> unresolved, boolean repairable) {
        public CheckReport {
            found = List.copyOf(found);
            repaired = List.copyOf(repaired);
            unresolved = List.copyOf(unresolved);
        }

        public boolean healthy() {
            return found.isEmpty();
        }
    }

    /** Whether the collection is a file (an in-memory one has nothing to back up or restore). */
    boolean isFile();

    /** A number that changes whenever the collection changes, in this process or another. */
    long changeCount() throws DeckhandException;

    /**
     * Writes a consistent snapshot of the collection to {@code target} (which must not exist),
     * never a copy of the live file: {@code target} appears complete and on disk, or not at all.
     */
    void snapshotTo(Path target) throws DeckhandException;

    /**
     * Reads a backup without changing it; {@code verify} also runs SQLite's integrity check.
     * A file that is not a Deckhand collection (or from a newer Deckhand, or damaged) is refused.
     */
    Contents inspect(Path file, boolean verify) throws DeckhandException;

    /** Replaces the whole collection with {@code file}'s content in one transaction, then brings its schema up to date. */
    void restoreFrom(Path file) throws DeckhandException;

    /** Integrity, foreign-key and schema checks; with {@code repair}, also fixes what is safe to fix. */
    CheckReport check(boolean repair) throws DeckhandException;
}
