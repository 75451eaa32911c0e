package io.deckhand.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Ordered schema scripts; {@code PRAGMA user_version} records how many have run. */
final class Migrations {
    private static final List<String> SCRIPTS = List.of("V1__collection.sql", "V2__exams.sql", "V3__stats_indexes.sql",
            "V4__card_marks.sql", "V5__anki_origins.sql", "V6__sync.sql", "V7__sync_conflict_closed.sql",
            "V8__sync_triggers_only_while_syncing.sql", "V9__sync_stamps_from_the_app_clock.sql");
    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    /**
     * Brings the schema to {@link #LATEST}. Two processes may start on a new data folder at once:
     * the check and the scripts run in one {@code BEGIN IMMEDIATE} transaction, and the version is
     * read again inside it, so the second one waits and then finds nothing left to do.
     */
    static void apply(Database db, int current) throws SQLException {
        if (current >= LATEST) return;
        var c = db.connection();
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                int version;
                try (var rs = s.executeQuery("PRAGMA user_version")) {
                    version = rs.next() ? rs.getInt(1) : 0;
                }
                if (version < 0) throw new SQLException("the schema version reads " + version + ", which no Deckhand writes (a damaged file)");
                for (int v = version; v < LATEST; v++) {
                    db.executeScript(load("migrations/" + SCRIPTS.get(v)));
                }
                // schemas 8 and 9 dropped sync's triggers: a collection that records gets them back in this transaction
                if (version < LATEST) SyncTriggers.restoreIfRecording(db);
                if (version < LATEST) {
                    s.execute("PRAGMA application_id=" + Database.APPLICATION_ID);
                    s.execute("PRAGMA user_version=" + LATEST);
                }
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing migration " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
