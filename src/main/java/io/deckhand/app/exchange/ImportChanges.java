package io.deckhand.app.exchange;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.review.ReviewLogEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one import changed, written down while it runs so that undo takes back exactly that: the
 * notes, cards, review rows, decks, presets, Anki note types and media files it added go, and the
 * notes and cards it updated get their earlier content and scheduling back.
 */
final class ImportChanges {
    private final Instant importedAt;
    private final List<NoteId> addedNotes = new ArrayList<>();
    /** Every card the import made, in added notes or in notes it updated. */
    private final List<CardId> addedCards = new ArrayList<>();
    /** The cards made in notes that were already there (those of added notes go with their note). */
    private final List<CardId> addedToKnownNotes = new ArrayList<>();
    private final List<Long> addedRows = new ArrayList<>();
    /** Review rows the import wrote dated at or after the import: not answers given since. */
    private final Set<String> writtenLate = new HashSet<>();
    private final Map<NoteId, Note> notesBefore = new LinkedHashMap<>();
    private final Map<CardId, Card> cardsBefore = new LinkedHashMap<>();
    private final Map<Long, Optional<String>> noteTypesBefore = new LinkedHashMap<>();
    private final List<Path> media = new ArrayList<>();
    private Set<DeckId> decksBefore = Set.of();
    private Set<PresetId> presetsBefore = Set.of();
    private final List<DeckId> addedDecks = new ArrayList<>();
    private final List<PresetId> addedPresets = new ArrayList<>();

    ImportChanges(Instant importedAt) {
        this.importedAt = importedAt;
    }

    void decksAndPresetsBefore(List<Deck> decks, List<DeckPreset> presets) {
        decksBefore = ids(decks.stream().map(Deck::id).toList());
        presetsBefore = ids(presets.stream().map(DeckPreset::id).toList());
    }

    void decksAndPresetsAfter(List<Deck> decks, List<DeckPreset> presets) {
        // children after their parents, so undo deletes children first by walking this backwards
        decks.stream().filter(d -> !decksBefore.contains(d.id()))
                .sorted(Comparator.comparing(d -> d.name().value())).forEach(d -> addedDecks.add(d.id()));
        presets.stream().map(DeckPreset::id).filter(p -> !presetsBefore.contains(p)).forEach(addedPresets::add);
    }

    private static <T> Set<T> ids(List<T> list) {
        return new HashSet<>(list);
    }

    void addedNote(NoteId note) {
        addedNotes.add(note);
    }

    void addedCard(CardId card, boolean toKnownNote) {
        addedCards.add(card);
        if (toKnownNote) addedToKnownNotes.add(card);
    }

    /** A review row written to a card that was already there (rows of new cards go with their card). */
    void addedRow(long rowId) {
        addedRows.add(rowId);
    }

    void wroteRow(ReviewLogEntry e) {
        if (!e.reviewedAt().isBefore(importedAt)) writtenLate.add(rowKey(e));
    }

    void updatingNote(Note before) {
        notesBefore.putIfAbsent(before.id(), before);
    }

    void updatingCard(Card before) {
        cardsBefore.putIfAbsent(before.id(), before);
    }

    /** Before an Anki note type is kept: what was stored under its id (empty: nothing). */
    void keepingNoteType(long id, Optional<String> before) {
        noteTypesBefore.putIfAbsent(id, before);
    }

    void copiedMedia(Path file) {
        media.add(file);
    }

    boolean isEmpty() {
        return addedNotes.isEmpty() && addedCards.isEmpty() && addedRows.isEmpty() && notesBefore.isEmpty()
                && cardsBefore.isEmpty() && addedDecks.isEmpty() && addedPresets.isEmpty() && media.isEmpty()
                && noteTypesBefore.isEmpty();
    }

    private static String rowKey(ReviewLogEntry e) {
        return e.cardId().value() + "@" + e.reviewedAt().toEpochMilli() + "/" + e.rating();
    }

    /** Takes the import back; runs inside the undo's transaction. */
    void undo(ExchangeRepositories repos) throws DeckhandException {
        Set<CardId> touched = new HashSet<>(addedCards);
        touched.addAll(cardsBefore.keySet());
        long studied = repos.log().since(importedAt).stream()
                .filter(e -> touched.contains(e.cardId()) && !writtenLate.contains(rowKey(e)))
                .map(ReviewLogEntry::cardId).distinct().count();
        if (studied > 0) {
            throw new InvalidInputException("The import cannot be undone: " + studied
                    + (studied == 1 ? " of its cards was" : " of its cards were")
                    + " studied since. Undo those answers first, or change the cards in Browse.");
        }
        for (NoteId n : addedNotes) repos.notes().delete(n); // its cards, their review rows and Anki origin go with it
        for (CardId c : addedToKnownNotes) repos.cards().delete(c);
        for (long row : addedRows) repos.log().delete(row);
        for (Card before : cardsBefore.values()) {
            repos.cards().updateContent(before);
            repos.cards().updateScheduling(before.id(), before.scheduling());
        }
        for (Note before : notesBefore.values()) repos.notes().update(before);
        for (Map.Entry<Long, Optional<String>> t : noteTypesBefore.entrySet()) {
            if (t.getValue().isPresent()) repos.anki().keepNoteType(t.getKey(), t.getValue().get());
            else repos.anki().forgetNoteType(t.getKey());
        }
        for (int i = addedDecks.size() - 1; i >= 0; i--) {
            DeckId d = addedDecks.get(i);
            // a deck that holds cards or sub-decks made since stays: deleting it would take those too
            boolean hasChildren = repos.decks().find(d).map(deck -> hasChildren(repos, deck)).orElse(true);
            if (!hasChildren && repos.cards().byDecks(List.of(d)).isEmpty()) repos.decks().delete(d);
        }
        Set<PresetId> used = new HashSet<>();
        for (Deck d : repos.decks().all()) used.add(d.presetId());
        for (PresetId p : addedPresets) if (!used.contains(p)) repos.presets().delete(p);
        // last, so a failure above rolls back with every file still in place
        for (Path f : media) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                // a media file left behind is harmless: no card refers to it any more
            }
        }
    }

    private static boolean hasChildren(ExchangeRepositories repos, Deck deck) {
        try {
            String prefix = deck.name().value() + "::";
            return repos.decks().all().stream().anyMatch(o -> o.name().value().startsWith(prefix));
        } catch (DeckhandException e) {
            return true;
        }
    }
}
