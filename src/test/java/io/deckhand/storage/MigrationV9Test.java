package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 9: sync's recording triggers stamp with the clock the services are given, not SQLite's wall
 * clock. A real file at schema 8 that records, with the triggers schema 8 made.
 */
class MigrationV9Test {
    private static final String WALL_CLOCK = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

    @TempDir
    Path dir;

    @Test
    void aRecordingCollectionGetsTriggersThatStampWithTheGivenClock() throws Exception {
        Path file = recordingAtSchema8(dir.resolve("syncing.sqlite"));
        Instant then = Instant.parse("2031-05-06T07:08:09Z");
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, (int) count(db, "PRAGMA user_version"));
            List<String> sql = db.read(() -> Rows.list(db, "x", "SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                    + "AND name LIKE 'sync%' ORDER BY name", rs -> rs.getString(1)));
            assertEquals(15, sql.size());
            assertTrue(sql.stream().noneMatch(s -> s.contains("julianday")), "no trigger reads SQLite's clock");
            db.useClock(Clock.fixed(then, ZoneOffset.UTC));
            db.inTransaction(() -> {
                try (Statement s = db.connection().createStatement()) {
                    s.execute("INSERT INTO decks(name, preset_id, created_ms) VALUES ('Later', 1, 0)");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            assertEquals(then.toEpochMilli(), count(db, "SELECT ts_ms FROM sync_outbox WHERE entity = 'later'"));
        }
    }

    @Test
    void aCollectionWithoutASyncFolderStaysWithoutRecordingTriggers() throws Exception {
        Path file = dir.resolve("plain.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            schema8(s);
        }
        try (Database db = Database.open(file)) {
            assertEquals(List.of("sync_deck_named", "sync_preset_named"), db.read(() -> Rows.list(db, "x",
                    "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%' ORDER BY name",
                    rs -> rs.getString(1))));
            assertFalse(db.read(() -> new SqliteSyncStore(db).recording()));
        }
    }

    /** Schema 8 as that Deckhand left it, recording, with its triggers (stamped by SQLite's clock). */
    private static Path recordingAtSchema8(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            schema8(s);
            s.execute("INSERT INTO settings(key, value) VALUES ('sync.folder', '/tmp/shared')");
            s.execute("UPDATE sync_state SET recording = 1");
            run(s, script("sync-recording-on.sql").replace("deckhand_clock_ms()", WALL_CLOCK));
        }
        return file;
    }

    private static void schema8(Statement s) throws Exception {
        for (String name : List.of("V1__collection.sql", "V2__exams.sql", "V3__stats_indexes.sql", "V4__card_marks.sql",
                "V5__anki_origins.sql", "V6__sync.sql", "V7__sync_conflict_closed.sql",
                "V8__sync_triggers_only_while_syncing.sql")) {
            run(s, script("migrations/" + name));
        }
        s.execute("PRAGMA application_id=" + Database.APPLICATION_ID);
        s.execute("PRAGMA user_version=8");
        s.execute("INSERT INTO presets(name, scheduler, desired_retention, learning_steps, relearning_steps, max_interval, "
                + "new_per_day, reviews_per_day, fuzz, fsrs_weights) VALUES ('Default', 'fsrs6', 0.9, '60', '600', 365, 20, 200, 1, '')");
    }

    private static void run(Statement s, String script) throws Exception {
        // as Database.executeScript: a trigger's inner semicolons are not at a line's end
        for (String part : script.split(";\\s*(\\r?\\n|$)")) {
            if (!part.lines().allMatch(l -> l.strip().startsWith("--") || l.isBlank())) s.execute(part);
        }
    }

    private static String script(String name) throws Exception {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long count(Database db, String sql) throws Exception {
        return db.read(() -> Rows.number(db, "x", sql));
    }
}
