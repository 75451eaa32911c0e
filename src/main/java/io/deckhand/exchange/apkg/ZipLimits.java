package io.deckhand.exchange.apkg;

/**
 * Caps that stop a hostile or broken package from filling the disk: total and per-entry
 * uncompressed size, the ratio of uncompressed to compressed size, and the number of entries.
 */
public record ZipLimits(long maxTotalBytes, long maxEntryBytes, long maxRatio, int maxEntries) {
    /** Generous for real decks (collections of several GB exist, single media rarely beyond 200 MB). */
    public static final ZipLimits DEFAULT = new ZipLimits(8L << 30, 1L << 30, 200, 200_000);

    public ZipLimits {
        if (maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxRatio <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }
}
