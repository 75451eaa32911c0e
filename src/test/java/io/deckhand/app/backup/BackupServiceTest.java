package io.deckhand.app.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.CollectionException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CollectionBackups;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.Database;
import io.deckhand.storage.RowChecksum;
import io.deckhand.support.MutableClock;
import io.deckhand.support.TestCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups, restore and "Check collection" on real collection files. */
class BackupServiceTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private Database db;
    private AppServices services;
    private BackupService backups;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve(Bootstrap.COLLECTION_FILE));
        services = Bootstrap.wire(db, clock);
        backups = services.backups();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Card> addCards(String deck, int n) throws Exception {
        List<Card> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(services.library().addCard(new DeckName(deck), deck + " Q" + i, "A" + i, List.of("t")));
            clock.advance(Duration.ofSeconds(1));
        }
        return out;
    }

    private void answer(List<Card> cards, Rating rating) throws Exception {
        for (Card c : cards) {
            services.study().answer(c.id(), rating, Duration.ofSeconds(3));
            clock.advance(Duration.ofSeconds(5));
        }
    }

    @Test
    void restoreBringsBackExactlyTheBackedUpRowsAfterBackingUpTheStateItReplaces() throws Exception {
        List<Card> first = addCards("K8s", 5);
        answer(first.subList(0, 3), Rating.GOOD);
        String backedUp = RowChecksum.of(db);
        Path backup = backups.backupNow();
        assertEquals(dir.resolve("backups").resolve("deckhand-2026-03-02-10.00.20.sqlite"), backup);
        assertFalse(Files.exists(backup.resolveSibling(backup.getFileName() + ".tmp")));

        clock.advance(Duration.ofMinutes(5));
        List<Card> more = addCards("K8s::Pods", 4);
        answer(more, Rating.AGAIN);
        answer(first.subList(3, 5), Rating.EASY);
        String replaced = RowChecksum.of(db);
        assertNotEquals(backedUp, replaced);

        clock.advance(Duration.ofMinutes(5));
        Path before = backups.restore(backup);
        assertEquals(backedUp, RowChecksum.of(db), "the collection is the backup, row for row");
        assertEquals(5, services.library().cardCount());
        assertFalse(services.study().canUndo(), "answers of the replaced state cannot be undone into the restored one");

        CollectionBackups.Contents kept = backups.list().stream()
                .filter(s -> s.backup().file().equals(before)).findFirst().orElseThrow().contents().orElseThrow();
        assertEquals(new CollectionBackups.Contents(9, 9, 9, kept.schemaVersion()), kept);

        // The state that was replaced comes back too, and the services keep working on it.
        backups.restore(before);
        assertEquals(replaced, RowChecksum.of(db));
        services.study().answer(more.get(0).id(), Rating.GOOD, Duration.ofSeconds(1));
        assertEquals(10, count("review_log"));
    }

    private long count(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Bootstrap.COLLECTION_FILE));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void listShowsEachBackupsDateAndCountsNewestFirst() throws Exception {
        answer(addCards("A", 2), Rating.GOOD);
        Path older = backups.backupNow();
        clock.advance(Duration.ofHours(1));
        addCards("B", 3);
        Path newer = backups.backupNow();
        List<BackupSummary> list = backups.list();
        assertEquals(List.of(newer, older), list.stream().map(s -> s.backup().file()).toList());
        assertEquals(new CollectionBackups.Contents(5, 5, 2, list.get(0).contents().orElseThrow().schemaVersion()),
                list.get(0).contents().orElseThrow());
        assertEquals(java.time.LocalDateTime.parse("2026-03-02T11:00:15"), list.get(0).backup().takenAt());
        assertEquals(2, list.get(1).contents().orElseThrow().cards());
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        addCards("K8s", 2);
        String state = RowChecksum.of(db);
        Path text = Files.writeString(dir.resolve("notes.sqlite"), "just text");
        Path foreign = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cards(id INTEGER PRIMARY KEY)");
        }
        for (Path bad : List.of(text, foreign, dir.resolve("missing.sqlite"))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> backups.restore(bad));
            assertTrue(e.getMessage().contains(bad.getFileName().toString()), e.getMessage());
        }
        assertEquals(state, RowChecksum.of(db));
        assertEquals(List.of(), backups.backups(), "no backup is made for a restore that is refused");
    }

    @Test
    void automaticBackupsOnlyWhenChangedAndAtMostEveryThirtyMinutes() throws Exception {
        assertTrue(backups.backupIfDue().isEmpty(), "nothing changed since the collection was opened");
        assertTrue(backups.backupIfChanged().isEmpty());
        addCards("K8s", 1);
        assertTrue(backups.backupIfDue().isPresent(), "changed, and no backup yet");
        addCards("K8s", 1);
        clock.advance(Duration.ofMinutes(20));
        assertTrue(backups.backupIfDue().isEmpty(), "changed, but the last backup is 20 minutes old");
        clock.advance(Duration.ofMinutes(10));
        assertTrue(backups.backupIfDue().isPresent());
        assertTrue(backups.backupIfDue().isEmpty(), "nothing changed since");
        addCards("K8s", 1);
        assertTrue(backups.backupIfChanged().isPresent(), "on close the interval does not apply");
        assertEquals(3, backups.backups().size());
    }

    @Test
    void aBackupFromTheFutureDoesNotHoldAutomaticBackupsOff() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Files.writeString(folder.resolve("deckhand-2026-03-05-10.00.00.sqlite"), "x");
        addCards("K8s", 1);
        assertTrue(backups.backupIfDue().isPresent(), "the clock was set back; the newest name is days ahead");
    }

    @Test
    void changesMadeByAnotherProcessCountAsChanges() throws Exception {
        addCards("K8s", 1);
        backups.backupNow();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Bootstrap.COLLECTION_FILE));
             Statement s = c.createStatement()) {
            s.execute("UPDATE cards SET tags = ' other '");
        }
        assertTrue(backups.changed());
    }

    @Test
    void oldBackupsArePrunedAsAnkiPrunesThem() throws Exception {
        Path folder = dir.resolve("backups");
        Files.createDirectories(folder);
        // one (fake) backup at noon on each of the 400 days before today
        for (int d = 1; d <= 400; d++) {
            String day = java.time.LocalDate.of(2026, 3, 2).minusDays(d).toString();
            Files.writeString(folder.resolve("deckhand-" + day + "-12.00.00.sqlite"), "x");
        }
        Files.writeString(folder.resolve("unrelated.txt"), "kept");
        backups.backupNow();
        List<Backup> left = backups.backups();
        assertEquals(1 + 1 + 12 + 10 + 9, left.size(), "today, yesterday, 12 daily, 10 weekly, 9 monthly");
        assertTrue(Files.exists(folder.resolve("deckhand-2026-03-01-12.00.00.sqlite")));
        assertTrue(Files.exists(folder.resolve("deckhand-2026-02-17-12.00.00.sqlite")), "the 12th day before yesterday");
        assertFalse(Files.exists(folder.resolve("deckhand-2026-02-16-12.00.00.sqlite")), "same week as the last daily one");
        assertTrue(Files.exists(folder.resolve("deckhand-2026-02-15-12.00.00.sqlite")), "the first weekly one");
        assertFalse(Files.exists(folder.resolve("deckhand-2025-01-31-12.00.00.sqlite")));
        assertTrue(Files.exists(folder.resolve("unrelated.txt")));
    }

    @Test
    void checkOnAHealthyCollectionFindsNothingAndChangesNothing() throws Exception {
        answer(addCards("K8s", 3), Rating.GOOD);
        String state = RowChecksum.of(db);
        CheckResult r = backups.check();
        assertTrue(r.healthy(), r.describe());
        assertEquals(state, RowChecksum.of(db));
        assertTrue(r.backupBefore().isEmpty());
        assertEquals(List.of(), backups.backups());
    }

    @Test
    void checkRepairsOrphanRowsAfterBackingUp() throws Exception {
        List<Card> cards = addCards("K8s", 3);
        answer(cards, Rating.GOOD);
        long noteOfFirst = cards.get(0).noteId().value();
        long cardOfLast = cards.get(2).id().value();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Bootstrap.COLLECTION_FILE));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=OFF");
            s.execute("DELETE FROM notes WHERE id = " + noteOfFirst);
            s.execute("UPDATE cards SET deck_id = 999 WHERE id = " + cards.get(1).id().value());
            s.execute("INSERT INTO decks(name, preset_id, created_ms) VALUES ('Lost preset', 777, 0)");
            s.execute("DELETE FROM cards WHERE id = " + cardOfLast);
        }
        CheckResult r = backups.check();
        assertEquals(4, r.found().size(), r.describe());
        assertEquals(4, r.repaired().size(), r.describe());
        assertEquals(List.of(), r.unresolved(), r.describe());
        assertTrue(r.describe().contains("whose note is missing"), r.describe());
        assertTrue(r.backupBefore().isPresent());
        CollectionBackups.Contents before = backups.list().get(0).contents().orElseThrow();
        assertEquals(2, before.cards(), "the backup holds the collection as it was before the repair");
        assertEquals(3, before.reviews());

        assertTrue(backups.check().healthy(), "nothing left to find");
        assertEquals(2, count("review_log"), "the answer of the card that is gone was removed");
        assertEquals("K8s Q0\u001fA0", fieldsOfNote(noteOfFirst), "the note was made again from its card");
        Card moved = services.library().card(cards.get(1).id());
        assertEquals("Recovered", services.library().decks().stream().filter(d -> d.id().equals(moved.deckId()))
                .findFirst().orElseThrow().name().value());
        services.study().answer(moved.id(), Rating.GOOD, Duration.ofSeconds(1));
    }

    private String fieldsOfNote(long id) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Bootstrap.COLLECTION_FILE));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT fields FROM notes WHERE id = " + id)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    @Test
    void checkRebuildsADamagedIndex() throws Exception {
        addCards("K8s", 4);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Bootstrap.COLLECTION_FILE));
             Statement s = c.createStatement()) {
            // An index that disagrees with its table: the table changed under the index's back.
            s.execute("PRAGMA writable_schema=ON");
            s.execute("UPDATE sqlite_master SET sql = 'CREATE INDEX cards_by_note ON cards(front)' WHERE name = 'cards_by_note'");
        }
        db.close();
        db = Database.open(dir.resolve(Bootstrap.COLLECTION_FILE));
        services = Bootstrap.wire(db, clock);
        backups = services.backups();
        CheckResult r = backups.check();
        assertFalse(r.healthy());
        assertTrue(r.found().get(0).startsWith("SQLite's integrity check"), r.describe());
        assertTrue(r.repaired().get(0).startsWith("Rebuilt the indexes"), r.describe());
        assertEquals(List.of(), r.unresolved(), r.describe());
        assertTrue(backups.check().healthy());
    }

    @Test
    void aDamagedCollectionIsStillKeptBeforeABackupIsRestoredOverIt() throws Exception {
        for (int i = 0; i < 40; i++) services.library().addCard(new DeckName("K8s"), "Q" + i + " " + "x".repeat(400), "A", List.of());
        Path good = backups.backupNow();
        clock.advance(Duration.ofMinutes(1));
        db.close();
        Path file = dir.resolve(Bootstrap.COLLECTION_FILE);
        long root;
        long pageSize;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'cards'")) {
                rs.next();
                root = rs.getLong(1);
            }
            try (ResultSet rs = s.executeQuery("PRAGMA page_size")) {
                rs.next();
                pageSize = rs.getLong(1);
            }
        }
        // The cards table's root page becomes noise: reading cards fails, VACUUM INTO fails.
        byte[] noise = new byte[(int) pageSize];
        java.util.Arrays.fill(noise, (byte) 0xA5);
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(noise), (root - 1) * pageSize);
        }
        db = Database.open(file);
        services = Bootstrap.wire(db, clock);
        backups = services.backups();
        assertThrows(IllegalStateException.class, () -> RowChecksum.of(db), "reading every card fails");
        assertFalse(backups.check().unresolved().isEmpty(), "the damage is reported, not repaired");

        Path before = backups.restore(good);
        assertEquals(40, services.library().cardCount());
        assertTrue(backups.check().healthy());
        assertTrue(Files.size(before) >= 2 * pageSize, "the damaged collection was kept page for page");
    }

    @Test
    void anInMemoryCollectionHasNoBackups() throws Exception {
        try (TestCollection mem = new TestCollection()) {
            BackupService b = mem.services.backups();
            assertTrue(b.folder().isEmpty());
            assertThrows(CollectionException.class, b::backupNow);
            assertTrue(b.backupIfChanged().isEmpty());
            assertEquals(List.of(), b.backups());
            assertTrue(b.check().healthy());
        }
    }

    @Test
    void backupsAreSelfContainedFiles() throws Exception {
        addCards("K8s", 2);
        backups.backupNow();
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            assertEquals(1, files.count(), "no -wal, -shm or temporary file beside the backup");
        }
    }
}
