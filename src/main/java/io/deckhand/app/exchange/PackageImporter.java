package io.deckhand.app.exchange;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.library.Guids;
import io.deckhand.app.library.LibraryService;
import io.deckhand.app.port.AnkiOrigins;
import io.deckhand.app.port.CardRepository;
import io.deckhand.exchange.DeckhandCarry;
import io.deckhand.exchange.NoteType;
import io.deckhand.exchange.NoteTypeJson;
import io.deckhand.exchange.StockNoteTypes;
import io.deckhand.app.port.NoteRepository;
import io.deckhand.app.port.PresetRepository;
import io.deckhand.app.port.ReviewLogRepository;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.PackageReview;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link DeckPackage} into the collection; the caller runs it inside one transaction.
 * Notes are matched by GUID: a known note is updated in place (its cards keep their scheduling
 * and history), an unknown one is added with its cards, scheduling and review log.
 */
final class PackageImporter {
    private final NoteRepository notes;
    private final CardRepository cards;
    private final ReviewLogRepository log;
    private final PresetRepository presets;
    private final LibraryService library;
    private final AnkiOrigins anki;

    PackageImporter(NoteRepository notes, CardRepository cards, ReviewLogRepository log, PresetRepository presets,
                    AnkiOrigins anki, LibraryService library) {
        this.anki = anki;
        this.notes = notes;
        this.cards = cards;
        this.log = log;
        this.presets = presets;
        this.library = library;
    }

    /** {@code changes} is told everything the import adds or updates, for its undo. */
    ImportReport run(DeckPackage pkg, ImportOptions options, Instant now, ProgressListener progress,
                     ImportChanges changes) throws DeckhandException {
        Map<Long, List<PackageCard>> cardsByNote = new HashMap<>();
        for (PackageCard c : pkg.cards()) cardsByNote.computeIfAbsent(c.noteId(), k -> new ArrayList<>()).add(c);
        cardsByNote.values().forEach(l -> l.sort(Comparator.comparingInt(PackageCard::ordinal)));
        Map<Long, List<PackageReview>> reviewsByCard = new HashMap<>();
        for (PackageReview r : pkg.reviews()) reviewsByCard.computeIfAbsent(r.cardId(), k -> new ArrayList<>()).add(r);
        reviewsByCard.values().forEach(l -> l.sort(Comparator.comparing(PackageReview::reviewedAt)));
        // Anki's own note types (not Deckhand's, which its notes carry back themselves) are kept
        Map<Long, NoteType> ankiTypes = new HashMap<>();
        java.util.Set<Long> deckhandTypes = new java.util.HashSet<>();
        for (NoteType t : StockNoteTypes.all()) {
            deckhandTypes.add(t.id());
            deckhandTypes.add(DeckhandCarry.noteTypeId(t.id()));
        }
        for (NoteType t : pkg.noteTypes()) if (!deckhandTypes.contains(t.id())) ankiTypes.put(t.id(), t);
        java.util.Set<Long> keptTypes = new java.util.HashSet<>();
        Map<Long, PackageDeck> packageDecks = new HashMap<>();
        pkg.decks().forEach(d -> packageDecks.put(d.id(), d));

        Map<Long, Deck> decks = new HashMap<>();
        Map<Long, ReviewReplay> replays = new HashMap<>();
        List<ImportReport.Issue> issues = new ArrayList<>();
        pkg.warnings().forEach(w -> issues.add(new ImportReport.Issue("package", w)));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int noCards = 0;
        int cardCount = 0;
        int reviewCount = 0;
        // The answers are written together at the end: one batch instead of a statement per answer.
        List<ReviewLogEntry> answers = new ArrayList<>();
        List<ReviewLogRepository.AnkiRow> ankiRows = new ArrayList<>(); // Anki's own numbers, one per answer
        // One read finds the notes already in the collection, where a query per note took one each; a
        // guid the package repeats is looked up again, as the import may have just written it.
        Map<String, Note> known = new HashMap<>();
        for (Note n : notes.findByGuids(pkg.notes().stream().map(PackageNote::guid).toList())) known.putIfAbsent(n.guid(), n);
        java.util.Set<String> seenGuids = new java.util.HashSet<>();
        Batch batch = new Batch(options, now, changes, ankiTypes, keptTypes, replays, reviewsByCard, answers, ankiRows);
        int done = 0;
        for (PackageNote note : pkg.notes()) {
            if (++done % 256 == 0) {
                progress.checkCancelled();
                progress.report(new Progress("Importing notes", done, pkg.notes().size(), "notes"));
            }
            List<PackageCard> noteCards = cardsByNote.getOrDefault(note.id(), List.of());
            if (noteCards.isEmpty()) {
                noCards++;
                continue;
            }
            List<Deck> targets = new ArrayList<>();
            for (PackageCard c : noteCards) targets.add(deck(c.deckId(), packageDecks, decks));
            Optional<Note> existing = seenGuids.add(note.guid())
                    ? Optional.ofNullable(known.get(note.guid())) : notes.findByGuid(note.guid());
            if (existing.isPresent()) {
                if (update(existing.get(), note, noteCards, targets, changes)) updated++;
                else unchanged++;
                continue;
            }
            reviewCount += add(note, noteCards, targets, batch);
            cardCount += noteCards.size();
            added++;
        }
        long[] rows = log.appendAll(answers);
        log.keepAnkiRows(rows, ankiRows);
        if (unchanged > 0) {
            issues.add(new ImportReport.Issue("notes", unchanged + " notes were skipped: already in the collection and unchanged."));
        }
        if (noCards > 0) issues.add(new ImportReport.Issue("notes", noCards + " notes were skipped: they have no cards."));
        return new ImportReport(added, updated, unchanged + noCards, cardCount, reviewCount, 0, issues);
    }

    /**
     * What {@link #run} shares with {@link #add} and {@link #addCard}. Each note and each card is one
     * call: a loop's own body is compiled only after tens of thousands of turns (on-stack replacement),
     * so the 10,000 notes of one import ran their loop's body in the interpreter; a method called per
     * note is compiled after a few hundred calls.
     */
    private record Batch(ImportOptions options, Instant now, ImportChanges changes, Map<Long, NoteType> ankiTypes,
                         java.util.Set<Long> keptTypes, Map<Long, ReviewReplay> replays,
                         Map<Long, List<PackageReview>> reviewsByCard, List<ReviewLogEntry> answers,
                         List<ReviewLogRepository.AnkiRow> ankiRows) {
    }

    /** Adds a new note with its cards; returns how many answers it brought. */
    private int add(PackageNote note, List<PackageCard> noteCards, List<Deck> targets, Batch batch)
            throws DeckhandException {
        // a note Deckhand exported comes back with its source and hash, so re-sync still knows it
        Note saved = notes.insert(note.guid(), noteCards.get(0).kind().code(), note.fields(), note.source(),
                note.contentHash().isEmpty() ? Guids.of(note.fields().toArray(String[]::new)) : note.contentHash());
        batch.changes().addedNote(saved.id());
        NoteType ankiType = batch.ankiTypes().get(note.noteTypeId());
        if (ankiType != null && note.id() > 0) {
            if (batch.keptTypes().add(ankiType.id())) {
                batch.changes().keepingNoteType(ankiType.id(),
                        Optional.ofNullable(anki.noteTypes(List.of(ankiType.id())).get(ankiType.id())));
                anki.keepNoteType(ankiType.id(), NoteTypeJson.write(ankiType));
            }
            anki.keepNote(saved.id(), new AnkiOrigins.Origin(note.id(), ankiType.id(),
                    noteCards.stream().map(PackageCard::ordinal).toList()));
        }
        int answers = 0;
        for (int i = 0; i < noteCards.size(); i++) answers += addCard(note, saved, noteCards.get(i), targets.get(i), batch);
        return answers;
    }

    /** Adds one card of a new note with its scheduling and answers; returns how many answers. */
    private int addCard(PackageNote note, Note saved, PackageCard pc, Deck deck, Batch batch) throws DeckhandException {
        ImportOptions options = batch.options();
        List<PackageReview> history = options.withScheduling()
                ? batch.reviewsByCard().getOrDefault(pc.id(), List.of()) : List.of();
        ReviewReplay replay = batch.replays().computeIfAbsent(deck.presetId().value(),
                k -> new ReviewReplay(presetOf(deck)));
        ReviewReplay.Result replayed = replay.replay(new CardId(Long.MAX_VALUE), note.modified(), history);
        SchedulingState state = options.withScheduling() ? scheduling(pc, replayed) : SchedulingState.newCard(batch.now());
        Card card = cards.insert(saved.id(), deck.id(), pc.kind(), pc.front(), pc.back(), pc.tagsOr(note.tags()), state);
        batch.changes().addedCard(card.id(), false);
        if (pc.suspended()) cards.updateContent(suspended(card));
        List<ReviewLogEntry> asWritten = ReviewReplay.asWritten(replayed.entries(), history);
        for (int r = 0; r < asWritten.size(); r++) {
            ReviewLogEntry e = asWritten.get(r);
            ReviewLogEntry row = new ReviewLogEntry(card.id(), e.reviewedAt(), e.rating(), e.before(), e.after(),
                    e.elapsedDays(), e.answerTime());
            batch.answers().add(row);
            batch.changes().wroteRow(row);
            PackageReview source = history.get(r);
            batch.ankiRows().add(new ReviewLogRepository.AnkiRow(source.intervalDays(), source.lastIntervalDays(),
                    source.easeFactor(), source.kind().code()));
        }
        return asWritten.size();
    }

    private io.deckhand.domain.deck.DeckPreset presetOf(Deck deck) {
        try {
            return presets.get(deck.presetId());
        } catch (DeckhandException e) {
            throw new IllegalStateException(e); // unreachable in practice: get falls back to the default preset
        }
    }

    private Deck deck(long packageDeckId, Map<Long, PackageDeck> packageDecks, Map<Long, Deck> cache)
            throws DeckhandException {
        Deck known = cache.get(packageDeckId);
        if (known != null) return known;
        PackageDeck pd = packageDecks.get(packageDeckId);
        Deck deck = library.ensureDeck(pd != null ? pd.name() : new io.deckhand.domain.deck.DeckName("Imported"));
        cache.put(packageDeckId, deck);
        return deck;
    }

    /** Anki's own FSRS memory when it has one, else the memory the replayed review log implies. */
    private static SchedulingState scheduling(PackageCard pc, ReviewReplay.Result replayed) {
        SchedulingState s = pc.scheduling();
        if (s.state() == CardState.NEW || pc.hasMemoryState() || replayed.last() == null) return s;
        SchedulingState r = replayed.last();
        Instant last = s.lastReview() != null ? s.lastReview() : r.lastReview();
        return new SchedulingState(s.state(), s.due(), r.stability(), r.difficulty(), s.scheduledDays(), s.reps(),
                s.lapses(), s.step(), last, s.ease());
    }

    private static Card suspended(Card c) {
        return new Card(c.id(), c.noteId(), c.deckId(), c.kind(), c.front(), c.back(), c.tags(), c.scheduling(), true);
    }

    /** Brings a known note's fields and cards up to date; true if anything changed. */
    private boolean update(Note existing, PackageNote note, List<PackageCard> noteCards, List<Deck> targets,
                           ImportChanges changes) throws DeckhandException {
        boolean changed = false;
        if (!existing.fields().equals(note.fields())) {
            changes.updatingNote(existing);
            notes.update(new Note(existing.id(), existing.guid(), existing.noteType(), note.fields(), existing.source(),
                    Guids.of(note.fields().toArray(String[]::new))));
            changed = true;
        }
        List<Card> current = new ArrayList<>(cards.byNote(existing.id()));
        current.sort(Comparator.comparingLong(c -> c.id().value()));
        for (int i = 0; i < noteCards.size(); i++) {
            PackageCard pc = noteCards.get(i);
            Deck deck = targets.get(i);
            if (i < current.size()) {
                Card c = current.get(i);
                Card next = c.withContent(pc.front(), pc.back(), pc.tagsOr(note.tags()), deck.id());
                if (!next.equals(c)) {
                    changes.updatingCard(c);
                    cards.updateContent(next);
                    changed = true;
                }
            } else {
                Card card = cards.insert(existing.id(), deck.id(), pc.kind(), pc.front(), pc.back(), pc.tagsOr(note.tags()),
                        SchedulingState.newCard(note.modified()));
                changes.addedCard(card.id(), true);
                if (pc.suspended()) cards.updateContent(suspended(card));
                changed = true;
            }
        }
        return changed;
    }
}
