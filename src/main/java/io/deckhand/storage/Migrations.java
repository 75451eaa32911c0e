package io.deckhand.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Ordered schema scripts; {@code PRAGMA user_version} records how many have run. */
final class Migrations {
    private static final List<String> SCRIPTS = List.of("V1__collection.sql", "V2__exams.sql");
    static final int LATEST = SCRIPTS.size();

    private Migrations() {
    }

    static void apply(Database db, int current) throws SQLException {
        if (current >= LATEST) return;
        var c = db.connection();
        c.setAutoCommit(false);
        try {
            for (int v = current; v < LATEST; v++) {
                db.executeScript(load(SCRIPTS.get(v)));
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA application_id=" + Database.APPLICATION_ID);
                s.execute("PRAGMA user_version=" + LATEST);
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static String load(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            if (in == null) throw new IllegalStateException("missing migration " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }
}
