package io.deckhand.app.exchange;

import io.deckhand.domain.deck.DeckName;
import java.util.Objects;

/**
 * Choices for an import. {@code withScheduling}: keep the package's due dates and review log
 * (otherwise every card starts new). For text files: how to read them and the deck for rows that
 * name none. {@code columns}: the mapping chosen in the import dialog (null = not chosen: the file's
 * headers decide which column is which).
 */
public record ImportOptions(boolean withScheduling, TextReading text,
                            boolean padRaggedRows, DeckName defaultDeck, ColumnChoice columns) {
    public ImportOptions {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(defaultDeck, "defaultDeck");
    }

    public ImportOptions(boolean withScheduling, TextReading text,
                         boolean padRaggedRows, DeckName defaultDeck) {
        this(withScheduling, text, padRaggedRows, defaultDeck, null);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(true, TextReading.AUTO, false, new DeckName("Imported"));
    }

    public ImportOptions withScheduling(boolean on) {
        return new ImportOptions(on, text, padRaggedRows, defaultDeck, columns);
    }

    public ImportOptions withPadRaggedRows(boolean on) {
        return new ImportOptions(withScheduling, text, on, defaultDeck, columns);
    }

    public ImportOptions withColumns(ColumnChoice chosen) {
        return new ImportOptions(withScheduling, text, padRaggedRows, defaultDeck, chosen);
    }
}
