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
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 8: sync's recording triggers exist only while a collection records (a sync folder is set).
 * Real files at schema 7, made with the scripts of schema 1 to 7 as an older Deckhand left them.
 */
class MigrationV8Test {
    @TempDir
    Path dir;

    @Test
    void aCollectionWithoutASyncFolderLosesTheTriggersAndRecordsNothing() throws Exception {
        Path file = schema7(dir.resolve("plain.sqlite"), false);
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, version(db));
            assertEquals(List.of("sync_deck_named", "sync_preset_named"), syncTriggers(db));
            addDeckAndNote(db, "Later");
            assertEquals(0, count(db, "SELECT count(*) FROM sync_outbox"));
            // decks still take their identity from their name when made; notes wait for recording to start
            assertEquals("later", db.read(() -> Rows.list(db, "x", "SELECT guid FROM decks WHERE name = 'Later'",
                    rs -> rs.getString(1))).get(0));
            assertEquals(1, count(db, "SELECT count(*) FROM notes WHERE sync_guid IS NULL"));
        }
    }

    @Test
    void aCollectionWithASyncFolderKeepsRecordingEveryChange() throws Exception {
        Path file = schema7(dir.resolve("syncing.sqlite"), true);
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, version(db));
            List<String> triggers = syncTriggers(db);
            assertEquals(15, triggers.size(), triggers.toString());
            assertFalse(triggers.contains("sync_deck_named"), triggers.toString());
            assertTrue(db.read(() -> new SqliteSyncStore(db).recording()));
            addDeckAndNote(db, "Later");
            assertEquals(List.of("deck:add:later", "note:add:n-later"), db.read(() -> Rows.list(db, "x",
                    "SELECT kind || ':' || action || ':' || entity FROM sync_outbox ORDER BY seq", rs -> rs.getString(1))));
        }
        // opened again: nothing doubled, still recording
        try (Database db = Database.open(file)) {
            assertEquals(15, syncTriggers(db).size());
        }
    }

    /** A collection file at schema 7, with a preset and a deck; {@code syncing}: a folder set and recording. */
    private static Path schema7(Path file, boolean syncing) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String name : List.of("V1__collection.sql", "V2__exams.sql", "V3__stats_indexes.sql", "V4__card_marks.sql",
                    "V5__anki_origins.sql", "V6__sync.sql", "V7__sync_conflict_closed.sql")) {
                for (String part : script(name).split(";\\s*(\\r?\\n|$)")) {
                    if (!part.lines().allMatch(l -> l.strip().startsWith("--") || l.isBlank())) s.execute(part);
                }
            }
            s.execute("PRAGMA application_id=" + Database.APPLICATION_ID);
            s.execute("PRAGMA user_version=7");
            s.execute("INSERT INTO presets(name, scheduler, desired_retention, learning_steps, relearning_steps, max_interval, "
                    + "new_per_day, reviews_per_day, fuzz, fsrs_weights) VALUES ('Default', 'fsrs6', 0.9, '60', '600', 365, 20, 200, 1, '')");
            s.execute("INSERT INTO decks(name, preset_id, created_ms) VALUES ('Kube', 1, 0)");
            if (syncing) {
                s.execute("INSERT INTO settings(key, value) VALUES ('sync.folder', '/tmp/shared')");
                s.execute("UPDATE sync_state SET recording = 1");
            }
        }
        return file;
    }

    private static String script(String name) throws Exception {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void addDeckAndNote(Database db, String deck) throws Exception {
        db.inTransaction(() -> {
            try (Statement s = db.connection().createStatement()) {
                s.execute("INSERT INTO decks(name, preset_id, created_ms) VALUES ('" + deck + "', 1, 0)");
                s.execute("INSERT INTO notes(guid, note_type, fields, modified_ms) VALUES ('n-"
                        + deck.toLowerCase() + "', 'basic', 'a', 0)");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    private static List<String> syncTriggers(Database db) throws Exception {
        return db.read(() -> Rows.list(db, "x", "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync%' "
                + "ORDER BY name", rs -> rs.getString(1)));
    }

    private static long count(Database db, String sql) throws Exception {
        return db.read(() -> Rows.number(db, "x", sql));
    }

    private static int version(Database db) throws Exception {
        return (int) count(db, "PRAGMA user_version");
    }
}
