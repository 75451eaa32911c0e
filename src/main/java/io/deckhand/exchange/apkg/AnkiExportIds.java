package io.deckhand.exchange.apkg;

import io.deckhand.domain.deck.DeckName;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Anki ids for exported decks, notes and cards. Anki matches decks by name, so deck ids only need
 * to be unique and must avoid 1 (its Default deck); notes and cards keep positive package ids.
 * Missing parent decks are added, as Anki needs every level of a "A::B" name.
 */
final class AnkiExportIds {
    private final Map<Long, Long> deckIds = new HashMap<>();
    private final Map<String, Long> deckByName = new LinkedHashMap<>();
    private final Map<Long, Long> noteIds = new HashMap<>();
    private final Map<Long, Long> cardIds = new HashMap<>();

    AnkiExportIds(DeckPackage pkg, Instant exportedAt) {
        long next = exportedAt.toEpochMilli();
        for (PackageDeck d : pkg.decks()) {
            for (DeckName level = d.name(); level != null; level = level.parent()) {
                if (!deckByName.containsKey(level.value())) deckByName.put(level.value(), next++);
            }
            deckIds.put(d.id(), deckByName.get(d.name().value()));
        }
        long fresh = Math.max(next, 1);
        java.util.Set<Long> usedNotes = new java.util.HashSet<>();
        for (PackageNote n : pkg.notes()) {
            long id = n.id() > 0 && usedNotes.add(n.id()) ? n.id() : fresh++;
            usedNotes.add(id);
            noteIds.put(n.id(), id);
        }
        java.util.Set<Long> usedCards = new java.util.HashSet<>();
        for (PackageCard c : pkg.cards()) {
            long id = c.id() > 0 && usedCards.add(c.id()) ? c.id() : fresh++;
            usedCards.add(id);
            cardIds.put(c.id(), id);
        }
    }

    Map<String, Long> decksByName() {
        return deckByName;
    }

    Long deck(long packageDeckId) {
        return deckIds.get(packageDeckId);
    }

    Long note(long packageNoteId) {
        return noteIds.get(packageNoteId);
    }

    Long card(long packageCardId) {
        return cardIds.get(packageCardId);
    }
}
