package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.SettingsRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

public final class SqliteSettingsRepository implements SettingsRepository {
    private final Database db;

    public SqliteSettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> get(String key) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("SELECT value FROM settings WHERE key = ?");
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "read a setting");
        }
    }

    @Override
    public void put(String key, String value) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("INSERT INTO settings(key, value) VALUES (?, ?) "
                    + "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "save a setting");
        }
    }
}
