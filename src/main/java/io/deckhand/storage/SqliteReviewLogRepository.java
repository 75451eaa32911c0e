package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.ReviewLogRepository;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.fsrs.simulate.AnswerTimes;
import io.deckhand.domain.study.StudyCounts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class SqliteReviewLogRepository implements ReviewLogRepository {
    private static final SchedulingColumns BEFORE = new SchedulingColumns("before_");
    private static final SchedulingColumns AFTER = new SchedulingColumns("after_");
    private static final String COLUMNS = "id, card_id, reviewed_ms, rating, elapsed_days, duration_ms, "
            + BEFORE.names() + ", " + AFTER.names();
    private final Database db;

    public SqliteReviewLogRepository(Database db) {
        this.db = db;
    }

    private static final String INSERT = "INSERT INTO review_log(card_id, deck_id, reviewed_ms, rating, "
            + "elapsed_days, duration_ms, " + BEFORE.names() + ", " + AFTER.names() + ") "
            + "SELECT ?, deck_id, ?, ?, ?, ?, " + Rows.placeholders(2 * SchedulingColumns.COUNT)
            + " FROM cards WHERE id = ?";

    @Override
    public long append(ReviewLogEntry e) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare(INSERT);
            bind(ps, e);
            if (ps.executeUpdate() != 1) throw new IllegalArgumentException("no card " + e.cardId().value());
            return Rows.lastId(db);
        } catch (SQLException ex) {
            throw SqlErrors.wrap(ex, "save the answer");
        }
    }

    /** The batch's rows name their deck themselves: an INSERT ... SELECT per row cost an import a third more. */
    private static final String INSERT_WITH_DECK = "INSERT INTO review_log(card_id, deck_id, reviewed_ms, rating, "
            + "elapsed_days, duration_ms, " + BEFORE.names() + ", " + AFTER.names() + ") "
            + "VALUES (" + Rows.placeholders(6 + 2 * SchedulingColumns.COUNT) + ")";

    /**
     * Rows a batch holds before it is run: the driver keeps every bound value of a batch as an object,
     * and 50,000 answers' 1.3 million of them outlived the young collections (the last ones copied
     * 70 MB); chunks keep them short-lived. Ids stay consecutive: one connection, one transaction.
     */
    private static final int BATCH_ROWS = 1024;

    /**
     * One batch: an import's tens of thousands of answers without a statement per row for its id.
     * The cards' decks are read in one query first; an answer for a card that is not there is refused
     * before anything is written.
     */
    @Override
    public long[] appendAll(List<ReviewLogEntry> entries) throws DeckhandException {
        if (entries.isEmpty()) return new long[0];
        try {
            Map<Long, Long> deckOf = decksOf(entries);
            for (ReviewLogEntry e : entries) {
                if (!deckOf.containsKey(e.cardId().value())) throw new IllegalArgumentException("no card " + e.cardId().value());
            }
            PreparedStatement ps = db.prepare(INSERT_WITH_DECK);
            try {
                int queued = 0;
                for (ReviewLogEntry e : entries) {
                    bindWithDeck(ps, e, deckOf.get(e.cardId().value()));
                    ps.addBatch();
                    if (++queued % BATCH_ROWS == 0) ps.executeBatch();
                }
                ps.executeBatch();
            } finally {
                ps.clearBatch(); // the statement is cached: a failed batch must not run with the next one
            }
            return batchIds(entries.size());
        } catch (SQLException ex) {
            throw SqlErrors.wrap(ex, "save the answers");
        }
    }

    /**
     * The ids of the batch just written: one connection holding the write lock gives each new row the
     * largest id plus one, so they are the last id and the n - 1 before it (checked, not assumed).
     */
    private long[] batchIds(int n) throws SQLException {
        long last = Rows.lastId(db);
        long first = last - n + 1;
        PreparedStatement count = db.prepare("SELECT count(*) FROM review_log WHERE id BETWEEN ? AND ?");
        count.setLong(1, first);
        count.setLong(2, last);
        try (ResultSet rs = count.executeQuery()) {
            if (!rs.next() || rs.getLong(1) != n) throw new IllegalStateException("the answers' ids are not consecutive");
        }
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) ids[i] = first + i;
        return ids;
    }

    private Map<Long, Long> decksOf(List<ReviewLogEntry> entries) throws SQLException {
        StringBuilder ids = new StringBuilder("[");
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (ReviewLogEntry e : entries) {
            if (seen.add(e.cardId().value())) ids.append(ids.length() > 1 ? "," : "").append(e.cardId().value());
        }
        PreparedStatement ps = db.prepare("SELECT id, deck_id FROM cards WHERE id IN (SELECT value FROM json_each(?))");
        ps.setString(1, ids.append(']').toString());
        Map<Long, Long> out = new HashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getLong(1), rs.getLong(2));
        }
        return out;
    }

    private static void bindWithDeck(PreparedStatement ps, ReviewLogEntry e, long deckId) throws SQLException {
        ps.setLong(1, e.cardId().value());
        ps.setLong(2, deckId);
        ps.setLong(3, e.reviewedAt().toEpochMilli());
        ps.setInt(4, e.rating().code());
        ps.setInt(5, e.elapsedDays());
        ps.setLong(6, e.answerTime().toMillis());
        int next = SchedulingColumns.bind(ps, 7, e.before());
        SchedulingColumns.bind(ps, next, e.after());
    }

    private static void bind(PreparedStatement ps, ReviewLogEntry e) throws SQLException {
        ps.setLong(1, e.cardId().value());
        ps.setLong(2, e.reviewedAt().toEpochMilli());
        ps.setInt(3, e.rating().code());
        ps.setInt(4, e.elapsedDays());
        ps.setLong(5, e.answerTime().toMillis());
        int next = SchedulingColumns.bind(ps, 6, e.before());
        next = SchedulingColumns.bind(ps, next, e.after());
        ps.setLong(next, e.cardId().value());
    }

    @Override
    public Optional<Stored> latest() throws DeckhandException {
        return query("SELECT " + COLUMNS + " FROM review_log ORDER BY id DESC LIMIT 1").stream().findFirst();
    }

    @Override
    public Optional<Stored> find(long id) throws DeckhandException {
        return query("SELECT " + COLUMNS + " FROM review_log WHERE id = ?", id).stream().findFirst();
    }

    @Override
    public void delete(long id) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("DELETE FROM review_log WHERE id = ?");
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "undo the answer");
        }
    }

    @Override
    public List<ReviewLogEntry> forCard(CardId card) throws DeckhandException {
        return query("SELECT " + COLUMNS + " FROM review_log WHERE card_id = ? ORDER BY reviewed_ms, id", card.value())
                .stream().map(Stored::entry).toList();
    }

    @Override
    public List<ReviewLogEntry> since(Instant from) throws DeckhandException {
        return query("SELECT " + COLUMNS + " FROM review_log WHERE reviewed_ms >= ? ORDER BY reviewed_ms, id",
                from.toEpochMilli()).stream().map(Stored::entry).toList();
    }

    @Override
    public List<ReviewLogEntry> since(Instant from, java.util.Collection<DeckId> decks) throws DeckhandException {
        if (decks.isEmpty()) return List.of();
        Object[] params = new Object[decks.size() + 1];
        params[0] = from.toEpochMilli();
        int i = 1;
        for (DeckId d : decks) params[i++] = d.value();
        return query("SELECT " + COLUMNS + " FROM review_log WHERE reviewed_ms >= ? AND deck_id IN ("
                + Rows.placeholders(decks.size()) + ") ORDER BY reviewed_ms, id", params)
                .stream().map(Stored::entry).toList();
    }

    @Override
    public List<ReviewLogEntry> forCardsInDecks(java.util.Collection<DeckId> decks) throws DeckhandException {
        if (decks.isEmpty()) return List.of();
        return query("SELECT " + COLUMNS + " FROM review_log WHERE card_id IN (SELECT id FROM cards WHERE deck_id IN ("
                + Rows.placeholders(decks.size()) + ")) ORDER BY reviewed_ms, id", decks.stream().map(DeckId::value).toArray())
                .stream().map(Stored::entry).toList();
    }

    @Override
    public Map<DeckId, StudyCounts> studiedByDeck(Instant from) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("SELECT deck_id, sum(before_state = 0), sum(before_state IN (1, 3)), "
                    + "sum(before_state = 2) FROM review_log WHERE reviewed_ms >= ? GROUP BY deck_id");
            ps.setLong(1, from.toEpochMilli());
            Map<DeckId, StudyCounts> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(new DeckId(rs.getLong(1)), new StudyCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "read today's reviews");
        }
    }

    @Override
    public List<AnswerTimes.Answer> answerTimes(java.util.Collection<DeckId> decks, int perKind)
            throws DeckhandException {
        if (decks.isEmpty()) return List.of();
        // One read per kind: each walks review_log_by_answer (before_state, rating, reviewed_ms, ...)
        // backwards and stops after perKind rows, where one window over the deck's log sorts it all.
        String sql = "SELECT duration_ms FROM review_log WHERE before_state = ? AND rating = ? AND deck_id IN ("
                + Rows.placeholders(decks.size()) + ") ORDER BY reviewed_ms DESC LIMIT ?";
        List<AnswerTimes.Answer> out = new java.util.ArrayList<>();
        for (CardState state : List.of(CardState.NEW, CardState.REVIEW, CardState.RELEARNING)) {
            for (Rating rating : Rating.values()) {
                Object[] params = new Object[decks.size() + 3];
                params[0] = state.code();
                params[1] = rating.code();
                int i = 2;
                for (DeckId d : decks) params[i++] = d.value();
                params[i] = perKind;
                out.addAll(Rows.list(db, "read your answer times", sql,
                        rs -> new AnswerTimes.Answer(state, rating, rs.getLong(1)), params));
            }
        }
        return out;
    }

    @Override
    public long count() throws DeckhandException {
        return Rows.number(db, "count the reviews", "SELECT count(*) FROM review_log");
    }

    private List<Stored> query(String sql, Object... params) throws DeckhandException {
        return Rows.list(db, "read the review log", sql, rs -> new Stored(rs.getLong(1), new ReviewLogEntry(
                new CardId(rs.getLong(2)), Instant.ofEpochMilli(rs.getLong(3)), Rating.fromCode(rs.getInt(4)),
                SchedulingColumns.read(rs, 7), SchedulingColumns.read(rs, 7 + SchedulingColumns.COUNT),
                rs.getInt(5), Duration.ofMillis(rs.getLong(6)))), params);
    }

    @Override
    public void keepAnkiRows(long[] reviewIds, List<AnkiRow> rows) throws DeckhandException {
        if (reviewIds.length != rows.size()) throw new IllegalArgumentException(reviewIds.length + " ids for " + rows.size() + " rows");
        if (rows.isEmpty()) return;
        try {
            PreparedStatement ps = db.prepare("INSERT OR REPLACE INTO review_log_anki(review_id, interval, last_interval, factor, type)"
                    + " VALUES (?, ?, ?, ?, ?)");
            try {
                for (int i = 0; i < reviewIds.length; i++) {
                    bindAnkiRow(ps, reviewIds[i], rows.get(i));
                    ps.addBatch();
                    if ((i + 1) % BATCH_ROWS == 0) ps.executeBatch();
                }
                ps.executeBatch();
            } finally {
                ps.clearBatch(); // the statement is cached: a failed batch must not run with the next one
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "keep the imported review rows");
        }
    }

    /** A method per row: the loop's own body would run in the interpreter for most of an import's rows. */
    private static void bindAnkiRow(PreparedStatement ps, long reviewId, AnkiRow row) throws SQLException {
        ps.setLong(1, reviewId);
        ps.setInt(2, row.interval());
        ps.setInt(3, row.lastInterval());
        ps.setInt(4, row.factor());
        ps.setInt(5, row.type());
    }

    @Override
    public Map<String, AnkiRow> ankiRowsForCardsInDecks(java.util.Collection<DeckId> decks) throws DeckhandException {
        Map<String, AnkiRow> out = new HashMap<>();
        if (decks.isEmpty()) return out;
        try {
            PreparedStatement ps = db.prepare("SELECT r.card_id, r.reviewed_ms, a.interval, a.last_interval, a.factor, a.type"
                    + " FROM review_log_anki a JOIN review_log r ON r.id = a.review_id"
                    + " WHERE r.card_id IN (SELECT id FROM cards WHERE deck_id IN (SELECT value FROM json_each(?)))");
            ps.setString(1, decks.stream().map(d -> String.valueOf(d.value())).collect(java.util.stream.Collectors.joining(",", "[", "]")));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(ReviewLogRepository.ankiRowKey(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2))),
                            new AnkiRow(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "read the imported review rows");
        }
    }
}
