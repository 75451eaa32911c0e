package io.deckhand.app.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BrowseServiceTest {
    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;
    private FileCollection col;
    private BrowseService browse;
    private Card pvc;
    private Card service;
    private Card chmod;

    @BeforeEach
    void setUp() throws Exception {
        col = new FileCollection(dir.resolve("c.sqlite"));
        browse = col.services.browse();
        pvc = col.services.library().addCard(new DeckName("K8s::Storage"), "What is a PVC?", "A claim", List.of("storage"));
        service = col.services.library().addCard(new DeckName("K8s::Net"), "What is a Service?", "A stable address",
                List.of("net::svc"));
        chmod = col.services.library().addCard(new DeckName("Linux"), "What does chmod do?", "Changes 100% of modes",
                List.of());
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private List<String> fronts(String q) throws Exception {
        return browse.search(q).stream().map(BrowseRow::front).toList();
    }

    @Test
    void emptyQueryListsEveryCardByDeck() throws Exception {
        List<BrowseRow> rows = browse.search("");
        assertEquals(List.of("K8s::Net", "K8s::Storage", "Linux"), rows.stream().map(BrowseRow::deck).toList());
        assertNull(rows.get(0).due(), "new cards have no due day");
    }

    @Test
    void filtersByTextTagAndDeck() throws Exception {
        assertEquals(List.of("What is a PVC?"), fronts("claim"));
        assertEquals(List.of("What is a Service?"), fronts("tag:net"));
        assertEquals(List.of("What is a Service?", "What is a PVC?"), fronts("deck:k8s"));
        assertEquals(List.of("What is a Service?"), fronts("deck:K8s what \"stable address\""));
        assertEquals(List.of(), fronts("deck:K8"));
        assertEquals(List.of("What is a Service?", "What is a PVC?"), fronts("deck:K8*"));
        assertEquals(List.of("What is a PVC?"), fronts("deck:*storage"));
        assertEquals(List.of("What does chmod do?"), fronts("-deck:k8s"));
        assertEquals(List.of("What is a PVC?", "What does chmod do?"), fronts("tag:storage or chmod"));
        assertEquals(List.of("What does chmod do?"), fronts("100%"), "% is a literal character, not a wildcard");
        assertEquals(List.of(), fronts("1_0"), "_ is literal too");
        assertEquals(List.of("What is a Service?", "What is a PVC?"), fronts("what*a"));
    }

    @Test
    void userTextNeverBecomesSql() throws Exception {
        assertEquals(List.of(), fronts("\"'); DROP TABLE cards; --\""));
        assertEquals(List.of(), fronts("deck:\"x' OR 1=1 --\""));
        assertEquals(3, browse.search("").size());
    }

    @Test
    void searchesByStateAndProperties() throws Exception {
        col.services.study().answer(pvc.id(), Rating.GOOD, Duration.ofSeconds(3));
        col.services.study().answer(pvc.id(), Rating.GOOD, Duration.ofSeconds(3));
        assertEquals(List.of("What is a Service?", "What does chmod do?"), fronts("is:new"));
        assertEquals(List.of("What is a PVC?"), fronts("-is:new"));
        assertEquals(List.of("What is a PVC?"), fronts("prop:reps=2"));
        assertEquals(List.of("What is a PVC?"), fronts("prop:reps>1"));
        BrowseRow row = browse.search("prop:reps=2").get(0);
        assertEquals(CardState.REVIEW, row.state());
        int ivl = row.intervalDays();
        assertTrue(ivl >= 1);
        assertEquals(List.of("What is a PVC?"), fronts("prop:ivl>=" + ivl));
        assertEquals(List.of(), fronts("prop:ivl>" + ivl));
        assertEquals(List.of("What is a PVC?"), fronts("is:review"));
        assertEquals(List.of(), fronts("is:due"), "not due until its interval has passed");
        assertEquals(List.of("What is a PVC?"), fronts("prop:due=" + ivl));
        col.clock.advance(Duration.ofDays(ivl + 1));
        assertEquals(List.of("What is a PVC?"), fronts("is:due"));
        assertEquals(List.of("What is a PVC?"), fronts("prop:due<=0"));
        assertEquals(List.of("What is a PVC?"), fronts("prop:due=-1"));
        assertEquals(List.of("What is a Service?"), fronts("kind:basic tag:net"));
        assertEquals(List.of(), fronts("kind:manifest"));
    }

    @Test
    void aBadSearchSaysWhatIsWrong() {
        var e = assertThrows(InvalidInputException.class, () -> browse.search("is:sleepy"));
        assertTrue(e.getMessage().startsWith("\"is:sleepy\" is not known"), e.getMessage());
    }

    @Test
    void suspendBuryFlagAndUndoThemInTurn() throws Exception {
        browse.setSuspended(List.of(pvc.id(), chmod.id()), true);
        assertEquals(List.of("What is a PVC?", "What does chmod do?"), fronts("is:suspended"));
        browse.bury(List.of(service.id()));
        assertEquals(List.of("What is a Service?"), fronts("is:buried"));
        browse.flag(List.of(service.id()), CardFlag.RED);
        assertEquals(List.of("What is a Service?"), fronts("flag:1"));
        assertEquals("Flag 1 card red", col.services.study().undoHistory().nextLabel().orElseThrow());

        col.services.study().undoHistory().undo();
        assertEquals(List.of(), fronts("flag:1"));
        assertEquals("Bury 1 card", col.services.study().undoHistory().nextLabel().orElseThrow());
        col.services.study().undoHistory().undo();
        assertEquals(List.of(), fronts("is:buried"));
        col.services.study().undoHistory().undo();
        assertEquals(List.of(), fronts("is:suspended"));
        assertTrue(col.services.study().undoHistory().nextLabel().orElseThrow().startsWith("Add card"));
    }

    @Test
    void buriedCardsWaitUntilTheNextStudyDay() throws Exception {
        var deck = col.services.study().deckTree().stream().filter(d -> d.name().value().equals("Linux")).findFirst().orElseThrow();
        browse.bury(List.of(chmod.id()));
        assertTrue(col.services.study().next(deck.id()).isEmpty());
        col.clock.advance(Duration.ofDays(1));
        assertEquals(chmod.id(), col.services.study().next(deck.id()).orElseThrow().card().id());
        assertEquals(List.of(), fronts("is:buried"));
    }

    @Test
    void deleteRemovesCardsAndHistoryAndUndoPutsBackTheSameRows() throws Exception {
        col.services.study().answer(pvc.id(), Rating.GOOD, Duration.ofSeconds(2));
        long logRows = count("review_log");
        assertEquals(2, browse.delete(List.of(pvc.id(), chmod.id())));
        assertEquals(List.of("What is a Service?"), fronts(""));
        assertEquals(0, count("review_log"));
        assertEquals(1, count("notes"), "notes left without cards go too");
        assertEquals("Delete 2 cards", col.services.study().undoHistory().nextLabel().orElseThrow());

        col.services.study().undoHistory().undo();
        assertEquals(3, fronts("").size());
        assertEquals(logRows, count("review_log"));
        assertEquals(pvc.front(), card(pvc).front());
        assertEquals(CardState.LEARNING, card(pvc).scheduling().state(), "restored as it was when deleted");
        // the answer given before the delete can be undone after it, as the log row kept its id
        assertEquals(pvc.id(), col.services.study().undoLastAnswer().orElseThrow());
        assertEquals(CardState.NEW, col.services.library().card(pvc.id()).scheduling().state());
    }

    @Test
    void moveTagsResetAndRescheduleAreUndoable() throws Exception {
        browse.move(List.of(chmod.id()), "Linux::Files");
        assertEquals(List.of("What does chmod do?"), fronts("deck:Linux::Files"));
        browse.addTags(List.of(chmod.id(), pvc.id()), "exam  perms");
        assertEquals(List.of("exam", "perms"), card(chmod).tags());
        browse.removeTags(List.of(pvc.id()), "STORAGE");
        assertEquals(List.of("exam", "perms"), card(pvc).tags());
        browse.reschedule(List.of(service.id()), 3);
        assertEquals(List.of("What is a Service?"), fronts("prop:due=3 is:review"));
        browse.reset(List.of(service.id()));
        assertEquals(CardState.NEW, card(service).scheduling().state());

        var history = col.services.study().undoHistory();
        assertEquals("Reset 1 card", history.undo().orElseThrow().label());
        assertEquals(CardState.REVIEW, card(service).scheduling().state());
        assertEquals("Reschedule 1 card", history.undo().orElseThrow().label());
        assertEquals(CardState.NEW, card(service).scheduling().state());
        history.undo();
        assertEquals(List.of("storage", "exam", "perms"), card(pvc).tags());
        history.undo();
        assertEquals(List.of(), card(chmod).tags());
        assertEquals("Move 1 card to Linux::Files", history.undo().orElseThrow().label());
        assertEquals(List.of(), fronts("deck:Linux::Files"));
        assertEquals(List.of("What does chmod do?"), fronts("deck:Linux"));
    }

    @Test
    void findsCardsWithTheSameFront() throws Exception {
        Card copy = col.services.library().addCard(new DeckName("Other"), "what is a  **PVC**?", "x", List.of());
        List<BrowseRow> dupes = browse.duplicates();
        assertEquals(List.of(pvc.id(), copy.id()), dupes.stream().map(BrowseRow::id).toList());
    }

    @Test
    void actionsOnNothingSaySoAndChangeNothing() throws Exception {
        var e = assertThrows(InvalidInputException.class, () -> browse.delete(List.of()));
        assertEquals("No cards are selected.", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> browse.addTags(List.of(pvc.id()), "   "));
        assertTrue(e.getMessage().startsWith("Type at least one tag"));
        e = assertThrows(InvalidInputException.class, () -> browse.move(List.of(pvc.id()), " :: "));
        assertEquals("Type the name of a deck.", e.getMessage());
        assertFalse(col.services.study().undoHistory().nextLabel().orElseThrow().startsWith("Move"));
        assertEquals(3, fronts("").size());
    }

    private Card card(Card c) throws Exception {
        return col.services.library().card(c.id());
    }

    /** Rows in a table, read through a second connection to the collection file (what is on disk). */
    private long count(String table) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("c.sqlite"));
             java.sql.Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A collection in a file, with services wired on a test clock. */
    static final class FileCollection implements AutoCloseable {
        final io.deckhand.support.MutableClock clock =
                new io.deckhand.support.MutableClock(java.time.Instant.parse("2026-03-02T10:00:00Z"));
        final io.deckhand.storage.Database db;
        final io.deckhand.app.AppServices services;

        FileCollection(java.nio.file.Path file) throws Exception {
            db = io.deckhand.storage.Database.open(file);
            services = io.deckhand.bootstrap.Bootstrap.wire(db, clock);
        }

        @Override
        public void close() {
            db.close();
        }
    }
}
