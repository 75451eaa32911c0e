package io.deckhand.app.exchange;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.StockNoteTypes;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.exchange.json.DeckFileWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Between Deckhand's JSON deck files (one card per entry, Markdown) and packages. */
final class JsonDecks {
    private JsonDecks() {
    }

    static DeckPackage toPackage(DeckFile file, Instant now) {
        Map<String, PackageDeck> decks = new LinkedHashMap<>();
        List<PackageNote> notes = new ArrayList<>();
        List<PackageCard> cards = new ArrayList<>();
        long id = 1;
        for (DeckFile.Entry e : file.cards()) {
            CardDraft c = e.card();
            DeckName name = new DeckName(c.deck().isBlank() ? file.name() : c.deck());
            PackageDeck deck = decks.computeIfAbsent(name.value(), n -> new PackageDeck(decks.size() + 1, name, ""));
            long noteId = id++;
            notes.add(new PackageNote(noteId, e.guid(), StockNoteTypes.BASIC_ID, List.of(c.front(), c.back()), c.tags(), now));
            cards.add(new PackageCard(id++, noteId, deck.id(), 0, c.kind(), c.front(), c.back(),
                    SchedulingState.newCard(now), false, false, false, 0));
        }
        return new DeckPackage(new ArrayList<>(decks.values()), StockNoteTypes.all(), notes, cards, List.of(), List.of(), List.of());
    }

    /** One entry per card; the lead's format holds no scheduling yet, so none is written. */
    static void write(DeckPackage pkg, DeckName root, Path out) throws IOException {
        Map<Long, PackageNote> notes = new HashMap<>();
        pkg.notes().forEach(n -> notes.put(n.id(), n));
        Map<Long, String> deckNames = new HashMap<>();
        pkg.decks().forEach(d -> deckNames.put(d.id(), d.name().value()));
        Map<Long, Integer> seen = new HashMap<>();
        List<DeckFile.Entry> entries = new ArrayList<>();
        for (PackageCard c : pkg.cards()) {
            PackageNote note = notes.get(c.noteId());
            int n = seen.merge(c.noteId(), 1, Integer::sum);
            String guid = n == 1 ? note.guid() : note.guid() + "#" + n;
            CardKind kind = c.kind();
            entries.add(new DeckFile.Entry(guid, new CardDraft(kind, c.front(), c.back(),
                    deckNames.getOrDefault(c.deckId(), root.value()), note.tags(), null)));
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            new DeckFileWriter().write(new DeckFile(root.value(), "", entries), os);
        }
    }
}
