package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.CollectionException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsCollectionWithSchemaAndPragmas() throws Exception {
        Path file = dir.resolve("c.sqlite");
        try (Database db = Database.open(file)) {
            assertEquals("wal", db.inTransaction(() -> pragma(db, "journal_mode")));
            assertEquals("1", db.inTransaction(() -> pragma(db, "foreign_keys")));
            assertEquals("2", db.inTransaction(() -> pragma(db, "synchronous")));
            // statement journals in memory: a spilled one cost an .apkg import 820,000 write calls
            assertEquals("2", db.inTransaction(() -> pragma(db, "temp_store")));
            assertEquals(String.valueOf(Migrations.LATEST), db.inTransaction(() -> pragma(db, "user_version")));
        }
        try (Database again = Database.open(file)) {
            assertEquals(String.valueOf(Database.APPLICATION_ID), again.inTransaction(() -> pragma(again, "application_id")));
        }
    }

    @Test
    void refusesFileThatIsNotSqliteAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("notes.sqlite");
        byte[] content = "just some text, not a database at all".getBytes();
        Files.write(file, content);
        CollectionException e = assertThrows(CollectionException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("not a Deckhand collection"), e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file));
    }

    @Test
    void refusesForeignSqliteDatabaseAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("other.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE col (id INTEGER)");
        }
        byte[] before = Files.readAllBytes(file);
        CollectionException e = assertThrows(CollectionException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("not a Deckhand collection"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusesNewerSchemaAndLeavesItAlone() throws Exception {
        Path file = dir.resolve("newer.sqlite");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version=" + (Migrations.LATEST + 5));
        }
        byte[] before = Files.readAllBytes(file);
        CollectionException e = assertThrows(CollectionException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("newer version of Deckhand"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void failedTransactionRollsBack() throws Exception {
        try (Database db = Database.openInMemory()) {
            var settings = new SqliteSettingsRepository(db);
            assertThrows(IllegalStateException.class, () -> db.inTransaction(() -> {
                settings.put("k", "v");
                throw new IllegalStateException("boom");
            }));
            assertTrue(db.inTransaction(() -> settings.get("k")).isEmpty());
        }
    }

    private static String pragma(Database db, String name) {
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
