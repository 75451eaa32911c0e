package io.deckhand.exchange.csv;

/**
 * Which columns (1-based; 0 = none) hold what, as chosen in the import dialog or taken from the
 * file's headers. {@code padRagged}: accept rows with too few or too many fields (missing ones
 * empty, extra ones dropped) instead of refusing the file.
 */
public record ColumnMapping(int front, int back, int deck, int tags, int guid, boolean padRagged) {
    public ColumnMapping {
        if (front < 1) throw new IllegalArgumentException("the front column must be chosen");
        if (back < 0 || deck < 0 || tags < 0 || guid < 0) throw new IllegalArgumentException("column numbers start at 1");
    }

    /** The headers' deck/tags/GUID columns; front and back the first two columns left. */
    public static ColumnMapping defaults(TextTable table) {
        int front = 0;
        int back = 0;
        for (int c = 1; c <= Math.max(1, table.columns().size()); c++) {
            if (c == table.deckColumn() || c == table.tagsColumn() || c == table.guidColumn() || c == table.notetypeColumn()) {
                continue;
            }
            if (front == 0) front = c;
            else if (back == 0) back = c;
        }
        return new ColumnMapping(Math.max(1, front), back, table.deckColumn(), table.tagsColumn(), table.guidColumn(), false);
    }

    public ColumnMapping withPadRagged(boolean on) {
        return new ColumnMapping(front, back, deck, tags, guid, on);
    }
}
