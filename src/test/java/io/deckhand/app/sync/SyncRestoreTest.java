package io.deckhand.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup restored on one device (docs/sync.md, "A restored backup"): the changes the others made
 * since arrive again, its own changes made since (already in its journal, and applied by the others)
 * are applied again from its journal instead of being lost here or coming back undone, and its
 * journal goes on after its last line.
 */
class SyncRestoreTest {
    @TempDir
    Path dir;

    private final List<Database> open = new ArrayList<>();
    private final MutableClock clockA = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final MutableClock clockB = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    private AppServices device(String name, MutableClock clock) throws Exception {
        Database db = Database.open(Files.createDirectories(dir.resolve(name)).resolve("collection.sqlite"));
        open.add(db);
        AppServices s = Bootstrap.wire(db, clock, null);
        s.sync().setDeviceName(name);
        return s;
    }

    @Test
    void aRestoredDeviceGetsTheOthersAndItsOwnLaterChangesBackAndItsJournalGoesOn() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        AppServices a = device("A", clockA);
        AppServices b = device("B", clockB);
        Card kept = a.library().addCard(new DeckName("Kube"), "Edited on B later", "Back", List.of());
        Card deleted = a.library().addCard(new DeckName("Kube"), "Deleted on A later", "Back", List.of());
        Card answered = a.library().addCard(new DeckName("Kube"), "Answered on A later", "Back", List.of());
        a.sync().setFolder(shared);
        b.sync().setFolder(shared);
        b.sync().syncNow();
        a.sync().syncNow();
        Path backup = a.backups().backupNow();

        // after the backup: B edits and answers, A answers, edits, deletes; both sync
        step();
        var onB = b.browse().search("").stream().filter(r -> r.front().equals("Edited on B later")).findFirst().orElseThrow();
        b.library().editCard(onB.id(), "Edited on B", "Back", List.of(), new DeckName("Kube"));
        b.study().answer(onB.id(), Rating.GOOD, Duration.ofSeconds(3));
        b.sync().syncNow();
        a.sync().syncNow();
        step();
        a.study().answer(answered.id(), Rating.EASY, Duration.ofSeconds(3));
        a.library().editCard(answered.id(), "Answered on A", "Back from A", List.of(), new DeckName("Kube"));
        a.browse().delete(List.of(deleted.id()));
        a.sync().syncNow();
        b.sync().syncNow();
        long journalEnd = journal(a).lastWritten();

        a.backups().restore(backup);
        assertEquals(3, count(a, "SELECT count(*) FROM cards"), "the backup holds the deleted card again");
        assertEquals(0, count(a, "SELECT count(*) FROM review_log"));

        SyncReport r = a.sync().syncNow();
        assertTrue(r.reapplied() > 0, "A's own changes since the backup came back from its journal: " + r);
        assertTrue(r.waiting().isEmpty(), r.waiting().toString());
        assertEquals(dump(b), dump(a), "A holds what B holds: B's later changes and A's own");
        assertEquals(2, count(a, "SELECT count(*) FROM cards"), "the card A deleted stays deleted");
        assertEquals(2, count(a, "SELECT count(*) FROM review_log"));
        assertEquals("Edited on B", a.library().card(kept.id()).front());
        assertEquals("Answered on A", a.library().card(answered.id()).front());
        assertTrue(a.sync().conflicts().isEmpty() && b.sync().conflicts().isEmpty(), "nothing was a rival edit");
        assertEquals(0, a.sync().syncNow().reapplied(), "applied once");

        // A's journal goes on after its last line, and B takes the new change
        step();
        a.library().editCard(answered.id(), "After the restore", "Back from A", List.of(), new DeckName("Kube"));
        a.sync().syncNow();
        JournalFiles.Read read = journal(a).read(1);
        assertTrue(read.stop().isEmpty(), "A's journal reads to its end: " + read.stop());
        for (int i = 0; i < read.lines().size(); i++) assertEquals(i + 1, read.lines().get(i).seq());
        assertTrue(journal(a).lastWritten() > journalEnd);
        b.sync().syncNow();
        assertEquals(dump(a), dump(b));
        assertTrue(dump(b).contains("After the restore"));
    }

    @Test
    void aBackupFromBeforeSyncingRestoredThenTheFolderChosenAgainGetsItsOwnChangesBack() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        AppServices a = device("A", clockA);
        AppServices b = device("B", clockB);
        Card card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
        Card deleted = a.library().addCard(new DeckName("Kube"), "Deleted", "Back", List.of());
        Path backup = a.backups().backupNow(); // no sync folder yet
        a.sync().setFolder(shared);
        b.sync().setFolder(shared);
        b.sync().syncNow();
        step();
        a.study().answer(card.id(), Rating.GOOD, Duration.ofSeconds(3));
        a.browse().delete(List.of(deleted.id()));
        a.sync().syncNow();
        b.sync().syncNow();

        a.backups().restore(backup);
        assertTrue(a.sync().folder().isEmpty(), "the backup knows no sync folder");
        a.sync().setFolder(shared);
        SyncReport r = a.sync().syncNow();
        assertTrue(r.reapplied() > 0, r.toString());
        assertEquals(dump(b), dump(a));
        assertEquals(1, count(a, "SELECT count(*) FROM cards"));
    }

    private void step() {
        clockA.advance(Duration.ofMinutes(10));
        clockB.advance(Duration.ofMinutes(10));
    }

    private JournalFiles journal(AppServices device) throws Exception {
        return new JournalFiles(dir.resolve("shared").resolve(SyncService.ROOT).resolve(device.sync().deviceId()));
    }

    private long count(AppServices device, String sql) throws Exception {
        return Long.parseLong(query(device, sql).get(0));
    }

    /** What must agree, by sync identity: decks, notes, cards with their schedules, the review log. */
    private String dump(AppServices device) throws Exception {
        StringBuilder out = new StringBuilder();
        for (String sql : List.of("SELECT guid, name FROM decks ORDER BY guid",
                "SELECT sync_guid, fields FROM notes ORDER BY sync_guid",
                "SELECT c.guid, c.front, c.back, d.guid, c.state, c.due_ms, c.stability, c.reps FROM cards c "
                        + "JOIN decks d ON d.id = c.deck_id ORDER BY c.guid",
                "SELECT guid, reviewed_ms, rating FROM review_log ORDER BY guid")) {
            out.append(String.join("\n", query(device, sql))).append("\n--\n");
        }
        return out.toString();
    }

    private List<String> query(AppServices device, String sql) throws Exception {
        int index = device.sync().deviceName().equals("A") ? 0 : 1;
        Path file = open.get(index).collectionFile().orElseThrow();
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= cols; i++) row.append(i > 1 ? " | " : "").append(rs.getString(i));
                out.add(row.toString());
            }
        }
        return out;
    }
}
