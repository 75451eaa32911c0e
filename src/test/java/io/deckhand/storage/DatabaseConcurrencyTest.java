package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Two processes on one collection, played by two connections on two threads. */
class DatabaseConcurrencyTest {
    @TempDir
    Path dir;

    /** Runs one statement on the database's connection; a query's first column of its first row. */
    private static int sql(Database db, String sql) {
        try (Statement s = db.connection().createStatement()) {
            if (!s.execute(sql)) return 0;
            try (ResultSet rs = s.getResultSet()) {
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static int userVersion(Database db) throws Exception {
        return db.read(() -> sql(db, "PRAGMA user_version"));
    }

    @Test
    @Timeout(120)
    void twoStartsOnANewDataFolderBothOpenIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int run = 0; run < 50; run++) {
                Path file = dir.resolve("run" + run + ".sqlite");
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Database>> opened = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    opened.add(pool.submit(() -> {
                        go.await();
                        return Database.open(file);
                    }));
                }
                go.countDown();
                for (Future<Database> f : opened) {
                    try (Database db = f.get(60, TimeUnit.SECONDS)) {
                        assertEquals(Migrations.LATEST, userVersion(db), "run " + run);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(60)
    void aWriterThatReadsFirstWaitsForTheOtherWriterInsteadOfFailing() throws Exception {
        Path file = dir.resolve("c.sqlite");
        Database.open(file).close();
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try (Database a = Database.open(file); Database b = Database.open(file)) {
            CountDownLatch holding = new CountDownLatch(1);
            Future<?> first = pool.submit(() -> a.inTransaction(() -> {
                sql(a, "INSERT INTO settings(key, value) VALUES ('a', '1')");
                holding.countDown();
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            holding.await();
            // reads, then writes: a deferred transaction would fail with "database is locked" at once
            b.inTransaction(() -> {
                sql(b, "SELECT count(*) FROM settings");
                return sql(b, "INSERT INTO settings(key, value) VALUES ('b', '2')");
            });
            first.get(10, TimeUnit.SECONDS);
            assertEquals(2, (int) b.read(() -> sql(b, "SELECT count(*) FROM settings")));
        } finally {
            pool.shutdownNow();
        }
    }
}
