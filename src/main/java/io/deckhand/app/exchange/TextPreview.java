package io.deckhand.app.exchange;

import java.util.List;

/**
 * The start of a text file, for choosing its columns: how many there are, the first rows (each
 * padded to {@code columns} cells), the suggested role per column and whether the first row looks
 * like a header (column names rather than a card).
 */
public record TextPreview(int columns, List<List<String>> rows, List<ColumnRole> suggested, boolean firstRowLooksLikeHeader) {
    public TextPreview {
        if (columns < 1) throw new IllegalArgumentException("a text file has at least one column");
        rows = rows.stream().map(List::copyOf).toList();
        suggested = List.copyOf(suggested);
        if (suggested.size() != columns) throw new IllegalArgumentException("one suggested role per column");
    }

    /** The suggestion as a mapping to start from. */
    public ColumnChoice suggestion() {
        return new ColumnChoice(suggested, firstRowLooksLikeHeader);
    }
}
