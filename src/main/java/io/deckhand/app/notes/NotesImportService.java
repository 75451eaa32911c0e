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
import io.deckhand.notes.ObsidianSrSettingsFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
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
    private final io.deckhand.app.undo.UndoStack undo;

    /** Without a settings store (how notes were read is not remembered between imports) and without undo. */
    public NotesImportService(Transactions tx, NoteRepository notes, CardRepository cards, LibraryService library,
                              NotesExtractService extractor, Clock clock) {
        this(tx, notes, cards, library, extractor, clock,
                () -> new StudyDay(clock.getZone(), StudyDay.DEFAULT_ROLLOVER), null, null);
    }

    /** With the app's one undo history, without a settings store. */
    public NotesImportService(Transactions tx, NoteRepository notes, CardRepository cards, LibraryService library,
                              NotesExtractService extractor, Clock clock, io.deckhand.app.undo.UndoStack undo) {
        this(tx, notes, cards, library, extractor, clock,
                () -> new StudyDay(clock.getZone(), StudyDay.DEFAULT_ROLLOVER), null, undo);
    }

    /**
     * {@code studyDay}: when a day starts, for the due days of schedules carried in the notes;
     * {@code settings}: where the way each folder was read is remembered for its re-sync (null: nowhere);
     * {@code undo}: the app's one undo history (undoing an import removes the cards it added; null: none).
     */
    public NotesImportService(Transactions tx, NoteRepository notes, CardRepository cards, LibraryService library,
                              NotesExtractService extractor, Clock clock, Supplier<StudyDay> studyDay,
                              SettingsRepository settings, io.deckhand.app.undo.UndoStack undo) {
        this.studyDay = studyDay;
        this.settings = settings;
        this.undo = undo;
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
        return NotesReading.ofVault(r);
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
            Extraction ex = extractor.extract(List.of(root), used.syntax(), progress);
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
        Map<String, FileGroups> groupsByFile = new LinkedHashMap<>();
        for (Map.Entry<String, List<CardDraft>> e : byFile.entrySet()) {
            List<CardDraft> drafts = e.getValue();
            List<String> keys = NoteIdentity.keys(drafts.get(0).source().path(), drafts);
            FileGroups fg = new FileGroups(drafts, keys, groups(drafts), new HashMap<>());
            List<Note> here = savedByFile.getOrDefault(e.getKey(), List.of());
            // A later card of a fact saved as a note of its own (before such cards shared a note) is
            // claimed by its key first, so it keeps its history and no other card takes that note.
            Map<String, Note> byGuid = new HashMap<>();
            for (Note n : here) byGuid.put(n.guid(), n);
            for (List<Integer> g : fg.groups()) {
                for (int j = 1; j < g.size(); j++) {
                    Note own = byGuid.get(keys.get(g.get(j)));
                    if (own != null && taken.add(own.id())) fg.ownNotes().put(g.get(j), own);
                }
            }
            List<CardDraft> firsts = new ArrayList<>();
            List<String> firstKeys = new ArrayList<>();
            for (List<Integer> g : fg.groups()) {
                firsts.add(drafts.get(g.get(0)));
                firstKeys.add(keys.get(g.get(0)));
            }
            List<Note> free = here.stream().filter(n -> !taken.contains(n.id())).toList();
            List<CardMatcher.Match> matches = CardMatcher.match(firsts, firstKeys, free, false);
            for (CardMatcher.Match m : matches) if (m.note() != null) taken.add(m.note().id());
            matchesByFile.put(e.getKey(), matches);
            groupsByFile.put(e.getKey(), fg);
        }
        adoptFromElsewhere(saved, matchesByFile, taken);
        adoptOwnNotesFromElsewhere(groupsByFile.values(), taken);
        Set<CardId> claimed = new HashSet<>();
        for (Map.Entry<String, List<CardMatcher.Match>> e : matchesByFile.entrySet()) {
            FileGroups fg = groupsByFile.get(e.getKey());
            for (int i = 0; i < fg.groups().size(); i++) {
                planned.addAll(plannedGroup(e.getKey(), fg, fg.groups().get(i), e.getValue().get(i), claimed));
            }
        }
        for (Note n : saved) {
            if (unreadable.contains(n.source().path())) continue;
            List<Card> left = new ArrayList<>();
            List<Card> all = cards.byNote(n.id());
            for (Card c : all) if (!claimed.contains(c.id())) left.add(c);
            if (left.isEmpty() && (taken.contains(n.id()) || !all.isEmpty())) continue;
            String reason = Files.exists(Path.of(n.source().path()))
                    ? "no longer in " + Path.of(n.source().path()).getFileName()
                    : Path.of(n.source().path()).getFileName() + " is gone";
            if (left.isEmpty()) {
                orphans.add(new ImportPlan.Orphan(n.id(), null, n.source().path(), n.source().heading(),
                        field(n, 0), field(n, 1), reason));
            }
            for (Card c : left) {
                orphans.add(new ImportPlan.Orphan(n.id(), c.id(), n.source().path(), n.source().heading(),
                        c.front(), c.back(), reason));
            }
        }
        return null;
    }

    /** One file's drafts, their keys, the drafts of each fact (indexes, first card first) and claimed own notes. */
    private record FileGroups(List<CardDraft> drafts, List<String> keys, List<List<Integer>> groups,
                              Map<Integer, Note> ownNotes) {
    }

    /** Drafts sharing a group (in note order), each other draft alone. */
    static List<List<Integer>> groups(List<CardDraft> drafts) {
        Map<String, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            String g = drafts.get(i).group();
            byGroup.computeIfAbsent(g.isEmpty() ? "\0" + i : g, k -> new ArrayList<>()).add(i);
        }
        return List.copyOf(byGroup.values());
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

    /**
     * A later card of a fact saved as a note of its own outside its file (a bundled deck made from these
     * notes, a moved vault): claimed by its key when that note's file is gone, as {@link #adoptFromElsewhere} does.
     */
    private void adoptOwnNotesFromElsewhere(Collection<FileGroups> files, Set<NoteId> taken) throws DeckhandException {
        List<String> wanted = new ArrayList<>();
        for (FileGroups fg : files) {
            for (List<Integer> g : fg.groups()) {
                for (int j = 1; j < g.size(); j++) if (!fg.ownNotes().containsKey(g.get(j))) wanted.add(fg.keys().get(g.get(j)));
            }
        }
        if (wanted.isEmpty()) return;
        Map<String, Note> byGuid = new HashMap<>();
        for (Note n : notes.findByGuids(wanted)) byGuid.put(n.guid(), n);
        for (FileGroups fg : files) {
            for (List<Integer> g : fg.groups()) {
                for (int j = 1; j < g.size(); j++) {
                    int index = g.get(j);
                    Note owner = byGuid.get(fg.keys().get(index));
                    if (owner == null || fg.ownNotes().containsKey(index) || taken.contains(owner.id()) || onDisk(owner)
                            || !owner.noteType().equals(fg.drafts().get(index).kind().code())) continue;
                    taken.add(owner.id());
                    fg.ownNotes().put(index, owner);
                }
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
     * Applies the plan as the user chose, all or nothing. Cards made from one fact end in one note.
     * Cancelling (through {@code progress}) or any failure rolls everything back.
     */
    public NotesImportResult apply(ImportPlan plan, ImportChoices choices, ProgressListener progress)
            throws DeckhandException {
        Counts[] counts = new Counts[1];
        NotesImportResult result = tx.inTransaction(() -> {
            Counts n = new Counts();
            counts[0] = n;
            int total = plan.cards().size() + choices.deleteOrphans().size();
            Map<String, List<ImportPlan.PlannedCard>> byNote = new LinkedHashMap<>();
            for (ImportPlan.PlannedCard c : plan.cards()) {
                byNote.computeIfAbsent(c.file() + "\0" + c.noteKey(), k -> new ArrayList<>()).add(c);
            }
            for (List<ImportPlan.PlannedCard> group : byNote.values()) {
                applyGroup(group, choices, progress, n, total);
            }
            int deleted = 0;
            for (ImportPlan.Orphan o : plan.orphans()) {
                if (!choices.deleteOrphans().contains(o.note())) continue;
                if (progress.isCancelled()) throw new CancelledException();
                progress.report(new Progress("Deleting cards", n.done++, total, "cards"));
                if (deleteOrphan(o)) deleted++;
            }
            if (settings != null) {
                for (Map.Entry<String, NotesReading> r : plan.readings().entrySet()) {
                    NotesReading how = r.getValue();
                    settings.put(READING_KEY + r.getKey(),
                            how.mode() == NotesReading.Mode.OBSIDIAN_SR ? ObsidianSrSettingsFile.toJson(how.settings()) : "deckhand");
                }
            }
            progress.report(new Progress("Saved", total, total, "cards"));
            return new NotesImportResult(n.added, n.updated, n.unchanged, n.leftOut, deleted,
                    plan.orphans().size() - deleted);
        });
        List<CardId> added = List.copyOf(counts[0].addedCards);
        if (undo != null && !added.isEmpty()) {
            undo.push("Import of " + added.size() + (added.size() == 1 ? " card" : " cards") + " from notes",
                    () -> removeAdded(added));
        }
        return result;
    }

    /** Undo of an import: the cards it added go (and notes left without cards), unless one was studied since. */
    private void removeAdded(List<CardId> added) throws DeckhandException {
        List<Card> present = cards.findAll(added);
        long studied = present.stream().filter(c -> c.scheduling().reps() > 0 || c.scheduling().lastReview() != null).count();
        if (studied > 0) {
            throw new InvalidInputException("The import cannot be undone: " + studied
                    + (studied == 1 ? " of its cards was" : " of its cards were") + " studied since. Delete its cards in Browse instead.");
        }
        for (Card c : present) {
            cards.delete(c.id());
            if (notes.find(c.noteId()).isPresent() && cards.byNote(c.noteId()).isEmpty()) notes.delete(c.noteId());
        }
    }

    private static final class Counts {
        int added, updated, unchanged, leftOut, done;
        final List<CardId> addedCards = new ArrayList<>();
    }

    /** The note the cards of one fact share while they are applied, and its cards' hashes before. */
    private static final class Home {
        Note note;
        Map<CardId, String> priorHashes = new HashMap<>();
        Map<CardId, String> newHashes = new HashMap<>();
    }

    private void applyGroup(List<ImportPlan.PlannedCard> group, ImportChoices choices, ProgressListener progress,
                            Counts n, int total) throws DeckhandException {
        Home home = new Home();
        for (ImportPlan.PlannedCard c : group) {
            if (home.note != null || c.note() == null) continue;
            Optional<Note> note = notes.find(c.note());
            if (note.isPresent()) settle(home, note.get());
        }
        boolean firstApplied = false;
        for (int i = 0; i < group.size(); i++) {
            ImportPlan.PlannedCard c = group.get(i);
            if (progress.isCancelled()) throw new CancelledException();
            progress.report(new Progress("Saving cards", n.done++, total, "cards"));
            boolean selected = choices.selected().contains(c.key());
            CardDraft card = choices.edits().getOrDefault(c.key(), c.draft());
            Optional<Card> saved = c.card() == null ? Optional.empty() : cards.find(c.card());
            if (c.action() != ImportPlan.Action.UNCHANGED && !selected) {
                n.leftOut++;
                continue;
            }
            if (c.action() == ImportPlan.Action.UNCHANGED && saved.isEmpty()) continue;
            if (c.action() != ImportPlan.Action.UNCHANGED) requireText(c, card);
            if (saved.isEmpty()) {
                // New, or deleted since the preview: add it (back) as new.
                if (home.note == null) {
                    home.note = notes.insert(freeGuid(c.noteKey(), c.key()), c.draft().kind().code(),
                            fields(c.draft()), source(c), "");
                }
                Card added = cards.insert(home.note.id(), library.ensureDeck(deckFor(card, choices.targetDeck())).id(),
                        c.draft().kind(), card.front(), card.back(), card.tags(), firstState(c.draft()));
                home.newHashes.put(added.id(), NoteIdentity.contentHash(c.draft()));
                n.added++;
                n.addedCards.add(added.id());
            } else {
                Card s = saved.get();
                if (c.action() == ImportPlan.Action.UPDATE) {
                    cards.updateContent(s.withContent(card.front(), card.back(), card.tags(), s.deckId()));
                    n.updated++;
                } else {
                    n.unchanged++;
                }
                join(home, s);
                home.newHashes.put(s.id(), NoteIdentity.contentHash(c.draft()));
            }
            if (i == 0) firstApplied = true;
        }
        if (home.note != null) rewriteNote(home, group.get(0), firstApplied);
    }

    private void settle(Home home, Note note) throws DeckhandException {
        home.note = note;
        List<Card> list = sortedById(cards.byNote(note.id()));
        List<String> h = hashes(note);
        for (int i = 0; i < list.size() && i < h.size(); i++) home.priorHashes.put(list.get(i).id(), h.get(i));
    }

    /** Puts a saved card into the fact's note; a note of its own left without cards goes. */
    private void join(Home home, Card card) throws DeckhandException {
        if (home.note == null) {
            Optional<Note> own = notes.find(card.noteId());
            if (own.isPresent()) settle(home, own.get());
            return;
        }
        if (card.noteId().equals(home.note.id())) return;
        cards.moveToNote(card.id(), home.note.id());
        if (cards.byNote(card.noteId()).isEmpty()) notes.delete(card.noteId());
    }

    /** The note's key, text and place are its first card's (when applied); one hash per card, in card order. */
    private void rewriteNote(Home home, ImportPlan.PlannedCard first, boolean firstApplied) throws DeckhandException {
        Note was = home.note;
        List<String> hashes = new ArrayList<>();
        for (Card c : sortedById(cards.byNote(was.id()))) {
            hashes.add(home.newHashes.getOrDefault(c.id(), home.priorHashes.getOrDefault(c.id(), "")));
        }
        String guid = was.guid().equals(first.noteKey()) ? was.guid() : freeGuid(first.noteKey(), was.guid());
        Note now = firstApplied
                ? new Note(was.id(), guid, first.draft().kind().code(), fields(first.draft()), source(first),
                        String.join(" ", hashes))
                : new Note(was.id(), guid, was.noteType(), was.fields(), was.source(), String.join(" ", hashes));
        if (!now.equals(was)) notes.update(now);
    }

    /** {@code wanted} unless another note already has it. */
    private String freeGuid(String wanted, String otherwise) throws DeckhandException {
        return notes.findByGuid(wanted).isEmpty() ? wanted : otherwise;
    }

    private boolean deleteOrphan(ImportPlan.Orphan o) throws DeckhandException {
        if (o.card() != null) {
            if (cards.find(o.card()).isEmpty()) return false;
            cards.delete(o.card());
            if (notes.find(o.note()).isPresent() && cards.byNote(o.note()).isEmpty()) notes.delete(o.note());
            return true;
        }
        if (notes.find(o.note()).isEmpty()) return false;
        notes.delete(o.note());
        return true;
    }

    /**
     * The planned cards of one fact: the first card continues {@code first}'s note; the others take
     * the card of that note that reads most like them (same kind), or the note of their own they were
     * saved as, or are added to the note.
     */
    private List<ImportPlan.PlannedCard> plannedGroup(String file, FileGroups fg, List<Integer> group,
                                                      CardMatcher.Match first, Set<CardId> claimed)
            throws DeckhandException {
        Note n = first.note();
        String noteKey = first.key();
        List<Card> noteCards = n == null ? List.of() : sortedById(cards.byNote(n.id()));
        List<String> hashes = n == null ? List.of() : hashes(n);
        boolean[] used = new boolean[noteCards.size()];
        List<ImportPlan.PlannedCard> out = new ArrayList<>();
        for (int j = 0; j < group.size(); j++) {
            int index = group.get(j);
            CardDraft d = fg.drafts().get(index);
            String key = j == 0 ? first.key() : fg.keys().get(index);
            double similarity = j == 0 ? first.similarity() : 1.0;
            Note own = fg.ownNotes().get(index);
            Card saved = null;
            String savedHash = "";
            if (own != null) {
                saved = cards.byNote(own.id()).stream().min(java.util.Comparator.comparingLong(c -> c.id().value()))
                        .orElse(null);
                savedHash = hashes(own).get(0);
            } else if (n != null) {
                int at = closest(d, noteCards, used);
                if (at >= 0) {
                    used[at] = true;
                    saved = noteCards.get(at);
                    savedHash = at < hashes.size() ? hashes.get(at) : "";
                }
            }
            if (saved == null) {
                out.add(new ImportPlan.PlannedCard(key, ImportPlan.Action.ADD, d, file, n == null ? null : n.id(),
                        null, null, null, "new in the notes", noteKey));
                continue;
            }
            claimed.add(saved.id());
            NoteId home = own != null ? own.id() : n.id();
            // Compare with what was extracted last time, so an edit made in Deckhand is kept while the notes say the same.
            if (savedHash.equals(NoteIdentity.contentHash(d))) {
                out.add(new ImportPlan.PlannedCard(key, ImportPlan.Action.UNCHANGED, d, file, home, saved.id(),
                        saved.front(), saved.back(), "same as in the notes", noteKey));
                continue;
            }
            String reason = similarity >= 1.0 ? "changed in the notes" : String.format(
                    "edited in the notes (%d%% of words kept)", Math.round(similarity * 100));
            if (!savedHash.isEmpty() && !savedHash.equals(NoteIdentity.contentHash(saved.front(), saved.back()))) {
                reason += "; replaces your edit in Deckhand";
            }
            out.add(new ImportPlan.PlannedCard(key, ImportPlan.Action.UPDATE, d, file, home, saved.id(),
                    saved.front(), saved.back(), reason, noteKey));
        }
        return out;
    }

    /** The unused card of the same kind whose words overlap most with the draft's (the earliest on a tie), or -1. */
    private static int closest(CardDraft d, List<Card> candidates, boolean[] used) {
        Set<String> words = CardMatcher.words(d.front() + " " + d.back());
        int best = -1;
        double bestSim = -1;
        for (int i = 0; i < candidates.size(); i++) {
            Card c = candidates.get(i);
            if (used[i] || c.kind() != d.kind()) continue;
            double sim = CardMatcher.jaccard(words, CardMatcher.words(c.front() + " " + c.back()));
            if (sim > bestSim) {
                best = i;
                bestSim = sim;
            }
        }
        return best;
    }

    private static List<Card> sortedById(List<Card> list) {
        List<Card> out = new ArrayList<>(list);
        out.sort(java.util.Comparator.comparingLong(c -> c.id().value()));
        return out;
    }

    /** The content hash of each of a note's cards, in card order (one per card, space separated). */
    private static List<String> hashes(Note n) {
        return n.contentHash().isEmpty() ? List.of("") : List.of(n.contentHash().split(" "));
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

    /**
     * A new card starts with the review state its note carries (an Obsidian SR schedule comment), else
     * as a new card. Cards already saved keep their own state: Deckhand's reviews come after the note's.
     */
    private SchedulingState firstState(CardDraft draft) {
        if (draft.schedule() == null) return SchedulingState.newCard(clock.instant());
        return draft.schedule().toState(studyDay.get());
    }
}
