package io.deckhand.app.notes;

import io.deckhand.app.error.CancelledException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.library.LibraryService;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.NoteRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.schedule.SchedulingState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports the cards extracted from notes, in one transaction, and keeps them in step with the notes
 * on later imports. A card's identity is its note path, heading path and content (never its line):
 * the same question under the same heading is the same card; a card whose text changed a little is
 * matched by similarity and updated in place, keeping its review history; the rest is added; cards
 * whose text left the note are reported as orphans. Notes on disk are never modified.
 */
public final class NotesImportService {
    /** How alike (word overlap, 0..1) an edited card must be to its old self to count as the same card. */
    static final double SAME_CARD_SIMILARITY = 0.5;

    private final Transactions tx;
    private final NoteRepository notes;
    private final CardRepository cards;
    private final LibraryService library;
    private final Clock clock;
    private final NotesExtractService extractor;

    public NotesImportService(Transactions tx, NoteRepository notes, CardRepository cards, LibraryService library,
                              Clock clock, NotesExtractService extractor) {
        this.tx = tx;
        this.notes = notes;
        this.cards = cards;
        this.library = library;
        this.clock = clock;
        this.extractor = extractor;
    }

    public NotesImportReport importNotes(List<Path> paths, DeckName deck, boolean dryRun, ProgressListener progress)
            throws DeckhandException {
        Extraction x = extractor.extract(paths, progress);
        progress.checkCancelled();
        Map<String, List<CardDraft>> byPath = new LinkedHashMap<>();
        for (CardDraft d : x.drafts()) byPath.computeIfAbsent(d.source().path(), k -> new ArrayList<>()).add(d);
        int[] counts = new int[3];
        List<NotesImportReport.Orphan> orphans = new ArrayList<>();
        Transactions.Work<Void> work = () -> {
            for (Map.Entry<String, List<CardDraft>> e : byPath.entrySet()) {
                if (progress.isCancelled()) throw new CancelledException();
                sync(e.getKey(), e.getValue(), deck, dryRun, counts, orphans);
            }
            return null;
        };
        if (dryRun) tx.read(work);
        else tx.inTransaction(work);
        return new NotesImportReport(counts[0], counts[1], counts[2], orphans, x.skipped(), dryRun);
    }

    private void sync(String path, List<CardDraft> drafts, DeckName deck, boolean dryRun, int[] counts,
                      List<NotesImportReport.Orphan> orphans) throws DeckhandException {
        List<Note> existing = new ArrayList<>();
        for (Note n : notes.findBySourcePrefix(path)) {
            if (n.source() != null && n.source().path().equals(path)) existing.add(n);
        }
        Set<Long> matched = new HashSet<>();
        Set<String> guids = new HashSet<>();
        for (CardDraft d : drafts) {
            String guid = NoteIdentity.guid(d, guids);
            Note same = null;
            for (Note n : existing) {
                if (!matched.contains(n.id().value()) && n.guid().equals(guid)) same = n;
            }
            if (same == null) same = mostSimilar(d, existing, matched);
            if (same == null) {
                counts[0]++;
                if (!dryRun) add(guid, d, deck);
                continue;
            }
            matched.add(same.id().value());
            if (same.fields().equals(List.of(d.front(), d.back()))) {
                counts[2]++;
                // Same text, moved lines: keep the source current without counting it as a change.
                if (!dryRun && !same.source().equals(d.source())) {
                    notes.update(new Note(same.id(), same.guid(), same.noteType(), same.fields(), d.source(),
                            same.contentHash()));
                }
            } else {
                counts[1]++;
                if (!dryRun) update(same, d);
            }
        }
        for (Note n : existing) {
            if (matched.contains(n.id().value())) continue;
            orphans.add(new NotesImportReport.Orphan(n.id().value(), path, n.source().heading(),
                    n.fields().isEmpty() ? "" : n.fields().get(0)));
        }
    }

    private static Note mostSimilar(CardDraft d, List<Note> existing, Set<Long> matched) {
        Note best = null;
        double bestScore = SAME_CARD_SIMILARITY;
        for (Note n : existing) {
            if (matched.contains(n.id().value()) || !n.noteType().equals(d.kind().code())) continue;
            if (!n.source().headingPath().equals(d.source().headingPath())) continue;
            double score = similarity(String.join(" ", n.fields()), d.front() + " " + d.back());
            if (score >= bestScore) {
                bestScore = score;
                best = n;
            }
        }
        return best;
    }

    /** Jaccard overlap of the words of two texts. */
    static double similarity(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() && wb.isEmpty()) return 1;
        Set<String> both = new HashSet<>(wa);
        both.retainAll(wb);
        Set<String> any = new HashSet<>(wa);
        any.addAll(wb);
        return (double) both.size() / any.size();
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    private void add(String guid, CardDraft d, DeckName deck) throws DeckhandException {
        DeckName target = d.deck().isBlank() ? deck : new DeckName(d.deck());
        Deck dk = library.ensureDeck(target);
        Note note = notes.insert(guid, d.kind().code(), List.of(d.front(), d.back()), d.source(),
                NoteIdentity.contentHash(d));
        cards.insert(note.id(), dk.id(), d.kind(), d.front(), d.back(), d.tags(),
                SchedulingState.newCard(clock.instant()));
    }

    /** New text in place: the card keeps its id, deck and scheduling, so its review history stays. */
    private void update(Note note, CardDraft d) throws DeckhandException {
        notes.update(new Note(note.id(), note.guid(), note.noteType(), List.of(d.front(), d.back()), d.source(),
                NoteIdentity.contentHash(d)));
        for (Card c : cards.byNote(note.id())) {
            cards.updateContent(c.withContent(d.front(), d.back(), d.tags(), c.deckId()));
        }
    }
}
