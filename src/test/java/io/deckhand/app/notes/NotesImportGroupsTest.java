package io.deckhand.app.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteNoteRepository;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.TestCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cards made from one fact are one note with several cards, on a real SQLite collection. */
class NotesImportGroupsTest {
    private static final String NOTE = """
            # Net

            What port does DNS use::53

            Service:::A stable name and virtual IP in front of a set of pods

            The {{c1::kubelet}} runs on every {{c2::node}} of the cluster.
            """;

    @TempDir
    Path dir;
    TestCollection c;
    NotesImportService service;
    Path note;
    SqliteNoteRepository notes;
    SqliteCardRepository cards;

    @BeforeEach
    void setUp() throws Exception {
        c = new TestCollection();
        service = c.services.notes();
        note = dir.resolve("net.md");
        Files.writeString(note, NOTE);
        notes = new SqliteNoteRepository(c.db, c.clock);
        cards = new SqliteCardRepository(c.db, c.clock);
    }

    @AfterEach
    void tearDown() {
        c.close();
    }

    private ImportPlan plan() throws Exception {
        return service.plan(List.of(dir), ProgressListener.NONE);
    }

    private NotesImportResult importAll(ImportPlan p) throws Exception {
        return service.apply(p, ImportChoices.all(p, new DeckName("Notes")), ProgressListener.NONE);
    }

    /** Card fronts per note, for the notes that have cards. */
    private List<Set<String>> notesWithFronts() throws Exception {
        return c.db.read(() -> {
            Map<NoteId, Set<String>> by = new java.util.LinkedHashMap<>();
            for (Card card : cards.byDecks(c.services.library().decks().stream().map(d -> d.id()).toList())) {
                by.computeIfAbsent(card.noteId(), k -> new HashSet<>()).add(card.front());
            }
            return new ArrayList<>(by.values());
        });
    }

    private long noteCount() throws Exception {
        return c.db.read(() -> (long) notes.findBySourcePrefix(dir.toString().replace('\\', '/')).size());
    }

    @Test
    void aReversedCardAndAClozeAreOneNoteEachWithTwoCardsAndASecondImportChangesNothing() throws Exception {
        NotesImportResult r = importAll(plan());
        assertEquals(5, r.added());
        assertEquals(3, noteCount());
        List<Set<String>> byNote = notesWithFronts();
        assertTrue(byNote.contains(Set.of("Service", "A stable name and virtual IP in front of a set of pods")), byNote.toString());
        assertEquals(List.of(1, 2, 2), byNote.stream().map(Set::size).sorted().toList());

        ImportPlan again = plan();
        assertEquals(5, again.count(ImportPlan.Action.UNCHANGED));
        assertTrue(again.orphans().isEmpty());
        importAll(again);
        assertEquals(3, noteCount());
        assertEquals(5, c.services.library().cardCount());
    }

    @Test
    void editingOneSideUpdatesOnlyThatCardInPlace() throws Exception {
        importAll(plan());
        Files.writeString(note, NOTE.replace("a set of pods", "a changing set of pods"));
        ImportPlan p = plan();
        assertEquals(2, p.count(ImportPlan.Action.UPDATE), "both sides of the reversed card carry the text");
        assertEquals(0, p.count(ImportPlan.Action.ADD));
        assertTrue(p.orphans().isEmpty());
        Set<CardId> before = p.cards().stream().map(ImportPlan.PlannedCard::card).collect(Collectors.toSet());
        importAll(p);
        assertEquals(3, noteCount());
        ImportPlan after = plan();
        assertEquals(5, after.count(ImportPlan.Action.UNCHANGED));
        assertEquals(before, after.cards().stream().map(ImportPlan.PlannedCard::card).collect(Collectors.toSet()));
    }

    @Test
    void aDeletionThatIsGoneIsAnOrphanAndDeletingItKeepsTheOtherCard() throws Exception {
        importAll(plan());
        ImportPlan was = plan();
        Files.writeString(note, NOTE.replace("{{c2::node}}", "node"));
        ImportPlan p = plan();
        assertEquals(1, p.orphans().size());
        ImportPlan.Orphan o = p.orphans().get(0);
        assertTrue(o.front().contains("runs on every [...]"), o.front());
        assertEquals(0, p.count(ImportPlan.Action.ADD));
        ImportPlan.PlannedCard kept = p.cards().stream().filter(pc -> pc.draft().front().contains("[...] runs"))
                .findFirst().orElseThrow();
        assertTrue(was.cards().stream().anyMatch(pc -> pc.card().equals(kept.card())), "the first deletion keeps its card");
        NotesImportResult r = service.apply(p, new ImportChoices(ImportChoices.all(p, new DeckName("Notes")).selected(), Map.of(),
                new DeckName("Notes"), Set.of(o.note())),
                ProgressListener.NONE);
        assertEquals(1, r.orphansDeleted());
        assertEquals(4, c.services.library().cardCount());
        assertEquals(3, noteCount());
        assertTrue(plan().orphans().isEmpty());
    }

    /**
     * A collection from before facts were one note: each card of a pair was a note of its own (guid =
     * the card's key). Importing again joins them into one note and keeps every card, its scheduling
     * and its review history.
     */
    @Test
    void pairsSavedAsTwoNotesBecomeOneNoteWithoutLosingReviews() throws Exception {
        ImportPlan first = plan();
        List<CardId> ids = new ArrayList<>();
        c.db.inTransaction(() -> {
            var deck = c.services.library().ensureDeck(new DeckName("Notes"));
            for (ImportPlan.PlannedCard pc : first.cards()) {
                SourceRef s = pc.draft().source();
                var n = notes.insert(pc.key(), pc.draft().kind().code(), List.of(pc.draft().front(), pc.draft().back()),
                        new SourceRef(pc.file(), s.firstLine(), s.lastLine(), s.headingPath()),
                        NoteIdentity.contentHash(pc.draft()));
                ids.add(cards.insert(n.id(), deck.id(), pc.draft().kind(), pc.draft().front(), pc.draft().back(),
                        pc.draft().tags(), SchedulingState.newCard(c.clock.instant())).id());
            }
            return null;
        });
        assertEquals(5, noteCount());
        for (CardId id : ids) c.services.study().answer(id, Rating.GOOD, Duration.ofSeconds(2));
        c.clock.advance(Duration.ofDays(3));
        for (CardId id : ids) c.services.study().answer(id, Rating.HARD, Duration.ofSeconds(2));
        var log = new SqliteReviewLogRepository(c.db);
        Map<CardId, Object> states = new java.util.HashMap<>();
        for (CardId id : ids) states.put(id, c.services.library().card(id).scheduling());

        ImportPlan p = plan();
        assertEquals(5, p.count(ImportPlan.Action.UNCHANGED));
        assertTrue(p.orphans().isEmpty());
        importAll(p);

        assertEquals(3, noteCount());
        assertEquals(5, c.services.library().cardCount());
        for (CardId id : ids) {
            assertEquals(states.get(id), c.services.library().card(id).scheduling());
            assertEquals(2, c.db.read(() -> log.forCard(id)).size());
        }
        ImportPlan again = plan();
        assertEquals(5, again.count(ImportPlan.Action.UNCHANGED));
        assertEquals(Set.copyOf(ids), again.cards().stream().map(ImportPlan.PlannedCard::card).collect(Collectors.toSet()));
    }

    @Test
    void answeringOneSideOfAReversedCardBuriesTheOtherUntilTomorrowAndBrowseFindsIt() throws Exception {
        Files.writeString(note, "Service:::A stable name and virtual IP in front of a set of pods\n");
        importAll(plan());
        var deck = c.services.library().decks().stream().filter(d -> d.name().value().equals("Notes")).findFirst().orElseThrow();
        var shown = c.services.study().next(deck.id()).orElseThrow();
        c.services.study().answer(shown.card().id(), Rating.GOOD, Duration.ofSeconds(2));
        c.clock.advance(Duration.ofMinutes(30));
        var next = c.services.study().next(deck.id());
        assertTrue(next.isEmpty() || next.get().card().id().equals(shown.card().id()),
                "the other side waits: " + next.map(s -> s.card().front()).orElse(""));
        // Browse's is:buried finds the sibling hidden for the day, not the card answered.
        var buried = c.services.browse().search("is:buried").stream().map(r -> r.id()).toList();
        assertEquals(1, buried.size());
        assertTrue(!buried.contains(shown.card().id()));
        assertEquals(1, c.services.browse().search("-is:buried").size());
        c.clock.advance(Duration.ofDays(1));
        assertTrue(c.services.study().next(deck.id()).isPresent());
        assertEquals(0, c.services.browse().search("is:buried").size());
    }

    @Test
    void undoingAnImportRemovesWhatItAddedUnlessACardWasStudiedSince() throws Exception {
        importAll(plan());
        assertEquals("Import of 5 cards from notes", c.services.study().undoHistory().nextLabel().orElseThrow());
        c.services.study().undoHistory().undo();
        assertEquals(0, c.services.library().cardCount());
        assertEquals(0, noteCount());

        ImportPlan p = plan();
        importAll(p);
        CardId first = plan().cards().get(0).card();
        c.services.study().answerOutsideSession(first, Rating.GOOD, Duration.ofSeconds(2));
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.deckhand.app.error.InvalidInputException.class,
                () -> c.services.study().undoHistory().undo());
        assertTrue(e.getMessage().contains("1 of its cards was studied since"), e.getMessage());
        assertEquals(5, c.services.library().cardCount());
        assertEquals(3, noteCount());
    }
}
