package io.deckhand.app.notes;

import io.deckhand.app.error.CancelledException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.library.Guids;
import io.deckhand.app.library.LibraryService;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.NoteRepository;
import io.deckhand.app.port.SettingsRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.study.StudyDay;
import io.deckhand.domain.note.ObsidianSrSettings;
import io.deckhand.notes.ObsidianSrSettingsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Imports cards from notes with re-sync: {@link #plan} works out what would change without touching
 * the collection; {@link #apply} carries out the user's choices in one transaction. A saved card
 * keeps its scheduling and review log when its text changes in the notes. Notes on disk are only read.
 */
public final class NotesImportService {
    private final Transactions tx;
    private final NoteRepository notes;
    private final CardRepository cards;
    private final LibraryService library;
    private final NotesExtractService extractor;
    private final Clock clock;
    private final Supplier<StudyDay> studyDay;
    private final SettingsRepository settings;

    /** Without a settings store: how notes were read is not remembered between imports. */
    public NotesImportService(Transactions tx, NoteRepository notes, CardRepository cards, LibraryService library,
                              NotesExtractService extractor, Clock clock) {
        this(tx, notes, cards, library, extractor, clock,
                () -> new StudyDay(clock.getZone(), StudyDay.DEFAULT_ROLLOVER), null);
    }

    /**
     * {@code studyDay}: when a day starts, for the due days of schedules carried in the notes;
     * {@code settings}: where the way each folder was read is remembered for its re-sync (null: nowhere).
     */
    public NotesImportService(Transactions tx, NoteRepository notes, CardRepository cards, LibraryService library,
                              NotesExtractService extractor, Clock clock, Supplier<StudyDay> studyDay,
                              SettingsRepository settings) {
        this.studyDay = studyDay;
        this.settings = settings;
        this.tx = tx;
        this.notes = notes;
        this.cards = cards;
        this.library = library;
        this.extractor = extractor;
        this.clock = clock;
    }

    /** Extracts the notes under {@code paths} and compares them with what earlier imports saved. */
    public ImportPlan plan(List<Path> paths, ProgressListener progress) throws DeckhandException {
        return plan(paths, NotesReading.asBefore(), progress);
    }

    /** Key of the remembered reading of an imported folder or file. */
    static final String READING_KEY = "notes-reading:";

    /**
     * How the notes at {@code root} will be read when the user asks for nothing else: as the last import
     * of them (remembered), else with the vault's Obsidian SR settings file, else Deckhand's own way.
     */
    public NotesReading readingFor(Path root) throws DeckhandException {
        Path r = root.toAbsolutePath().normalize();
        if (settings != null) {
            Optional<String> saved = tx.read(() -> settings.get(READING_KEY + r.toString().replace('\\', '/')));
            if (saved.isPresent()) {
                if (saved.get().equals("deckhand")) return NotesReading.deckhand();
                try {
                    return NotesReading.obsidianSr(ObsidianSrSettingsFile.fromJson(saved.get()));
                } catch (IllegalArgumentException e) {
                    // written by this class, so only a hand-edited collection gets here: fall through to the vault's file
                }
            }
        }
        Optional<Path> vault = ObsidianSrSettingsFile.vaultSettingsFile(r);
        if (vault.isPresent()) {
            try {
                return NotesReading.obsidianSr(ObsidianSrSettingsFile.read(vault.get()));
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException("The Obsidian Spaced Repetition settings of this vault ("
                        + vault.get() + ") cannot be used: " + e.getMessage()
                        + " Choose the settings by hand in the import.", e);
            }
        }
        return NotesReading.deckhand();
    }

    private static io.deckhand.notes.ExplicitSyntax syntaxOf(NotesReading reading) throws InvalidInputException {
        if (reading.mode() != NotesReading.Mode.OBSIDIAN_SR) return null;
        try {
            return ObsidianSrSettingsFile.toSyntax(reading.settings());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage() + " Nothing was imported.", e);
        }
    }

    /** As {@link #plan(List, ProgressListener)}, reading explicit card markup as {@code reading} says. */
    public ImportPlan plan(List<Path> paths, NotesReading reading, ProgressListener progress)
            throws DeckhandException {
        Map<String, NotesReading> readings = new LinkedHashMap<>();
        List<ImportPlan.PlannedCard> planned = new ArrayList<>();
        List<ImportPlan.Orphan> orphans = new ArrayList<>();
        List<SkippedNote> skipped = new ArrayList<>();
        int read = 0;
        Set<String> seenRoots = new HashSet<>();
        for (Path p : paths) {
            Path root = p.toAbsolutePath().normalize();
            if (!seenRoots.add(root.toString())) continue;
            boolean folder = Files.isDirectory(root);
            NotesReading used = reading.mode() == NotesReading.Mode.AS_BEFORE ? readingFor(root) : reading;
            readings.put(root.toString().replace('\\', '/'), used);
            Extraction ex = extractor.extract(List.of(root), syntaxOf(used), progress);
            read += ex.notesRead();
            skipped.addAll(ex.skipped());
            // Files that could not be read this time keep their cards: they are neither orphaned nor re-planned.
            Set<String> unreadable = new HashSet<>();
            for (SkippedNote s : ex.skipped()) {
                if (!s.partlyRead()) unreadable.add(absolute(root, folder, s.path()));
            }
            Map<String, List<CardDraft>> byFile = new LinkedHashMap<>();
            for (CardDraft d : ex.drafts()) {
                byFile.computeIfAbsent(absolute(root, folder, d.source().path()), k -> new ArrayList<>()).add(d);
            }
            progress.checkCancelled();
            tx.read(() -> compare(root, folder, byFile, unreadable, planned, orphans));
        }
        return new ImportPlan(planned, orphans, skipped, read, readings);
    }

    private Void compare(Path root, boolean folder, Map<String, List<CardDraft>> byFile, Set<String> unreadable,
                         List<ImportPlan.PlannedCard> planned, List<ImportPlan.Orphan> orphans)
            throws DeckhandException {
        List<Note> saved = savedUnder(root, folder);
        Map<String, List<Note>> savedByFile = new LinkedHashMap<>();
        for (Note n : saved) savedByFile.computeIfAbsent(n.source().path(), k -> new ArrayList<>()).add(n);
        Set<NoteId> taken = new HashSet<>();
        Map<String, List<CardMatcher.Match>> matchesByFile = new LinkedHashMap<>();
        for (Map.Entry<String, List<CardDraft>> e : byFile.entrySet()) {
            List<CardDraft> drafts = e.getValue();
            List<String> keys = NoteIdentity.keys(drafts.get(0).source().path(), drafts);
            List<CardMatcher.Match> matches = CardMatcher.match(drafts, keys,
                    savedByFile.getOrDefault(e.getKey(), List.of()), false);
            for (CardMatcher.Match m : matches) if (m.note() != null) taken.add(m.note().id());
            matchesByFile.put(e.getKey(), matches);
        }
        adoptFromElsewhere(saved, matchesByFile, taken);
        for (Map.Entry<String, List<CardMatcher.Match>> e : matchesByFile.entrySet()) {
            for (CardMatcher.Match m : e.getValue()) planned.add(plannedCard(e.getKey(), m));
        }
        for (Note n : saved) {
            if (taken.contains(n.id()) || unreadable.contains(n.source().path())) continue;
            Optional<Card> card = cards.byNote(n.id()).stream().findFirst();
            String reason = Files.exists(Path.of(n.source().path()))
                    ? "no longer in " + Path.of(n.source().path()).getFileName()
                    : Path.of(n.source().path()).getFileName() + " is gone";
            orphans.add(new ImportPlan.Orphan(n.id(), card.map(Card::id).orElse(null), n.source().path(),
                    n.source().heading(), card.map(Card::front).orElse(field(n, 0)),
                    card.map(Card::back).orElse(field(n, 1)), reason));
        }
        return null;
    }

    /**
     * Cards still new after matching within their own file may continue a saved card from elsewhere:
     * the vault was moved (same key, old file gone), a note was renamed or moved inside the vault
     * (old file gone, nearly the same words), or a bundled deck was made from these notes (same key,
     * no file on disk). A card whose key belongs to a note in another file that still exists (a second
     * copy of the vault) is kept apart with a key of its own.
     */
    private void adoptFromElsewhere(List<Note> saved, Map<String, List<CardMatcher.Match>> matchesByFile,
                                    Set<NoteId> taken) throws DeckhandException {
        List<Note> vanished = new ArrayList<>();
        for (Note n : saved) if (!taken.contains(n.id()) && !onDisk(n)) vanished.add(n);
        List<String> newKeys = new ArrayList<>();
        for (List<CardMatcher.Match> matches : matchesByFile.values()) {
            for (CardMatcher.Match m : matches) if (m.note() == null) newKeys.add(m.key());
        }
        Map<String, Note> byGuid = new HashMap<>();
        for (Note n : notes.findByGuids(newKeys)) byGuid.put(n.guid(), n);
        for (Map.Entry<String, List<CardMatcher.Match>> e : matchesByFile.entrySet()) {
            List<CardMatcher.Match> matches = e.getValue();
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < matches.size(); i++) {
                CardMatcher.Match m = matches.get(i);
                if (m.note() != null) continue;
                Note owner = byGuid.get(m.key());
                if (owner == null) {
                    open.add(i);
                } else if (!taken.contains(owner.id()) && !onDisk(owner)
                        && owner.noteType().equals(m.draft().kind().code())) {
                    taken.add(owner.id());
                    matches.set(i, new CardMatcher.Match(m.draft(), m.key(), owner, 1.0));
                } else {
                    matches.set(i, new CardMatcher.Match(m.draft(), Guids.of(m.key(), e.getKey()), null, 0));
                    open.add(i);
                }
            }
            if (open.isEmpty() || vanished.isEmpty()) continue;
            List<CardDraft> drafts = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (int i : open) {
                drafts.add(matches.get(i).draft());
                keys.add(matches.get(i).key());
            }
            List<Note> free = vanished.stream().filter(n -> !taken.contains(n.id())).toList();
            List<CardMatcher.Match> moved = CardMatcher.match(drafts, keys, free, true);
            for (int j = 0; j < open.size(); j++) {
                if (moved.get(j).note() == null) continue;
                taken.add(moved.get(j).note().id());
                matches.set(open.get(j), moved.get(j));
            }
        }
    }

    /** A note whose source is a file that exists; bundled and deck-file notes have no file. */
    private static boolean onDisk(Note n) {
        if (n.source() == null || n.source().path() == null) return false;
        try {
            Path p = Path.of(n.source().path());
            return p.isAbsolute() && Files.exists(p);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Applies the plan as the user chose, all or nothing. Cancelling (through {@code progress}) or
     * any failure rolls everything back.
     */
    public NotesImportResult apply(ImportPlan plan, ImportChoices choices, ProgressListener progress)
            throws DeckhandException {
        return tx.inTransaction(() -> {
            int added = 0, updated = 0, unchanged = 0, leftOut = 0, deleted = 0;
            int total = plan.cards().size() + choices.deleteOrphans().size();
            int done = 0;
            for (ImportPlan.PlannedCard c : plan.cards()) {
                if (progress.isCancelled()) throw new CancelledException();
                progress.report(new Progress("Saving cards", done++, total, "cards"));
                boolean selected = choices.selected().contains(c.key());
                CardDraft card = choices.edits().getOrDefault(c.key(), c.draft());
                switch (c.action()) {
                    case ADD -> {
                        if (!selected) {
                            leftOut++;
                            continue;
                        }
                        add(c, card, choices.targetDeck());
                        added++;
                    }
                    case UPDATE -> {
                        if (!selected) {
                            leftOut++;
                            continue;
                        }
                        update(c, card, choices.targetDeck());
                        updated++;
                    }
                    case UNCHANGED -> {
                        refreshSource(c);
                        unchanged++;
                    }
                }
            }
            for (ImportPlan.Orphan o : plan.orphans()) {
                if (!choices.deleteOrphans().contains(o.note())) continue;
                if (progress.isCancelled()) throw new CancelledException();
                progress.report(new Progress("Deleting cards", done++, total, "cards"));
                if (notes.find(o.note()).isPresent()) {
                    notes.delete(o.note());
                    deleted++;
                }
            }
            if (settings != null) {
                for (Map.Entry<String, NotesReading> r : plan.readings().entrySet()) {
                    NotesReading how = r.getValue();
                    settings.put(READING_KEY + r.getKey(),
                            how.mode() == NotesReading.Mode.OBSIDIAN_SR ? ObsidianSrSettingsFile.toJson(how.settings()) : "deckhand");
                }
            }
            progress.report(new Progress("Saved", total, total, "cards"));
            return new NotesImportResult(added, updated, unchanged, leftOut, deleted, plan.orphans().size() - deleted);
        });
    }

    private ImportPlan.PlannedCard plannedCard(String file, CardMatcher.Match m) throws DeckhandException {
        CardDraft d = m.draft();
        if (m.note() == null) {
            return new ImportPlan.PlannedCard(m.key(), ImportPlan.Action.ADD, d, file, null, null, null, null,
                    "new in the notes");
        }
        Note n = m.note();
        Optional<Card> saved = cards.byNote(n.id()).stream().findFirst();
        String savedFront = saved.map(Card::front).orElse(field(n, 0));
        String savedBack = saved.map(Card::back).orElse(field(n, 1));
        CardId cardId = saved.map(Card::id).orElse(null);
        // Compare with what was extracted last time, so an edit made in Deckhand is kept while the notes say the same.
        if (n.contentHash().equals(NoteIdentity.contentHash(d)) && saved.isPresent()) {
            return new ImportPlan.PlannedCard(m.key(), ImportPlan.Action.UNCHANGED, d, file, n.id(), cardId,
                    savedFront, savedBack, "same as in the notes");
        }
        String reason = m.similarity() >= 1.0 ? "changed in the notes" : String.format(
                "edited in the notes (%d%% of words kept)", Math.round(m.similarity() * 100));
        if (saved.isPresent() && !(savedFront.equals(field(n, 0)) && savedBack.equals(field(n, 1)))) {
            reason += "; replaces your edit in Deckhand";
        }
        return new ImportPlan.PlannedCard(m.key(), ImportPlan.Action.UPDATE, d, file, n.id(), cardId,
                savedFront, savedBack, reason);
    }

    private void add(ImportPlan.PlannedCard c, CardDraft card, DeckName target) throws DeckhandException {
        requireText(c, card);
        DeckId deck = library.ensureDeck(deckFor(card, target)).id();
        Note note = notes.insert(c.key(), c.draft().kind().code(), fields(c.draft()), source(c), NoteIdentity.contentHash(c.draft()));
        cards.insert(note.id(), deck, c.draft().kind(), card.front(), card.back(), card.tags(), firstState(c.draft()));
    }

    private void update(ImportPlan.PlannedCard c, CardDraft card, DeckName target) throws DeckhandException {
        requireText(c, card);
        Optional<Note> note = notes.find(c.note());
        if (note.isEmpty()) {
            add(c, card, target); // deleted since the preview: bring it back as new
            return;
        }
        Optional<Card> saved = cards.byNote(c.note()).stream().findFirst();
        if (saved.isPresent()) {
            Card s = saved.get();
            cards.updateContent(s.withContent(card.front(), card.back(), card.tags(), s.deckId()));
        } else {
            cards.insert(c.note(), library.ensureDeck(deckFor(card, target)).id(), c.draft().kind(), card.front(),
                    card.back(), card.tags(), SchedulingState.newCard(clock.instant()));
        }
        notes.update(new Note(c.note(), c.key(), c.draft().kind().code(), fields(c.draft()), source(c),
                NoteIdentity.contentHash(c.draft())));
    }

    /**
     * A new card starts with the review state its note carries (an Obsidian SR schedule comment), else
     * as a new card. Cards already saved keep their own state: Deckhand's reviews come after the note's.
     */
    private SchedulingState firstState(CardDraft draft) {
        if (draft.schedule() == null) return SchedulingState.newCard(clock.instant());
        return draft.schedule().toState(studyDay.get());
    }

    /** The text is the same, but lines may have moved or the heading been renamed: remember where it is now. */
    private void refreshSource(ImportPlan.PlannedCard c) throws DeckhandException {
        Optional<Note> note = notes.find(c.note());
        if (note.isEmpty()) return;
        Note n = note.get();
        SourceRef now = source(c);
        if (n.guid().equals(c.key()) && now.equals(n.source())) return;
        notes.update(new Note(n.id(), c.key(), n.noteType(), n.fields(), now, n.contentHash()));
    }

    private List<Note> savedUnder(Path root, boolean folder) throws DeckhandException {
        String prefix = root.toString().replace('\\', '/');
        if (folder) return notes.findBySourcePrefix(prefix.endsWith("/") ? prefix : prefix + "/");
        List<Note> out = new ArrayList<>();
        for (Note n : notes.findBySourcePrefix(prefix)) if (n.source().path().equals(prefix)) out.add(n);
        return out;
    }

    private static String absolute(Path root, boolean folder, String relative) {
        Path p = folder ? root.resolve(relative).normalize() : root;
        return p.toString().replace('\\', '/');
    }

    private static SourceRef source(ImportPlan.PlannedCard c) {
        SourceRef s = c.draft().source();
        return new SourceRef(c.file(), s.firstLine(), s.lastLine(), s.headingPath());
    }

    private static DeckName deckFor(CardDraft card, DeckName target) throws InvalidInputException {
        if (card.deck().isBlank()) return target;
        try {
            return new DeckName(card.deck());
        } catch (IllegalArgumentException e) {
            return target;
        }
    }

    private static void requireText(ImportPlan.PlannedCard c, CardDraft card) throws InvalidInputException {
        if (card.front().isBlank() || card.back().isBlank()) {
            throw new InvalidInputException("A card from " + c.draft().source().path() + " has an empty "
                    + (card.front().isBlank() ? "front" : "back") + ". Fill it in or leave the card out.");
        }
    }

    private static List<String> fields(CardDraft d) {
        return List.of(d.front(), d.back());
    }

    private static String field(Note n, int i) {
        return n.fields().size() > i ? n.fields().get(i) : "";
    }
}
