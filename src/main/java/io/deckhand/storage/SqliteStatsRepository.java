package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.StatsRepository;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.PresetId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/** The statistics' aggregates as SQL (GROUP BY in SQLite over the covering indexes of V3). */
public final class SqliteStatsRepository implements StatsRepository {
    private static final String TOP_HEADING = "CASE WHEN n.source_headings IS NULL THEN '' ELSE "
            + "substr(n.source_headings, 1, instr(n.source_headings || char(31), char(31)) - 1) END";

    private final Database db;

    public SqliteStatsRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<Answers> answers(List<Instant> bounds, Collection<DeckId> scope) throws DeckhandException {
        // One indexed read per day rather than one GROUP BY over the year: study days follow the
        // local clock (DST, rollover), which SQLite cannot compute. The IN lists walk the index
        // pair by pair, so the rows arrive grouped and are never sorted.
        String sql = "SELECT before_state, rating, count(*), sum(before_scheduled_days >= " + MATURE_DAYS + "), "
                + "sum(duration_ms) FROM review_log INDEXED BY review_log_by_answer "
                + "WHERE before_state IN (0, 1, 2, 3) AND rating IN (1, 2, 3, 4) AND reviewed_ms >= ? AND reviewed_ms < ?"
                + inScope("deck_id", scope) + " GROUP BY 1, 2";
        List<Answers> out = new ArrayList<>(Math.max(0, bounds.size() - 1));
        try {
            PreparedStatement ps = db.prepare(sql);
            for (int i = 0; i + 1 < bounds.size(); i++) {
                ps.clearParameters();
                ps.setLong(1, bounds.get(i).toEpochMilli());
                ps.setLong(2, bounds.get(i + 1).toEpochMilli());
                bindScope(ps, 3, scope);
                long[][] counts = new long[4][4];
                long duration = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int state = rs.getInt(1);
                        int rating = rs.getInt(2) - 1;
                        long n = rs.getLong(3);
                        if (state == 2) {
                            long mature = rs.getLong(4);
                            counts[YOUNG][rating] += n - mature;
                            counts[MATURE][rating] += mature;
                        } else {
                            counts[state == 0 ? NEW : LEARNING][rating] += n;
                        }
                        duration += rs.getLong(5);
                    }
                }
                out.add(new Answers(counts, duration));
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "count the answers");
        }
    }

    @Override
    public CardCounts cardCounts(Collection<DeckId> scope) throws DeckhandException {
        String sql = "SELECT suspended <> 0, state, state = 2 AND scheduled_days >= " + MATURE_DAYS + ", count(*) "
                + "FROM cards WHERE 1" + inScope("deck_id", scope) + " GROUP BY 1, 2, 3";
        long[] n = new long[6];
        Rows.list(db, "count the cards", sql, rs -> {
            long count = rs.getLong(4);
            if (rs.getInt(1) != 0) n[5] += count;
            else switch (rs.getInt(2)) {
                case 0 -> n[0] += count;
                case 1 -> n[1] += count;
                case 3 -> n[2] += count;
                default -> n[rs.getInt(3) != 0 ? 4 : 3] += count;
            }
            return null;
        }, ids(scope));
        return new CardCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    @Override
    public List<DueMinute> dueBefore(Instant before, Collection<DeckId> scope) throws DeckhandException {
        Object[] params = prepend(before.toEpochMilli(), scope);
        return Rows.list(db, "read the due cards", "SELECT due_ms / 60000, count(*) FROM cards "
                + "WHERE suspended = 0 AND state <> 0 AND due_ms < ?" + inScope("deck_id", scope) + " GROUP BY 1 ORDER BY 1",
                rs -> new DueMinute(Instant.ofEpochSecond(rs.getLong(1) * 60), rs.getLong(2)), params);
    }

    @Override
    public void memories(Collection<DeckId> scope, Consumer<Memory> sink) throws DeckhandException {
        String sql = "SELECT d.preset_id, c.stability, c.difficulty, c.last_review_ms FROM cards c "
                + "JOIN decks d ON d.id = c.deck_id WHERE c.suspended = 0 AND c.state <> 0 AND c.stability > 0 "
                + "AND c.last_review_ms IS NOT NULL" + inScope("c.deck_id", scope);
        try {
            PreparedStatement ps = db.prepare(sql);
            bindScope(ps, 1, scope);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new Memory(new PresetId(rs.getLong(1)), rs.getDouble(2), rs.getDouble(3),
                            Instant.ofEpochMilli(rs.getLong(4))));
                }
            }
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "read the cards' memory states");
        }
    }

    @Override
    public List<TopicGroup> topicGroups(Instant since, Collection<DeckId> scope) throws DeckhandException {
        // A topic is about its cards: a card's review answers count wherever they were given, so a card
        // moved to another deck takes its retention along and the topic agrees with its card counts.
        String sql = "SELECT c.deck_id, c.tags, " + TOP_HEADING + ", count(*), "
                + "sum(c.suspended = 0 AND c.state = 2 AND c.scheduled_days >= " + MATURE_DAYS + "), "
                + "coalesce(sum(r.answers), 0), coalesce(sum(r.passed), 0) FROM cards c JOIN notes n ON n.id = c.note_id "
                + "LEFT JOIN (SELECT card_id, count(*) AS answers, sum(rating > 1) AS passed FROM review_log "
                + "INDEXED BY review_log_reviews_by_card WHERE before_state = 2 AND reviewed_ms >= ? "
                + "GROUP BY card_id) r ON r.card_id = c.id "
                + "WHERE 1" + inScope("c.deck_id", scope) + " GROUP BY 1, 2, 3";
        Object[] params = prepend(since.toEpochMilli(), scope);
        return Rows.list(db, "read the progress per topic", sql, rs -> new TopicGroup(new DeckId(rs.getLong(1)),
                rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)), params);
    }

    /**
     * The scope as SQL: a deck with sub-decks made together has consecutive ids, and then one range
     * test per row is much cheaper than a lookup in the IN list (a million review-log rows).
     */
    private static String inScope(String column, Collection<DeckId> scope) {
        if (scope.isEmpty()) return "";
        if (consecutive(scope)) return " AND " + column + " BETWEEN ? AND ?";
        return " AND " + column + " IN (" + Rows.placeholders(scope.size()) + ")";
    }

    /** The parameters of {@link #inScope}: first and last id of a range, else every id. */
    private static Object[] ids(Collection<DeckId> scope) {
        if (!scope.isEmpty() && consecutive(scope)) {
            long min = scope.stream().mapToLong(DeckId::value).min().orElseThrow();
            return new Object[] {min, min + scope.size() - 1};
        }
        return scope.stream().map(DeckId::value).toArray();
    }

    /** Whether the (distinct) ids are one run of consecutive numbers. */
    static boolean consecutive(Collection<DeckId> scope) {
        if (scope.size() < 2) return false;
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        java.util.Set<Long> distinct = new java.util.HashSet<>();
        for (DeckId d : scope) {
            min = Math.min(min, d.value());
            max = Math.max(max, d.value());
            distinct.add(d.value());
        }
        return distinct.size() == scope.size() && max - min == scope.size() - 1L;
    }

    private static Object[] prepend(Object first, Collection<DeckId> scope) {
        Object[] ids = ids(scope);
        Object[] out = new Object[ids.length + 1];
        out[0] = first;
        System.arraycopy(ids, 0, out, 1, ids.length);
        return out;
    }

    private static void bindScope(PreparedStatement ps, int from, Collection<DeckId> scope) throws SQLException {
        int i = from;
        for (Object id : ids(scope)) ps.setLong(i++, (Long) id);
    }
}
