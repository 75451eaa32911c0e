package io.deckhand.exchange.apkg;

import io.deckhand.exchange.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells a truncated SQLite file from a whole one using the page size and count in its header. */
final class SqliteFileCheck {
    private static final int HEADER = 100;

    private SqliteFileCheck() {
    }

    static void requireComplete(Path file, String displayName) throws IOException, FormatException {
        long size = Files.size(file);
        byte[] h = new byte[HEADER];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(h, 0, HEADER);
        }
        if (n < HEADER || !new String(h, 0, 15, java.nio.charset.StandardCharsets.US_ASCII).equals("SQLite format 3")) {
            throw new FormatException("The collection in " + displayName + " is not a valid SQLite database"
                    + (n < HEADER ? " (the file is truncated)." : "."));
        }
        int pageSize = ((h[16] & 0xff) << 8) | (h[17] & 0xff);
        long realPageSize = pageSize == 1 ? 65536 : pageSize;
        long pages = ((long) (h[28] & 0xff) << 24) | ((h[29] & 0xff) << 16) | ((h[30] & 0xff) << 8) | (h[31] & 0xff);
        // the in-header page count is valid only when the change counters match (SQLite 3.7+)
        boolean countValid = pages > 0 && java.util.Arrays.equals(java.util.Arrays.copyOfRange(h, 24, 28),
                java.util.Arrays.copyOfRange(h, 92, 96));
        if (countValid && size < pages * realPageSize) {
            throw new FormatException("The collection in " + displayName + " is truncated: it should be "
                    + pages * realPageSize + " bytes but is " + size + ".");
        }
    }
}
