package io.deckhand.app.exchange;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.library.Guids;
import io.deckhand.app.library.LibraryService;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.json.DeckFile;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a Deckhand deck file into the collection exactly as it was exported; the caller runs it
 * inside one transaction. Entries sharing a guid are one note. A note already in the collection is
 * updated in place: content, and (when scheduling is kept) scheduling, suspension and the review rows
 * it lacks, so importing the same file twice changes nothing the second time.
 */
final class DeckFileImporter {
    private final ExchangeRepositories repos;
    private final LibraryService library;

    DeckFileImporter(ExchangeRepositories repos, LibraryService library) {
        this.repos = repos;
        this.library = library;
    }

    /** {@code changes} is told everything the import adds or updates, for its undo. */
    ImportReport run(DeckFile file, ImportOptions options, Instant now, ProgressListener progress,
                     ImportChanges changes) throws DeckhandException {
        List<ImportReport.Issue> issues = new ArrayList<>();
        Map<String, Deck> decks = new HashMap<>();
        placeDecks(file, decks, issues);
        Map<String, List<DeckFile.Entry>> byGuid = new LinkedHashMap<>();
        for (DeckFile.Entry e : file.cards()) byGuid.computeIfAbsent(e.guid(), k -> new ArrayList<>()).add(e);
        boolean keep = options.withScheduling();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int cardCount = 0;
        int reviewCount = 0;
        int done = 0;
        for (Map.Entry<String, List<DeckFile.Entry>> note : byGuid.entrySet()) {
            if (++done % 256 == 0) {
                progress.checkCancelled();
                progress.report(new Progress("Importing notes", done, byGuid.size(), "notes"));
            }
            List<DeckFile.Entry> group = note.getValue();
            List<String> fields = fields(group.get(0));
            var existing = repos.notes().findByGuid(note.getKey());
            if (existing.isPresent()) {
                Counts c = update(existing.get(), fields, group, file, decks, keep, now, changes);
                if (c.changed) updated++;
                else unchanged++;
                reviewCount += c.reviews;
                continue;
            }
            CardDraft first = group.get(0).card();
            Note saved = repos.notes().insert(note.getKey(), first.kind().code(), fields, first.source(),
                    Guids.content(fields));
            changes.addedNote(saved.id());
            for (DeckFile.Entry e : group) {
                CardDraft d = e.card();
                SchedulingState state = keep && e.scheduling() != null ? e.scheduling() : SchedulingState.newCard(now);
                Card card = repos.cards().insert(saved.id(), deck(d, file, decks).id(), d.kind(), d.front(), d.back(),
                        d.tags(), state);
                changes.addedCard(card.id(), false);
                if (e.suspended()) repos.cards().updateContent(withSuspended(card, true));
                if (keep) reviewCount += appendMissing(card, e.reviews(), true, changes);
                cardCount++;
            }
            added++;
        }
        if (unchanged > 0) {
            issues.add(new ImportReport.Issue("notes", unchanged + " notes were skipped: already in the collection and unchanged."));
        }
        return new ImportReport(added, updated, unchanged, cardCount, reviewCount, 0, issues);
    }

    private record Counts(boolean changed, int reviews) {
    }

    private static List<String> fields(DeckFile.Entry e) {
        return e.fields().isEmpty() ? List.of(e.card().front(), e.card().back()) : e.fields();
    }

    /** Creates the file's presets the collection lacks and the decks it names, each new deck with its preset. */
    private void placeDecks(DeckFile file, Map<String, Deck> decks, List<ImportReport.Issue> issues) throws DeckhandException {
        Map<String, PresetId> presetIds = new HashMap<>();
        Map<String, DeckPreset> known = new HashMap<>();
        for (DeckPreset p : repos.presets().all()) known.putIfAbsent(p.name(), p);
        for (DeckPreset p : file.presets()) {
            if (!file.deckPresets().containsValue(p.name())) continue;
            DeckPreset mine = known.get(p.name());
            if (mine == null) {
                mine = p.copyAs(repos.presets().create(p.name()).id(), p.name());
                repos.presets().update(mine);
            } else if (!p.copyAs(mine.id(), mine.name()).equals(mine)) {
                issues.add(new ImportReport.Issue("preset " + p.name(),
                        "a preset with this name already exists with other options; kept yours."));
            }
            presetIds.put(p.name(), mine.id());
        }
        List<String> names = new ArrayList<>(file.deckPresets().keySet());
        names.sort(Comparator.naturalOrder()); // parents before their children
        for (String name : names) {
            DeckName deckName = new DeckName(name);
            boolean isNew = repos.decks().findByName(deckName).isEmpty();
            Deck deck = library.ensureDeck(deckName);
            PresetId preset = presetIds.get(file.deckPresets().get(name));
            if (isNew && preset != null && !preset.equals(deck.presetId())) {
                deck = new Deck(deck.id(), deck.name(), preset);
                repos.decks().update(deck);
            }
            decks.put(name, deck);
        }
    }

    private Deck deck(CardDraft d, DeckFile file, Map<String, Deck> decks) throws DeckhandException {
        String name = new DeckName(d.deck().isBlank() ? file.name() : d.deck()).value();
        Deck known = decks.get(name);
        if (known != null) return known;
        Deck deck = library.ensureDeck(new DeckName(name));
        decks.put(name, deck);
        return deck;
    }

    private Counts update(Note existing, List<String> fields, List<DeckFile.Entry> group, DeckFile file,
                          Map<String, Deck> decks, boolean keep, Instant now, ImportChanges changes) throws DeckhandException {
        boolean changed = false;
        int reviews = 0;
        if (!existing.fields().equals(fields)) {
            changes.updatingNote(existing);
            repos.notes().update(new Note(existing.id(), existing.guid(), existing.noteType(), fields, existing.source(),
                    Guids.content(fields)));
            changed = true;
        }
        List<Card> current = new ArrayList<>(repos.cards().byNote(existing.id()));
        current.sort(Comparator.comparingLong(c -> c.id().value()));
        for (int i = 0; i < group.size(); i++) {
            DeckFile.Entry e = group.get(i);
            CardDraft d = e.card();
            Deck deck = deck(d, file, decks);
            if (i >= current.size()) {
                SchedulingState state = keep && e.scheduling() != null ? e.scheduling() : SchedulingState.newCard(now);
                Card card = repos.cards().insert(existing.id(), deck.id(), d.kind(), d.front(), d.back(), d.tags(), state);
                changes.addedCard(card.id(), true);
                if (e.suspended()) repos.cards().updateContent(withSuspended(card, true));
                if (keep) reviews += appendMissing(card, e.reviews(), true, changes);
                changed = true;
                continue;
            }
            Card c = current.get(i);
            Card next = c.withContent(d.front(), d.back(), d.tags(), deck.id());
            if (keep && e.scheduling() != null) next = withSuspended(next, e.suspended());
            if (!next.equals(c)) {
                changes.updatingCard(c);
                repos.cards().updateContent(next);
                changed = true;
            }
            if (keep && e.scheduling() != null && !e.scheduling().equals(c.scheduling())) {
                changes.updatingCard(c);
                repos.cards().updateScheduling(c.id(), e.scheduling());
                changed = true;
            }
            if (keep) {
                int appended = appendMissing(c, e.reviews(), false, changes);
                reviews += appended;
                changed |= appended > 0;
            }
        }
        return new Counts(changed, reviews);
    }

    /** Adds the rows this card's log lacks (same time and answer), so a re-import does not double them. */
    private int appendMissing(Card card, List<DeckFile.Review> rows, boolean newCard, ImportChanges changes)
            throws DeckhandException {
        if (rows.isEmpty()) return 0;
        Set<String> have = new HashSet<>();
        if (!newCard) for (ReviewLogEntry r : repos.log().forCard(card.id())) have.add(r.reviewedAt().toEpochMilli() + "/" + r.rating());
        int n = 0;
        for (DeckFile.Review r : rows) {
            if (!have.add(r.reviewedAt().toEpochMilli() + "/" + r.rating())) continue;
            ReviewLogEntry row = new ReviewLogEntry(card.id(), r.reviewedAt(), r.rating(), r.before(), r.after(),
                    r.elapsedDays(), r.answerTime());
            long id = repos.log().append(row);
            changes.wroteRow(row);
            if (!newCard) changes.addedRow(id); // a new card's rows go with the card
            n++;
        }
        return n;
    }

    private static Card withSuspended(Card c, boolean suspended) {
        return new Card(c.id(), c.noteId(), c.deckId(), c.kind(), c.front(), c.back(), c.tags(), c.scheduling(), suspended);
    }
}
