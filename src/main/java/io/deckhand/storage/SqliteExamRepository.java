package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.ExamRepository;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

public final class SqliteExamRepository implements ExamRepository {
    private static final String ATTEMPT_COLUMNS = "id, name, deck_ids, tags, question_count, time_limit_ms, pass_mark, "
            + "types, seed, started_ms, current_index, time_used_ms, submitted_ms, score";
    private static final String ITEM_COLUMNS = "attempt_id, position, type, card_id, prompt, options, answer, topic, "
            + "tags, heading, response, flagged, score, correct";
    private final Database db;

    public SqliteExamRepository(Database db) {
        this.db = db;
    }

    @Override
    public long create(Attempt a, List<Item> items) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("INSERT INTO exam_attempts(name, deck_ids, tags, question_count, "
                    + "time_limit_ms, pass_mark, types, seed, started_ms, current_index, time_used_ms) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            ps.setString(1, a.name());
            ps.setString(2, String.join(" ", a.decks().stream().map(d -> Long.toString(d.value())).toList()));
            ps.setString(3, Rows.joinTags(a.tags()));
            ps.setInt(4, a.questionCount());
            ps.setLong(5, a.timeLimit().toMillis());
            ps.setDouble(6, a.passMark());
            ps.setString(7, String.join(" ", a.typeCodes()));
            ps.setLong(8, a.seed());
            ps.setLong(9, a.startedAt().toEpochMilli());
            ps.setInt(10, a.current());
            ps.setLong(11, a.timeUsed().toMillis());
            ps.executeUpdate();
            long id = Rows.lastId(db);
            PreparedStatement q = db.prepare("INSERT INTO exam_questions(attempt_id, position, type, card_id, prompt, "
                    + "options, answer, topic, tags, heading, response, flagged) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            for (int i = 0; i < items.size(); i++) {
                Item it = items.get(i);
                q.setLong(1, id);
                q.setInt(2, i);
                q.setString(3, it.typeCode());
                q.setLong(4, it.cardId().value());
                q.setString(5, it.prompt());
                q.setString(6, Rows.joinList(it.options()));
                q.setString(7, it.answer());
                q.setString(8, it.topic());
                q.setString(9, Rows.joinTags(it.tags()));
                q.setString(10, it.heading());
                q.setString(11, it.response());
                q.setInt(12, it.flagged() ? 1 : 0);
                q.addBatch();
            }
            q.executeBatch();
            return id;
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "store the exam");
        }
    }

    @Override
    public Optional<Stored> find(long id) throws DeckhandException {
        List<Attempt> found = Rows.list(db, "read the exam", "SELECT " + ATTEMPT_COLUMNS
                + " FROM exam_attempts WHERE id = ?", SqliteExamRepository::mapAttempt, id);
        if (found.isEmpty()) return Optional.empty();
        Map<Long, List<Item>> items = items("attempt_id = ?", id);
        return Optional.of(new Stored(found.get(0), items.getOrDefault(id, List.of())));
    }

    @Override
    public List<Long> unfinished() throws DeckhandException {
        return Rows.list(db, "look for an unfinished exam", "SELECT id FROM exam_attempts WHERE submitted_ms IS NULL "
                + "ORDER BY started_ms DESC, id DESC", rs -> rs.getLong(1));
    }

    @Override
    public boolean saveProgress(long id, List<String> responses, Set<Integer> flagged, int current, Duration timeUsed)
            throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("UPDATE exam_attempts SET current_index = ?, time_used_ms = ? "
                    + "WHERE id = ? AND submitted_ms IS NULL");
            ps.setInt(1, current);
            ps.setLong(2, timeUsed.toMillis());
            ps.setLong(3, id);
            if (ps.executeUpdate() != 1) return false;
            // Compare with what is stored and write only the questions that changed: one answer per call, typically.
            PreparedStatement read = db.prepare("SELECT position, response, flagged FROM exam_questions "
                    + "WHERE attempt_id = ? ORDER BY position");
            read.setLong(1, id);
            List<Integer> changed = new ArrayList<>();
            try (ResultSet rs = read.executeQuery()) {
                while (rs.next()) {
                    int pos = rs.getInt(1);
                    if (pos >= responses.size()) continue;
                    if (!responses.get(pos).equals(rs.getString(2)) || flagged.contains(pos) != (rs.getInt(3) != 0)) {
                        changed.add(pos);
                    }
                }
            }
            PreparedStatement write = db.prepare("UPDATE exam_questions SET response = ?, flagged = ? "
                    + "WHERE attempt_id = ? AND position = ?");
            for (int pos : changed) {
                write.setString(1, responses.get(pos));
                write.setInt(2, flagged.contains(pos) ? 1 : 0);
                write.setLong(3, id);
                write.setInt(4, pos);
                write.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "save the exam");
        }
    }

    @Override
    public void saveGrades(long id, List<Graded> grades, double score, Instant submittedAt) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("UPDATE exam_attempts SET submitted_ms = ?, score = ? WHERE id = ?");
            ps.setLong(1, submittedAt.toEpochMilli());
            ps.setDouble(2, score);
            ps.setLong(3, id);
            ps.executeUpdate();
            PreparedStatement clear = db.prepare("DELETE FROM exam_differences WHERE attempt_id = ?");
            clear.setLong(1, id);
            clear.executeUpdate();
            PreparedStatement q = db.prepare("UPDATE exam_questions SET score = ?, correct = ? "
                    + "WHERE attempt_id = ? AND position = ?");
            PreparedStatement d = db.prepare("INSERT INTO exam_differences(attempt_id, position, seq, kind, place, "
                    + "expected, actual) VALUES (?, ?, ?, ?, ?, ?, ?)");
            boolean anyDifference = false;
            for (int pos = 0; pos < grades.size(); pos++) {
                Graded g = grades.get(pos);
                q.setDouble(1, g.score());
                q.setInt(2, g.correct() ? 1 : 0);
                q.setLong(3, id);
                q.setInt(4, pos);
                q.addBatch();
                for (int seq = 0; seq < g.differences().size(); seq++) {
                    Difference diff = g.differences().get(seq);
                    d.setLong(1, id);
                    d.setInt(2, pos);
                    d.setInt(3, seq);
                    d.setString(4, diff.kind());
                    d.setString(5, diff.place());
                    d.setString(6, diff.expected());
                    d.setString(7, diff.actual());
                    d.addBatch();
                    anyDifference = true;
                }
            }
            q.executeBatch();
            if (anyDifference) d.executeBatch();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "store the exam result");
        }
    }

    @Override
    public List<Stored> submitted() throws DeckhandException {
        List<Attempt> attempts = Rows.list(db, "read the exam results", "SELECT " + ATTEMPT_COLUMNS
                + " FROM exam_attempts WHERE submitted_ms IS NOT NULL ORDER BY submitted_ms, id",
                SqliteExamRepository::mapAttempt);
        if (attempts.isEmpty()) return List.of();
        Map<Long, List<Item>> items = items("attempt_id IN (SELECT id FROM exam_attempts WHERE submitted_ms IS NOT NULL)");
        List<Stored> out = new ArrayList<>(attempts.size());
        for (Attempt a : attempts) out.add(new Stored(a, items.getOrDefault(a.id(), List.of())));
        return out;
    }

    @Override
    public void delete(long id) throws DeckhandException {
        try {
            PreparedStatement d = db.prepare("DELETE FROM exam_differences WHERE attempt_id = ?");
            d.setLong(1, id);
            d.executeUpdate();
            PreparedStatement ps = db.prepare("DELETE FROM exam_attempts WHERE id = ?");
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "delete the exam");
        }
    }

    /**
     * Questions (with their differences) of the attempts {@code scope} selects ("attempt_id = ?" or a
     * sub-query on attempt_id), by attempt id, in order: two queries whatever the number of attempts.
     */
    private Map<Long, List<Item>> items(String scope, Object... params) throws DeckhandException {
        record Key(long attempt, int position) {
        }
        Map<Key, List<Difference>> differences = new HashMap<>();
        Rows.list(db, "read the exam", "SELECT attempt_id, position, kind, place, expected, actual "
                + "FROM exam_differences WHERE " + scope + " ORDER BY attempt_id, position, seq", rs -> {
                    differences.computeIfAbsent(new Key(rs.getLong(1), rs.getInt(2)), k -> new ArrayList<>())
                            .add(new Difference(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                    return null;
                }, params);
        Map<Long, List<Item>> out = new HashMap<>();
        Rows.list(db, "read the exam", "SELECT " + ITEM_COLUMNS + " FROM exam_questions WHERE " + scope
                + " ORDER BY attempt_id, position", rs -> {
                    long attempt = rs.getLong(1);
                    Optional<Graded> grade = Optional.empty();
                    double score = rs.getDouble(13);
                    if (!rs.wasNull()) {
                        grade = Optional.of(new Graded(score, rs.getInt(14) != 0,
                                differences.getOrDefault(new Key(attempt, rs.getInt(2)), List.of())));
                    }
                    out.computeIfAbsent(attempt, k -> new ArrayList<>()).add(new Item(rs.getString(3),
                            new CardId(rs.getLong(4)), rs.getString(5), Rows.splitList(rs.getString(6)), rs.getString(7),
                            rs.getString(8), Rows.splitTags(rs.getString(9)), rs.getString(10), rs.getString(11),
                            rs.getInt(12) != 0, grade));
                    return null;
                }, params);
        return out;
    }

    private static Attempt mapAttempt(ResultSet rs) throws SQLException {
        String deckIds = rs.getString(3);
        List<DeckId> decks = deckIds.isBlank() ? List.of()
                : Arrays.stream(deckIds.strip().split("\\s+")).map(s -> new DeckId(Long.parseLong(s))).toList();
        String types = rs.getString(8);
        long submitted = rs.getLong(13);
        Optional<Instant> submittedAt = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(submitted));
        double score = rs.getDouble(14);
        Optional<Double> scoreValue = rs.wasNull() ? Optional.empty() : Optional.of(score);
        return new Attempt(rs.getLong(1), rs.getString(2), decks, Rows.splitTags(rs.getString(4)), rs.getInt(5),
                Duration.ofMillis(rs.getLong(6)), rs.getDouble(7),
                types.isBlank() ? List.of() : Arrays.asList(types.strip().split("\\s+")),
                rs.getLong(9), Instant.ofEpochMilli(rs.getLong(10)), rs.getInt(11), Duration.ofMillis(rs.getLong(12)),
                submittedAt, scoreValue);
    }
}
