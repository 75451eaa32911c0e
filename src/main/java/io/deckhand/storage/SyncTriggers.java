package io.deckhand.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Sync's recording triggers (docs/sync.md) exist only while a sync folder is set: without a folder
 * they would cost every write (an import about +30 % CPU) and record nothing. Callers hold a transaction.
 */
final class SyncTriggers {
    /** One of the recording triggers: present means all are (they come and go in one script). */
    private static final String PROBE = "sync_card_added";

    private SyncTriggers() {
    }

    static boolean present(Database db) throws SQLException {
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = '"
                     + PROBE + "'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    static void create(Database db) throws SQLException {
        db.executeScript(Migrations.load("sync-recording-on.sql"));
    }

    static void drop(Database db) throws SQLException {
        db.executeScript(Migrations.load("sync-recording-off.sql"));
    }

    /** After the migration that dropped them: a collection that was recording keeps recording. */
    static void restoreIfRecording(Database db) throws SQLException {
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT recording FROM sync_state")) {
            if (rs.next() && rs.getInt(1) == 1) create(db);
        }
    }
}
