package io.deckhand.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.CollectionException;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteSettingsRepository;
import io.deckhand.storage.SqliteSyncStore;
import io.deckhand.support.MutableClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app and a {@code sync now} on one collection: one journal writer at a time. Two services on one
 * collection file in this process, and a second process holding the lock.
 */
class SyncLockTest {
    @TempDir
    Path dir;

    private final List<Database> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(Database::close);
    }

    private AppServices open(Path file) throws Exception {
        Database db = Database.open(file);
        open.add(db);
        return Bootstrap.wire(db, new MutableClock(Instant.parse("2026-03-02T10:00:00Z")));
    }

    @Test
    void twoServicesOnOneCollectionSyncingAtOnceWriteOneJournalWithoutGapsOrRepeats() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path file = Files.createDirectories(dir.resolve("laptop")).resolve("collection.sqlite");
        AppServices app = open(file);
        app.library().addCard(new DeckName("Kube"), "Q", "A", List.of());
        app.sync().setFolder(shared);
        AppServices command = open(file); // a "sync now" on the same data folder
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (AppServices s : List.of(app, command)) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 15; i++) {
                        var card = s.library().addCard(new DeckName("Kube"), "Q" + i + " " + s.hashCode(), "A", List.of());
                        s.study().answer(card.id(), Rating.GOOD, Duration.ofSeconds(2));
                        s.sync().syncNow();
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) t.join();
        assertTrue(failures.isEmpty(), failures.toString());

        JournalFiles journal = new JournalFiles(shared.resolve(SyncService.ROOT).resolve(app.sync().deviceId()));
        JournalFiles.Read read = journal.read(1);
        assertTrue(read.stop().isEmpty(), "the journal reads to its end: " + read.stop());
        for (int i = 0; i < read.lines().size(); i++) assertEquals(i + 1, read.lines().get(i).seq(), "line " + (i + 1));
        assertEquals(journal.lastWritten(), read.lines().size());
        assertEquals(0, app.sync().status().pending());

        // another device gets every card and answer of both
        AppServices desktop = open(dir.resolve("desktop.sqlite"));
        desktop.sync().setFolder(shared);
        SyncReport r = desktop.sync().syncNow();
        assertTrue(r.waiting().isEmpty(), r.waiting().toString());
        assertEquals(31, desktop.browse().search("").size());
        assertEquals(30, desktop.browse().search("").stream().mapToInt(row -> row.reviews()).sum());
    }

    @Test
    void aSyncWhileAnotherProcessSyncsTheCollectionWaitsForItOrSaysSoAndChangesNothing() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path file = dir.resolve("collection.sqlite");
        AppServices app = open(file);
        app.library().addCard(new DeckName("Kube"), "Q", "A", List.of());
        app.sync().setFolder(shared);
        app.library().addCard(new DeckName("Kube"), "Q2", "A2", List.of());
        Database db = open.get(0);
        SyncService shortWait = new SyncService(db, new SqliteSyncStore(db), new SqliteSettingsRepository(db),
                new MutableClock(Instant.parse("2026-03-02T10:00:00Z")), Optional.of(file), Duration.ofMillis(500));
        JournalFiles journal = new JournalFiles(shared.resolve(SyncService.ROOT).resolve(app.sync().deviceId()));
        long before = journal.lastWritten();

        Process other = holder(file);
        try {
            CollectionException busy = assertThrows(CollectionException.class, shortWait::syncNow);
            assertTrue(busy.getMessage().contains("is syncing this collection"), busy.getMessage());
            assertEquals(before, journal.lastWritten(), "nothing written meanwhile");
            long pending = shortWait.status().pending();
            assertTrue(pending > 0, "the change waits for the next sync");

            // a sync that may wait longer goes on once the other has finished
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(700);
                    other.getOutputStream().close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            long started = System.nanoTime();
            SyncReport r = app.sync().syncNow();
            release.join();
            assertTrue(System.nanoTime() - started >= Duration.ofMillis(600).toNanos(), "it waited");
            assertEquals(pending, r.written());
            assertEquals(before + pending, journal.lastWritten());
        } finally {
            other.destroy();
            other.waitFor();
        }
    }

    /** A second JVM holding the collection's sync lock until its input is closed. */
    private static Process holder(Path collection) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SyncLockHolder.class.getName(),
                collection.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("holding", out.readLine(), "the other process took the lock");
        return p;
    }
}
