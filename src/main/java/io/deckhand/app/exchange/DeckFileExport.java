package io.deckhand.app.exchange;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.exchange.json.DeckFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deck and its sub-decks as a Deckhand deck file, straight from the collection (not through the
 * Anki-shaped package, which would lose note sources, exact states and review rows): one entry per
 * card, a note's cards next to each other under its guid, the presets the decks use.
 */
final class DeckFileExport {
    private final ExchangeRepositories repos;

    DeckFileExport(ExchangeRepositories repos) {
        this.repos = repos;
    }

    DeckFile collect(DeckName root, boolean withScheduling) throws DeckhandException {
        List<Deck> chosen = repos.decks().all().stream()
                .filter(d -> d.name().equals(root) || root.isAncestorOf(d.name()))
                .sorted(Comparator.comparing(d -> d.name().value())).toList();
        if (chosen.isEmpty()) throw new InvalidInputException("There is no deck named \"" + root + "\".");
        List<DeckId> deckIds = chosen.stream().map(Deck::id).toList();
        Map<Long, String> deckNames = new HashMap<>();
        Map<PresetId, DeckPreset> presets = new LinkedHashMap<>();
        Map<String, String> deckPresets = new LinkedHashMap<>();
        for (Deck d : chosen) {
            deckNames.put(d.id().value(), d.name().value());
            DeckPreset p = presets.get(d.presetId());
            if (p == null) {
                p = repos.presets().get(d.presetId());
                presets.put(d.presetId(), p);
            }
            deckPresets.put(d.name().value(), p.name());
        }
        Map<Long, List<ReviewLogEntry>> history = new HashMap<>();
        if (withScheduling) {
            // one query for the chosen decks' cards instead of one per card
            for (ReviewLogEntry r : repos.log().forCardsInDecks(deckIds)) {
                history.computeIfAbsent(r.cardId().value(), k -> new ArrayList<>()).add(r);
            }
        }
        Map<Long, Note> noteById = new HashMap<>();
        for (Note n : repos.notes().ofCardsInDecks(deckIds)) noteById.put(n.id().value(), n);
        Map<Long, List<Card>> byNote = new LinkedHashMap<>();
        for (Card c : repos.cards().byDecks(deckIds)) {
            byNote.computeIfAbsent(c.noteId().value(), k -> new ArrayList<>()).add(c);
        }
        List<DeckFile.Entry> entries = new ArrayList<>();
        for (List<Card> group : byNote.values()) {
            group.sort(Comparator.comparingLong(c -> c.id().value()));
            Note note = noteById.get(group.get(0).noteId().value());
            String guid = note != null ? note.guid() : "deckhand-note-" + group.get(0).noteId().value();
            for (Card c : group) {
                List<String> fields = note == null || note.fields().equals(List.of(c.front(), c.back()))
                        ? List.of() : note.fields();
                List<DeckFile.Review> reviews = new ArrayList<>();
                for (ReviewLogEntry r : history.getOrDefault(c.id().value(), List.of())) {
                    reviews.add(new DeckFile.Review(r.reviewedAt(), r.rating(), r.elapsedDays(), r.answerTime(),
                            r.before(), r.after()));
                }
                CardDraft draft = new CardDraft(c.kind(), c.front(), c.back(), deckNames.get(c.deckId().value()),
                        c.tags(), note == null ? null : note.source());
                entries.add(new DeckFile.Entry(guid, draft, fields, withScheduling ? c.scheduling() : null,
                        c.suspended(), reviews));
            }
        }
        return new DeckFile(root.value(), "", entries, List.copyOf(presets.values()), deckPresets);
    }
}
