package io.deckhand.app.exchange;

import java.util.List;

/**
 * What an import did: notes added, updated (matched by GUID) and skipped (unchanged or not
 * importable), review-log rows and media files brought over, and each problem with the item it
 * concerns.
 */
public record ImportReport(int added, int updated, int skipped, int cards, int reviews, int media, List<Issue> issues) {
    /** A problem with one item (a note, a line, a media file); the import went on without it. */
    public record Issue(String item, String message) {
    }

    public ImportReport {
        issues = List.copyOf(issues);
    }

    public static ImportReport empty() {
        return new ImportReport(0, 0, 0, 0, 0, 0, List.of());
    }

    public ImportReport plus(ImportReport other) {
        List<Issue> all = new java.util.ArrayList<>(issues);
        all.addAll(other.issues);
        return new ImportReport(added + other.added, updated + other.updated, skipped + other.skipped,
                cards + other.cards, reviews + other.reviews, media + other.media, all);
    }
}
