package io.deckhand.app.exchange;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.StockNoteTypes;
import io.deckhand.exchange.json.DeckFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Card drafts (notes import) as a package; Deckhand JSON files themselves go through {@link DeckFileImporter}. */
final class JsonDecks {
    private JsonDecks() {
    }

    static DeckPackage toPackage(DeckFile file, Instant now) {
        Map<String, PackageDeck> decks = new LinkedHashMap<>();
        List<PackageNote> notes = new ArrayList<>();
        List<PackageCard> cards = new ArrayList<>();
        long id = 1;
        // entries sharing a guid are the cards of one note (one fact asked several ways)
        Map<String, Long> noteIds = new LinkedHashMap<>();
        Map<Long, Integer> ordinals = new LinkedHashMap<>();
        for (DeckFile.Entry e : file.cards()) {
            CardDraft c = e.card();
            DeckName name = new DeckName(c.deck().isBlank() ? file.name() : c.deck());
            PackageDeck deck = decks.computeIfAbsent(name.value(), n -> new PackageDeck(decks.size() + 1, name, ""));
            Long noteId = noteIds.get(e.guid());
            if (noteId == null) {
                noteId = id++;
                noteIds.put(e.guid(), noteId);
                notes.add(new PackageNote(noteId, e.guid(), StockNoteTypes.BASIC_ID, List.of(c.front(), c.back()), c.tags(), now));
            }
            int ordinal = ordinals.merge(noteId, 1, Integer::sum) - 1;
            cards.add(new PackageCard(id++, noteId, deck.id(), ordinal, c.kind(), c.front(), c.back(),
                    e.scheduling() != null ? e.scheduling() : SchedulingState.newCard(now), false, false, false, 0));
        }
        return new DeckPackage(new ArrayList<>(decks.values()), StockNoteTypes.all(), notes, cards, List.of(), List.of(), List.of());
    }
}
