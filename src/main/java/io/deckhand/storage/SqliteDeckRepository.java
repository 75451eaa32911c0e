package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.PresetId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

public final class SqliteDeckRepository implements DeckRepository {
    private static final String COLUMNS = "id, name, preset_id";
    private final Database db;
    private final Clock clock;

    public SqliteDeckRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Deck> all() throws DeckhandException {
        return Rows.list(db, "read the decks", "SELECT " + COLUMNS + " FROM decks ORDER BY name COLLATE NOCASE",
                SqliteDeckRepository::map);
    }

    @Override
    public Optional<Deck> find(DeckId id) throws DeckhandException {
        return one("SELECT " + COLUMNS + " FROM decks WHERE id = ?", id.value());
    }

    @Override
    public Optional<Deck> findByName(DeckName name) throws DeckhandException {
        return one("SELECT " + COLUMNS + " FROM decks WHERE name = ?", name.value());
    }

    private Optional<Deck> one(String sql, Object key) throws DeckhandException {
        return Rows.list(db, "read a deck", sql, SqliteDeckRepository::map, key).stream().findFirst();
    }

    @Override
    public Deck create(DeckName name, PresetId preset) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("INSERT INTO decks(name, preset_id, created_ms) VALUES (?, ?, ?)");
            ps.setString(1, name.value());
            ps.setLong(2, preset.value());
            ps.setLong(3, clock.millis());
            ps.executeUpdate();
            return new Deck(new DeckId(Rows.lastId(db)), name, preset);
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "create the deck " + name);
        }
    }

    @Override
    public void update(Deck deck) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("UPDATE decks SET name = ?, preset_id = ? WHERE id = ?");
            ps.setString(1, deck.name().value());
            ps.setLong(2, deck.presetId().value());
            ps.setLong(3, deck.id().value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "save the deck " + deck.name());
        }
    }

    @Override
    public void delete(DeckId id) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("DELETE FROM decks WHERE id = ?");
            ps.setLong(1, id.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "delete the deck");
        }
    }

    private static Deck map(ResultSet rs) throws SQLException {
        return new Deck(new DeckId(rs.getLong(1)), new DeckName(rs.getString(2)), new PresetId(rs.getLong(3)));
    }
}
