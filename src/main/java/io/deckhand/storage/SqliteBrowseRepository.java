package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.BrowseRepository;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.search.SearchNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class SqliteBrowseRepository implements BrowseRepository {
    private static final String SELECT = "SELECT " + SqliteCardRepository.COLUMNS + ", flag, buried_until_ms FROM cards";
    private static final int CHUNK = 500;
    private final Database db;
    private final Clock clock;

    public SqliteBrowseRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public List<Found> search(SearchNode query, SearchTime time, int limit) throws DeckhandException {
        List<Object> params = new ArrayList<>();
        String where = SearchSql.where(query, time, params);
        params.add(limit);
        // Each search has its own SQL: prepared once here rather than kept in the statement cache.
        try (PreparedStatement ps = db.connection().prepareStatement(SELECT + " WHERE " + where + " ORDER BY id LIMIT ?")) {
            for (int i = 0; i < params.size(); i++) ps.setObject(i + 1, params.get(i));
            List<Found> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(found(rs));
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "search the cards");
        }
    }

    @Override
    public List<Found> find(Collection<CardId> ids) throws DeckhandException {
        List<Found> out = new ArrayList<>();
        for (List<Object> chunk : chunks(ids.stream().map(id -> (Object) id.value()).toList())) {
            out.addAll(Rows.list(db, "read the cards", SELECT + " WHERE id IN (" + Rows.placeholders(chunk.size()) + ")",
                    SqliteBrowseRepository::found, chunk.toArray()));
        }
        return out;
    }

    @Override
    public void setSuspended(Collection<CardId> ids, boolean suspended) throws DeckhandException {
        update("suspended = ?", suspended ? 1 : 0, ids, "suspend the cards");
    }

    @Override
    public void setFlag(Collection<CardId> ids, int flag) throws DeckhandException {
        if (flag < 0 || flag > 7) throw new IllegalArgumentException("flag " + flag);
        update("flag = ?", flag, ids, "flag the cards");
    }

    @Override
    public void setBuriedUntil(Collection<CardId> ids, Instant until) throws DeckhandException {
        update("buried_until_ms = ?", until == null ? 0L : until.toEpochMilli(), ids, "bury the cards");
    }

    private void update(String assignment, Object value, Collection<CardId> ids, String action) throws DeckhandException {
        for (List<Object> chunk : chunks(ids.stream().map(id -> (Object) id.value()).toList())) {
            try {
                PreparedStatement ps = db.prepare("UPDATE cards SET " + assignment + ", modified_ms = ? WHERE id IN ("
                        + Rows.placeholders(chunk.size()) + ")");
                ps.setObject(1, value);
                ps.setLong(2, clock.millis());
                for (int i = 0; i < chunk.size(); i++) ps.setObject(i + 3, chunk.get(i));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw SqlErrors.wrap(e, action);
            }
        }
    }

    @Override
    public Set<CardId> buriedAt(Instant now) throws DeckhandException {
        return new HashSet<>(Rows.list(db, "read the buried cards", "SELECT id FROM cards WHERE buried_until_ms > 0 AND buried_until_ms > ?",
                rs -> new CardId(rs.getLong(1)), now.toEpochMilli()));
    }

    @Override
    public int countInDecks(Collection<DeckId> ids) throws DeckhandException {
        int n = 0;
        for (List<Object> chunk : chunks(ids.stream().map(id -> (Object) id.value()).toList())) {
            n += (int) Rows.number(db, "count the cards", "SELECT count(*) FROM cards WHERE deck_id IN ("
                    + Rows.placeholders(chunk.size()) + ")", chunk.toArray());
        }
        return n;
    }

    /** Rows of one table, as read, to be inserted again as they were. */
    private record TableRows(String table, List<String> columns, List<Object[]> values) {
    }

    @Override
    public Deleted deleteCards(Collection<CardId> ids) throws DeckhandException {
        try {
            fillDoomed(ids.stream().map(CardId::value).toList());
            List<TableRows> rows = capture(List.of());
            removeDoomed(List.of());
            return new Deleted(rows.get(2).values().size(), 0, rows);
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "delete the cards");
        }
    }

    @Override
    public Deleted deleteDecks(Collection<DeckId> ids) throws DeckhandException {
        List<Long> deckIds = ids.stream().map(DeckId::value).toList();
        try {
            List<Long> cardIds = new ArrayList<>();
            for (List<Object> chunk : chunks(new ArrayList<>(deckIds))) {
                cardIds.addAll(Rows.list(db, "read the cards", "SELECT id FROM cards WHERE deck_id IN ("
                        + Rows.placeholders(chunk.size()) + ")", rs -> rs.getLong(1), chunk.toArray()));
            }
            fillDoomed(cardIds);
            List<TableRows> rows = capture(deckIds);
            removeDoomed(deckIds);
            return new Deleted(rows.get(2).values().size(), rows.get(0).values().size(), rows);
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "delete the decks");
        }
    }

    @Override
    public void restore(Deleted deleted) throws DeckhandException {
        @SuppressWarnings("unchecked")
        List<TableRows> tables = (List<TableRows>) deleted.rows();
        try {
            for (TableRows t : tables) {
                if (t.values().isEmpty()) continue;
                String sql = "INSERT INTO " + t.table() + "(" + String.join(", ", t.columns()) + ") VALUES ("
                        + Rows.placeholders(t.columns().size()) + ")";
                try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
                    for (Object[] row : t.values()) {
                        for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                        ps.executeUpdate();
                    }
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "put the deleted cards back");
        }
    }

    /** The ids of the cards to delete, in a temporary table the capture and delete queries join. */
    private void fillDoomed(List<Long> cardIds) throws SQLException {
        try (Statement s = db.connection().createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS doomed_cards(id INTEGER PRIMARY KEY)");
            s.execute("DELETE FROM temp.doomed_cards");
        }
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT OR IGNORE INTO temp.doomed_cards(id) VALUES (?)")) {
            for (long id : cardIds) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    private static final String DOOMED = "(SELECT id FROM temp.doomed_cards)";
    /** Notes all of whose cards are being deleted. */
    private static final String ORPHANED_NOTES = "id IN (SELECT note_id FROM cards WHERE id IN " + DOOMED + ") "
            + "AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.note_id = notes.id AND c.id NOT IN " + DOOMED + ")";

    /**
     * Decks, notes, cards, review log, then what rows from Anki keep of their origin (which the
     * deletion removes with them): the order they can be inserted again in.
     */
    private List<TableRows> capture(List<Long> deckIds) throws SQLException {
        return List.of(read("decks", deckIds.isEmpty() ? "0" : "id IN (" + joinNumbers(deckIds) + ")"),
                read("notes", ORPHANED_NOTES), read("cards", "id IN " + DOOMED), read("review_log", "card_id IN " + DOOMED),
                read("review_log_anki", "review_id IN (SELECT id FROM review_log WHERE card_id IN " + DOOMED + ")"),
                read("anki_notes", "note_id IN (SELECT id FROM notes WHERE " + ORPHANED_NOTES + ")"));
    }

    private void removeDoomed(List<Long> deckIds) throws SQLException {
        try (Statement s = db.connection().createStatement()) {
            s.executeUpdate("DELETE FROM review_log WHERE card_id IN " + DOOMED);
            s.executeUpdate("DELETE FROM notes WHERE " + ORPHANED_NOTES);
            s.executeUpdate("DELETE FROM cards WHERE id IN " + DOOMED);
            if (!deckIds.isEmpty()) s.executeUpdate("DELETE FROM decks WHERE id IN (" + joinNumbers(deckIds) + ")");
            s.execute("DELETE FROM temp.doomed_cards");
        }
    }

    /** Deck ids are numbers read from the collection, never user text, so they may be written into the SQL. */
    private static String joinNumbers(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }

    private TableRows read(String table, String where) throws SQLException {
        try (Statement s = db.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE " + where)) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) columns.add(md.getColumnName(i));
            List<Object[]> values = new ArrayList<>();
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) row[i] = rs.getObject(i + 1);
                values.add(row);
            }
            return new TableRows(table, columns, values);
        }
    }

    private static Found found(ResultSet rs) throws SQLException {
        long buried = rs.getLong(20);
        return new Found(SqliteCardRepository.map(rs), rs.getInt(19), buried == 0 ? null : Instant.ofEpochMilli(buried));
    }

    private static List<List<Object>> chunks(List<Object> all) {
        List<List<Object>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) out.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        return out;
    }
}
