package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.OtherWriters;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** {@code PRAGMA data_version}: SQLite's own counter of other connections' commits, read without touching a table. */
public final class SqliteOtherWriters implements OtherWriters {
    private final Database db;

    public SqliteOtherWriters(Database db) {
        this.db = db;
    }

    @Override
    public long commitMark() throws DeckhandException {
        return db.read(() -> {
            try {
                PreparedStatement ps = db.prepare("PRAGMA data_version");
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            } catch (SQLException e) {
                throw SqlErrors.wrap(e, "read whether another program changed the collection");
            }
        });
    }
}
