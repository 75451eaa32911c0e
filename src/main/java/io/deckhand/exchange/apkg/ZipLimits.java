package io.deckhand.exchange.apkg;

/**
 * Caps that stop a hostile or broken package from filling the disk or the memory. Every cap counts
 * the bytes actually produced (by inflating the zip and by zstd), never the sizes a file declares.
 * <ul>
 * <li>{@code maxTotalBytes}: the most one package may unpack to, all entries and all zstd
 * decompression together. The budget of a package is {@link #budgetFor}: {@code maxRatio} times its
 * size on disk, at least {@link #MIN_BUDGET}, at most {@code maxTotalBytes}.
 * <li>{@code maxEntryBytes}: the most one entry may unpack to.
 * <li>{@code maxRatio}: unpacked to compressed size, per entry (past 1 MB) and for the whole package.
 * <li>{@code maxEntries}: entries in the zip.
 * </ul>
 */
public record ZipLimits(long maxTotalBytes, long maxEntryBytes, long maxRatio, int maxEntries) {
    /** Generous for real decks (collections of several GB exist, single media rarely beyond 200 MB). */
    public static final ZipLimits DEFAULT = new ZipLimits(8L << 30, 1L << 30, 200, 200_000);
    /** Small packages may always unpack this far (an empty collection alone compresses ~100 to 1). */
    public static final long MIN_BUDGET = 64L << 20;

    public ZipLimits {
        if (maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxRatio <= 0 || maxEntries <= 0) {
            throw new IllegalArgumentException("zip limits must be positive");
        }
    }

    /** What a package of {@code packageBytes} on disk may unpack to in total. */
    public long budgetFor(long packageBytes) {
        long byRatio = packageBytes > Long.MAX_VALUE / maxRatio ? Long.MAX_VALUE : packageBytes * maxRatio;
        return Math.min(maxTotalBytes, Math.max(MIN_BUDGET, byRatio));
    }
}
