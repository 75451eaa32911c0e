package io.deckhand.app.notes;

import java.util.List;

/**
 * What importing notes did (or, for a dry run, would do): cards added, updated in place (review
 * history kept), unchanged, and cards whose source text disappeared (listed, never deleted).
 */
public record NotesImportReport(int added, int updated, int unchanged, List<Orphan> orphaned,
                                List<SkippedNote> skipped, boolean dryRun) {
    public NotesImportReport {
        orphaned = List.copyOf(orphaned);
        skipped = List.copyOf(skipped);
    }

    /** A card made from a note that no longer holds its text: for the user to keep or delete. */
    public record Orphan(long noteId, String path, String heading, String front) {
    }
}
