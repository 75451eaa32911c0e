package io.deckhand.exchange.apkg;

import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.PackageReview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Anki ids for exported decks, notes and cards. Anki's note and card ids are their creation times
 * in epoch milliseconds (its browser shows them as "Created"); a package id that already is one
 * (a note read from Anki) is kept, others get the time the card was first seen (its first review,
 * else when it was made new), made unique by stepping a millisecond, as Anki itself does. Decks
 * are matched by name in Anki, so their ids only need to be unique and avoid 1 (its Default deck);
 * missing parent decks are added, as Anki needs every level of a "A::B" name.
 */
final class AnkiExportIds {
    /** 2001-09-09 in epoch ms: smaller ids are not creation times (Deckhand's own row numbers). */
    static final long EPOCH_MS_FLOOR = 1_000_000_000_000L;

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
        Map<Long, Instant> firstReview = new HashMap<>();
        for (PackageReview r : pkg.reviews()) firstReview.merge(r.cardId(), r.reviewedAt(), (a, b) -> a.isBefore(b) ? a : b);
        Map<Long, Long> cardCreated = new HashMap<>();
        Map<Long, Long> noteCreated = new HashMap<>();
        long latest = exportedAt.toEpochMilli();
        for (PackageCard c : pkg.cards()) {
            long t = Math.min(latest, created(c, firstReview.get(c.id())).toEpochMilli());
            cardCreated.put(c.id(), t);
            noteCreated.merge(c.noteId(), t, Math::min);
        }
        List<PackageNote> notes = new ArrayList<>(pkg.notes());
        notes.sort(Comparator.comparingLong(n -> noteCreated.getOrDefault(n.id(), latest)));
        assign(notes.stream().map(PackageNote::id).toList(), noteCreated, latest, noteIds);
        List<PackageCard> cards = new ArrayList<>(pkg.cards());
        cards.sort(Comparator.comparingLong(c -> cardCreated.getOrDefault(c.id(), latest)));
        assign(cards.stream().map(PackageCard::id).toList(), cardCreated, latest, cardIds);
    }

    /** When Deckhand first had the card: its first answer, else (new cards) its due time, which is when it was added. */
    private static Instant created(PackageCard c, Instant firstReview) {
        Instant t = c.scheduling().state() == CardState.NEW ? c.scheduling().due() : c.scheduling().lastReview();
        if (firstReview != null && (t == null || firstReview.isBefore(t))) t = firstReview;
        return t != null ? t : c.scheduling().due();
    }

    /** Keeps ids that are creation times already, then gives the rest their time ({@code ids} in that order), a millisecond apart when taken. */
    private static void assign(List<Long> ids, Map<Long, Long> created, long latest, Map<Long, Long> out) {
        java.util.Set<Long> used = new java.util.HashSet<>();
        for (long id : ids) {
            if (id >= EPOCH_MS_FLOOR && used.add(id)) out.put(id, id);
        }
        long last = Long.MIN_VALUE;
        for (long id : ids) { // in order of creation, so one pass keeps them apart
            if (out.containsKey(id)) continue;
            long t = Math.max(Math.max(EPOCH_MS_FLOOR, created.getOrDefault(id, latest)), last + 1);
            while (!used.add(t)) t++;
            out.put(id, t);
            last = t;
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
