package io.deckhand.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.browse.BrowseRow;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.Database;
import io.deckhand.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction by example (docs/sync.md, "Compaction"): devices that join after it, a device away for
 * months, the leftovers of a crash, and a snapshot applied over lines already applied.
 */
class CompactionTest {
    @TempDir
    Path dir;

    private final List<Database> open = new ArrayList<>();
    private final Map<AppServices, Path> files = new HashMap<>();
    private final Map<AppServices, MutableClock> clocks = new HashMap<>();

    private AppServices device(String name) throws Exception {
        Path file = dir.resolve(name + ".sqlite");
        Database db = Database.open(file);
        open.add(db);
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        AppServices s = Bootstrap.wire(db, clock);
        s.sync().setDeviceName(name);
        files.put(s, file);
        clocks.put(s, clock);
        return s;
    }

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    private Path shared() throws Exception {
        return Files.createDirectories(dir.resolve("shared"));
    }

    private Path journal(AppServices s) throws Exception {
        return shared().resolve(SyncService.ROOT).resolve(s.sync().deviceId());
    }

    private List<String> names(Path folder, String glob) throws Exception {
        List<String> out = new ArrayList<>();
        try (var ds = Files.newDirectoryStream(folder, glob)) {
            for (Path p : ds) out.add(p.getFileName().toString());
        }
        out.sort(null);
        return out;
    }

    /** A laptop's history: cards, answers, one undone, a front edited three times, a card deleted. */
    private AppServices laptopWithHistory() throws Exception {
        AppServices laptop = device("Laptop");
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 6; i++) cards.add(laptop.library().addCard(new DeckName(i % 2 == 0 ? "Kube" : "Linux"),
                "Question " + i, "Answer " + i, List.of()));
        laptop.sync().setFolder(shared());
        for (int round = 0; round < 3; round++) {
            for (Card c : cards) {
                clocks.get(laptop).advance(Duration.ofHours(20));
                laptop.study().answer(c.id(), round == 1 ? Rating.HARD : Rating.GOOD, Duration.ofSeconds(3));
            }
        }
        laptop.study().undoLastAnswer().orElseThrow();
        for (int edit = 1; edit <= 3; edit++) {
            clocks.get(laptop).advance(Duration.ofMinutes(1));
            laptop.library().editCard(cards.get(0).id(), "Question 0, edit " + edit, "Answer 0", List.of(), new DeckName("Kube"));
        }
        laptop.browse().delete(List.of(cards.get(5).id()));
        laptop.sync().syncNow();
        return laptop;
    }

    @Test
    void aDeviceThatJoinsAfterCompactionGetsTheWholeCollection() throws Exception {
        AppServices laptop = laptopWithHistory();
        AppServices desktop = device("Desktop");
        desktop.sync().setFolder(shared());
        desktop.sync().syncNow();
        laptop.sync().syncNow(); // reads Desktop's status file: it applied everything

        long lines = laptop.sync().status().journalLines();
        Compaction.Run run = laptop.sync().compactNow();
        assertTrue(run.segmentsDropped() > 0, run.summary());
        assertEquals(lines, run.snapshotThrough());
        assertTrue(run.linesKept() < run.linesIn(), "the undone answer and the superseded edits go: " + run);
        assertEquals(List.of(), names(journal(laptop), "*.jsonl"));
        assertEquals(List.of(JournalSnapshot.name(lines)), names(journal(laptop), "snapshot-*"));
        assertEquals(lines, laptop.sync().compactionStatus().snapshotThrough());
        assertEquals(run.summary(), laptop.sync().compactionStatus().lastRun().orElseThrow().summary());

        AppServices tablet = device("Tablet");
        tablet.sync().setFolder(shared());
        SyncReport r = tablet.sync().syncNow();
        assertTrue(r.waiting().isEmpty(), r.waiting().toString());
        assertEquals(dump(laptop), dump(tablet));
        assertEquals(dump(desktop), dump(tablet));
        assertEquals(0, r.conflicts(), "the edits between the kept ones were one device's, never rivals");
        assertEquals(5, tablet.browse().search("").size());
        assertEquals("Question 0, edit 3", tablet.browse().search("edit").get(0).front());
        var read = tablet.sync().compactionStatus().snapshotsRead();
        assertEquals(1, read.size(), read.toString());
        assertEquals("Laptop", read.get(0).name());
        assertEquals(lines, read.get(0).through());

        // the laptop goes on after its snapshot; the tablet and desktop take the new lines too
        BrowseRow row = laptop.browse().search("").get(1);
        laptop.study().answer(row.id(), Rating.EASY, Duration.ofSeconds(2));
        laptop.sync().syncNow();
        assertEquals(List.of(JournalFiles.segmentName(lines + 1)), names(journal(laptop), "*.jsonl"));
        tablet.sync().syncNow();
        desktop.sync().syncNow();
        assertEquals(dump(laptop), dump(tablet));
        assertEquals(dump(laptop), dump(desktop));
    }

    @Test
    void aThingDeletedLaterIsStillMadeForTheLinesThatNeedItBeforeItsDeletion() throws Exception {
        AppServices laptop = device("Laptop");
        laptop.library().addCard(new DeckName("Kube"), "Stays", "Here", List.of());
        laptop.sync().setFolder(shared());
        var temp = laptop.library().createDeck(null, "Temp");
        Card moved = laptop.library().addCard(new DeckName("Temp"), "Moved out", "Of Temp", List.of());
        laptop.browse().move(List.of(moved.id()), "Kube");
        laptop.library().deleteDeck(temp.id());
        assertTrue(laptop.sync().compactNow().segmentsDropped() > 0);

        // the card's add names the deck Temp: the snapshot keeps Temp's add, so the card can be made
        AppServices tablet = device("Tablet");
        tablet.sync().setFolder(shared());
        SyncReport r = tablet.sync().syncNow();
        assertTrue(r.waiting().isEmpty(), r.waiting().toString());
        assertEquals(dump(laptop), dump(tablet));
        assertEquals("Kube", tablet.browse().search("Moved").get(0).deck());
    }

    @Test
    void aSnapshotAppliedOverLinesAlreadyAppliedChangesNothing() throws Exception {
        AppServices laptop = laptopWithHistory();
        AppServices desktop = device("Desktop");
        desktop.sync().setFolder(shared());
        desktop.sync().syncNow();
        laptop.sync().syncNow();
        assertTrue(laptop.sync().compactNow().segmentsDropped() > 0);
        String before = dump(desktop);

        // the desktop forgets how far it got, so it reads the laptop's snapshot from its first line
        sql(desktop, "UPDATE sync_applied SET seq = 0");
        SyncReport r = desktop.sync().syncNow();
        assertTrue(r.applied() > 0, "the snapshot's lines were gone through again");
        assertTrue(r.waiting().isEmpty(), r.waiting().toString());
        assertEquals(0, r.conflicts());
        assertEquals(before, dump(desktop));
        assertEquals(0, desktop.sync().status().pending(), "applying again recorded no change of its own");
    }

    @Test
    void compactionWaitsForADeviceBehindButNotForOneAwayForMonths() throws Exception {
        AppServices laptop = laptopWithHistory();
        AppServices desktop = device("Desktop");
        AppServices tablet = device("Tablet");
        desktop.sync().setFolder(shared());
        tablet.sync().setFolder(shared());
        desktop.sync().syncNow();
        tablet.sync().syncNow();
        laptop.sync().syncNow();
        assertTrue(laptop.sync().compactNow().segmentsDropped() > 0);

        // the tablet stops syncing; the laptop goes on, the desktop keeps up
        for (BrowseRow row : laptop.browse().search("")) {
            clocks.get(laptop).advance(Duration.ofHours(30));
            laptop.study().answer(row.id(), Rating.GOOD, Duration.ofSeconds(2));
        }
        laptop.sync().syncNow();
        desktop.sync().syncNow();
        laptop.sync().syncNow();
        Compaction.Run held = laptop.sync().compactNow();
        assertEquals(0, held.segmentsDropped());
        assertTrue(held.summary().contains("Tablet"), held.summary());
        assertFalse(held.summary().contains("Desktop"), held.summary());

        // a month and more later the tablet is no longer waited for
        for (AppServices s : List.of(laptop, desktop)) clocks.get(s).advance(Compaction.NOT_WAITED_AFTER.plusDays(1));
        desktop.sync().syncNow();
        laptop.sync().syncNow();
        Compaction.Run run = laptop.sync().compactNow();
        assertTrue(run.segmentsDropped() > 0, run.summary());
        Compaction.Peer tabletPeer = laptop.sync().compactionStatus().peers().stream()
                .filter(p -> p.name().equals("Tablet")).findFirst().orElseThrow();
        assertFalse(tabletPeer.waitedFor());
        assertTrue(laptop.sync().compactionStatus().peers().stream().filter(p -> p.name().equals("Desktop"))
                .allMatch(Compaction.Peer::waitedFor));

        // the tablet comes back: it reads the snapshot for what it missed and ends like the others
        clocks.get(tablet).advance(Compaction.NOT_WAITED_AFTER.plusDays(2));
        SyncReport back = tablet.sync().syncNow();
        assertTrue(back.waiting().isEmpty(), back.waiting().toString());
        assertEquals(dump(laptop), dump(tablet));
        assertEquals("Laptop", tablet.sync().compactionStatus().snapshotsRead().get(0).name());
    }

    @Test
    void aTemporarySnapshotLeftByACrashIsNeverReadAndIsRemoved() throws Exception {
        AppServices laptop = laptopWithHistory();
        long lines = laptop.sync().status().journalLines();
        // a crash while writing a snapshot leaves its temporary file, half written
        Files.writeString(journal(laptop).resolve(JournalSnapshot.tempName(lines)), "half a snapshot");

        AppServices desktop = device("Desktop");
        desktop.sync().setFolder(shared());
        assertTrue(desktop.sync().syncNow().waiting().isEmpty());
        assertEquals(dump(laptop), dump(desktop));

        laptop.sync().syncNow();
        Compaction.Run run = laptop.sync().compactNow();
        assertTrue(run.segmentsDropped() > 0, run.summary());
        assertEquals(List.of(JournalSnapshot.name(lines)), names(journal(laptop), "*snapshot*"));
    }

    @Test
    void segmentsAndSnapshotsLeftByACrashBeforeTheDeletesAreSkippedAndRemoved() throws Exception {
        AppServices laptop = laptopWithHistory();
        Path own = journal(laptop);
        Path keep = Files.createDirectories(dir.resolve("copies"));
        for (String name : names(own, "*.jsonl")) Files.copy(own.resolve(name), keep.resolve(name));
        long first = laptop.sync().status().journalLines();
        assertTrue(laptop.sync().compactNow().segmentsDropped() > 0); // no other device: nothing to wait for
        String firstSnapshot = JournalSnapshot.name(first);
        Files.copy(own.resolve(firstSnapshot), keep.resolve(firstSnapshot));

        Card more = laptop.library().addCard(new DeckName("Kube"), "Later question", "Later answer", List.of());
        laptop.study().answer(more.id(), Rating.GOOD, Duration.ofSeconds(2));
        laptop.sync().writeJournal();
        long second = laptop.sync().status().journalLines();
        assertTrue(laptop.sync().compactNow().segmentsDropped() > 0);
        // as if the run had crashed after its rename: the older snapshot and the first segments are still there
        try (Stream<Path> s = Files.list(keep)) {
            for (Path p : s.toList()) Files.copy(p, own.resolve(p.getFileName()));
        }
        assertEquals(List.of(firstSnapshot, JournalSnapshot.name(second)), names(own, "snapshot-*"));

        AppServices tablet = device("Tablet");
        tablet.sync().setFolder(shared());
        SyncReport r = tablet.sync().syncNow();
        assertTrue(r.waiting().isEmpty(), r.waiting().toString());
        assertEquals(dump(laptop), dump(tablet));
        assertEquals(second, tablet.sync().compactionStatus().snapshotsRead().get(0).through());

        Compaction.Run cleanup = laptop.sync().compactNow();
        assertEquals(0, cleanup.segmentsDropped(), cleanup.summary());
        assertEquals(List.of(JournalSnapshot.name(second)), names(own, "snapshot-*"));
        assertEquals(List.of(), names(own, "*.jsonl"));
        // and the journal goes on numbering after the snapshot
        laptop.study().answer(more.id(), Rating.EASY, Duration.ofSeconds(2));
        laptop.sync().writeJournal();
        assertEquals(List.of(JournalFiles.segmentName(second + 1)), names(own, "*.jsonl"));
        tablet.sync().syncNow();
        assertEquals(dump(laptop), dump(tablet));
    }

    @Test
    void compactingWithoutAFolderSaysHowToChooseOne() throws Exception {
        AppServices laptop = device("Laptop");
        var e = org.junit.jupiter.api.Assertions.assertThrows(io.deckhand.app.error.InvalidInputException.class,
                () -> laptop.sync().compactNow());
        assertTrue(e.getMessage().contains("deckhand sync folder PATH"), e.getMessage());
    }

    private void sql(AppServices s, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + files.get(s));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA busy_timeout = 5000");
            st.executeUpdate(statement);
        }
    }

    /** Decks, notes, cards with their schedules, and the review log, by sync identity. */
    private String dump(AppServices s) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String q : List.of(
                "SELECT d.guid, d.name FROM decks d ORDER BY d.guid",
                "SELECT sync_guid, fields FROM notes ORDER BY sync_guid",
                "SELECT c.guid, d.guid, c.front, c.back, c.suspended, c.state, c.due_ms, c.stability, c.difficulty, "
                        + "c.reps, c.lapses, c.last_review_ms FROM cards c JOIN decks d ON d.id = c.deck_id ORDER BY c.guid",
                "SELECT r.guid, r.rating, r.after_due_ms FROM review_log r ORDER BY r.guid")) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + files.get(s));
                 Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery(q)) {
                int cols = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= cols; i++) out.append(i > 1 ? " | " : "").append(rs.getString(i));
                    out.append('\n');
                }
            }
            out.append("--\n");
        }
        return out.toString();
    }
}
