package io.deckhand.app.exchange;

import io.deckhand.domain.deck.DeckName;
import io.deckhand.exchange.csv.AnkiTextReader;
import io.deckhand.exchange.csv.ColumnMapping;
import java.util.Objects;

/**
 * Choices for an import. {@code withScheduling}: keep the package's due dates and review log
 * (otherwise every card starts new). For text files: how to read them, which column is which
 * ({@code mapping} null = from the file's headers) and the deck for rows that name none.
 * {@code columns}: the mapping chosen in the import dialog; when set it wins over {@code mapping}
 * (null = not chosen).
 */
public record ImportOptions(boolean withScheduling, AnkiTextReader.Options text, ColumnMapping mapping,
                            boolean padRaggedRows, DeckName defaultDeck, ColumnChoice columns) {
    public ImportOptions {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(defaultDeck, "defaultDeck");
    }

    public ImportOptions(boolean withScheduling, AnkiTextReader.Options text, ColumnMapping mapping,
                         boolean padRaggedRows, DeckName defaultDeck) {
        this(withScheduling, text, mapping, padRaggedRows, defaultDeck, null);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(true, AnkiTextReader.Options.AUTO, null, false, new DeckName("Imported"));
    }

    public ImportOptions withScheduling(boolean on) {
        return new ImportOptions(on, text, mapping, padRaggedRows, defaultDeck, columns);
    }

    public ImportOptions withPadRaggedRows(boolean on) {
        return new ImportOptions(withScheduling, text, mapping, on, defaultDeck, columns);
    }

    public ImportOptions withColumns(ColumnChoice chosen) {
        return new ImportOptions(withScheduling, text, mapping, padRaggedRows, defaultDeck, chosen);
    }
}
