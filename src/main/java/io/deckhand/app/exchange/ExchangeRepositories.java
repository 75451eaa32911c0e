package io.deckhand.app.exchange;

import io.deckhand.app.port.AnkiOrigins;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.NoteRepository;
import io.deckhand.app.port.PresetRepository;
import io.deckhand.app.port.ReviewLogRepository;
import java.util.Objects;

/** The repositories imports and exports work with. */
public record ExchangeRepositories(DeckRepository decks, PresetRepository presets, NoteRepository notes,
                                   CardRepository cards, ReviewLogRepository log, AnkiOrigins anki) {
    public ExchangeRepositories {
        Objects.requireNonNull(decks);
        Objects.requireNonNull(presets);
        Objects.requireNonNull(notes);
        Objects.requireNonNull(cards);
        Objects.requireNonNull(log);
        Objects.requireNonNull(anki);
    }
}
