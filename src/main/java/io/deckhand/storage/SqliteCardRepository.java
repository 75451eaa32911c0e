package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.study.StudyCounts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class SqliteCardRepository implements CardRepository {
    private static final SchedulingColumns SCHED = new SchedulingColumns("");
    static final String COLUMNS = "id, note_id, deck_id, kind, front, back, tags, suspended, " + SCHED.names();
    private final Database db;
    private final Clock clock;

    public SqliteCardRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Built once: an import adds a card per note, and the statement cache is looked up by this text. */
    private static final String INSERT = "INSERT INTO cards(note_id, deck_id, kind, front, back, tags, "
            + SCHED.names() + ", modified_ms) VALUES (?, ?, ?, ?, ?, ?, "
            + Rows.placeholders(SchedulingColumns.COUNT) + ", ?) RETURNING id";

    @Override
    public Card insert(NoteId note, DeckId deck, CardKind kind, String front, String back, List<String> tags,
                       SchedulingState scheduling) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare(INSERT);
            ps.setLong(1, note.value());
            ps.setLong(2, deck.value());
            ps.setString(3, kind.code());
            ps.setString(4, front);
            ps.setString(5, back);
            ps.setString(6, Rows.joinTags(tags));
            int next = SchedulingColumns.bind(ps, 7, scheduling);
            ps.setLong(next, clock.millis());
            return new Card(new CardId(Rows.insertReturningId(ps)), note, deck, kind, front, back, tags, scheduling, false);
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "add a card");
        }
    }

    @Override
    public Optional<Card> find(CardId id) throws DeckhandException {
        List<Card> found = query("SELECT " + COLUMNS + " FROM cards WHERE id = ?", id.value());
        return found.stream().findFirst();
    }

    @Override
    public List<Card> byNote(NoteId note) throws DeckhandException {
        return query("SELECT " + COLUMNS + " FROM cards WHERE note_id = ? ORDER BY id", note.value());
    }

    @Override
    public List<Card> byDecks(Collection<DeckId> decks) throws DeckhandException {
        if (decks.isEmpty()) return List.of();
        return query("SELECT " + COLUMNS + " FROM cards WHERE deck_id IN (" + Rows.placeholders(decks.size())
                + ") ORDER BY id", decks.stream().map(DeckId::value).toArray());
    }

    @Override
    public List<Card> forQuiz(Collection<DeckId> decks, Collection<String> tags) throws DeckhandException {
        if (decks.isEmpty()) return List.of();
        List<Object> params = new java.util.ArrayList<>();
        String where = quizFilter("", decks, tags, params);
        return query("SELECT " + COLUMNS + " FROM cards WHERE " + where + " ORDER BY id", params.toArray());
    }

    @Override
    public List<QuizRef> quizRefs(Collection<DeckId> decks, Collection<String> tags) throws DeckhandException {
        if (decks.isEmpty()) return List.of();
        List<Object> params = new java.util.ArrayList<>();
        String where = quizFilter("c.", decks, tags, params);
        // Without tags, cards_for_quiz and notes_headings cover the query: no card or note text is read.
        boolean withTags = !tags.isEmpty();
        return Rows.list(db, "read the cards", "SELECT c.id, c.deck_id, n.source_headings"
                + (withTags ? ", c.tags" : "") + " FROM cards c JOIN notes n ON n.id = c.note_id WHERE " + where,
                rs -> new QuizRef(new CardId(rs.getLong(1)), new DeckId(rs.getLong(2)),
                        withTags ? Rows.splitTags(rs.getString(4)) : List.of(), Rows.splitList(rs.getString(3))),
                params.toArray());
    }

    /** Not suspended, in these decks, with any of the tags or a tag below one (none = any). */
    private static String quizFilter(String alias, Collection<DeckId> decks, Collection<String> tags, List<Object> params) {
        decks.forEach(d -> params.add(d.value()));
        StringBuilder sql = new StringBuilder(alias + "suspended = 0 AND " + alias + "deck_id IN ("
                + Rows.placeholders(decks.size()) + ")");
        if (!tags.isEmpty()) {
            // Tags are stored " a b c ": a whole tag is " tag ", a tag below it starts " tag::".
            List<String> clauses = new java.util.ArrayList<>();
            for (String tag : tags) {
                String t = likeEscaped(tag.strip());
                clauses.add(alias + "tags LIKE ? ESCAPE '\\' OR " + alias + "tags LIKE ? ESCAPE '\\'");
                params.add("% " + t + " %");
                params.add("% " + t + "::%");
            }
            sql.append(" AND (").append(String.join(" OR ", clauses)).append(')');
        }
        return sql.toString();
    }

    @Override
    public List<Card> findAll(List<CardId> ids) throws DeckhandException {
        Map<CardId, Card> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<CardId> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            for (Card c : query("SELECT " + COLUMNS + " FROM cards WHERE id IN (" + Rows.placeholders(chunk.size()) + ")",
                    chunk.stream().map(CardId::value).toArray())) {
                found.put(c.id(), c);
            }
        }
        List<Card> out = new java.util.ArrayList<>(found.size());
        for (CardId id : ids) {
            Card c = found.get(id);
            if (c != null) out.add(c);
        }
        return out;
    }

    private static String likeEscaped(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    @Override
    public void updateContent(Card card) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("UPDATE cards SET deck_id = ?, front = ?, back = ?, tags = ?, "
                    + "suspended = ?, modified_ms = ? WHERE id = ?");
            ps.setLong(1, card.deckId().value());
            ps.setString(2, card.front());
            ps.setString(3, card.back());
            ps.setString(4, Rows.joinTags(card.tags()));
            ps.setInt(5, card.suspended() ? 1 : 0);
            ps.setLong(6, clock.millis());
            ps.setLong(7, card.id().value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "save the card");
        }
    }

    @Override
    public void updateScheduling(CardId id, SchedulingState state) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("UPDATE cards SET " + SCHED.assignments() + ", modified_ms = ? WHERE id = ?");
            int next = SchedulingColumns.bind(ps, 1, state);
            ps.setLong(next, clock.millis());
            ps.setLong(next + 1, id.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "save the answer");
        }
    }

    @Override
    public void setSchedulingByHand(CardId id, SchedulingState state) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("UPDATE cards SET " + SCHED.assignments()
                    + ", modified_ms = ?, sched_set_ms = ? WHERE id = ?");
            int next = SchedulingColumns.bind(ps, 1, state);
            long now = clock.millis();
            ps.setLong(next, now);
            ps.setLong(next + 1, now);
            ps.setLong(next + 2, id.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "reschedule the card");
        }
    }

    @Override
    public void delete(CardId id) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("DELETE FROM cards WHERE id = ?");
            ps.setLong(1, id.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "delete the card");
        }
    }

    @Override
    public void moveToNote(CardId id, NoteId note) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("UPDATE cards SET note_id = ?, modified_ms = ? WHERE id = ?");
            ps.setLong(1, note.value());
            ps.setLong(2, clock.millis());
            ps.setLong(3, id.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "join the card to its note");
        }
    }

    // The queue queries take the subtree's deck ids as one JSON array (one cached statement whatever
    // the number of sub-decks) and seek cards_by_queue once per deck inside SQLite: the cost is a few
    // microseconds per sub-deck instead of a JDBC round trip per deck.

    /**
     * Per deck (and state) the first card in (due, id) order that is not skipped, then the best of
     * those: ?1 deck ids, ?2 states, ?3 due before (ms), ?4 skipped card ids, all JSON arrays but ?3.
     */
    private static final String FIRST_DUE = "SELECT " + COLUMNS + " FROM cards WHERE id IN ("
            + "SELECT (SELECT x.id FROM cards x WHERE x.deck_id = d.value AND x.state = s.value AND x.suspended = 0 "
            + "AND x.due_ms < ?3 AND x.id NOT IN (SELECT value FROM json_each(?4)) ORDER BY x.due_ms, x.id LIMIT 1) "
            + "FROM json_each(?1) d, json_each(?2) s) ORDER BY due_ms, id LIMIT 1";
    /** As {@link #FIRST_DUE} for new cards: each deck's first in (due, id) order, then the lowest id. */
    private static final String FIRST_NEW = "SELECT " + COLUMNS + " FROM cards WHERE id IN ("
            + "SELECT (SELECT x.id FROM cards x WHERE x.deck_id = d.value AND x.state = 0 AND x.suspended = 0 "
            + "AND x.id NOT IN (SELECT value FROM json_each(?2)) ORDER BY x.due_ms, x.id LIMIT 1) "
            + "FROM json_each(?1) d) ORDER BY id LIMIT 1";

    @Override
    public Optional<Card> nextLearning(Collection<DeckId> decks, Instant dueBefore) throws DeckhandException {
        return nextLearning(decks, dueBefore, java.util.Set.of());
    }

    @Override
    public Optional<Card> nextReview(Collection<DeckId> decks, Instant dueBefore) throws DeckhandException {
        return nextReview(decks, dueBefore, java.util.Set.of());
    }

    @Override
    public Optional<Card> nextNew(Collection<DeckId> decks) throws DeckhandException {
        return nextNew(decks, java.util.Set.of());
    }

    /** Notes answered since ?1, and the notes made from the same passage of the same file. */
    private static final String SIBLINGS = "SELECT " + COLUMNS + " FROM cards WHERE suspended = 0 AND note_id IN ("
            + "SELECT a.note_id FROM review_log r JOIN cards a ON a.id = r.card_id WHERE r.reviewed_ms >= ?1 "
            + "UNION SELECT nb.id FROM review_log r JOIN cards a ON a.id = r.card_id JOIN notes na ON na.id = a.note_id "
            + "JOIN notes nb ON nb.source_path = na.source_path AND nb.source_first_line = na.source_first_line "
            + "AND nb.source_last_line = na.source_last_line "
            + "WHERE r.reviewed_ms >= ?1 AND na.source_path IS NOT NULL) "
            + "AND id NOT IN (SELECT card_id FROM review_log WHERE reviewed_ms >= ?1) ORDER BY id";

    @Override
    public List<Card> siblingsOfAnswered(Instant since) throws DeckhandException {
        return query(SIBLINGS, since.toEpochMilli());
    }

    @Override
    public Optional<Card> nextLearning(Collection<DeckId> decks, Instant dueBefore, java.util.Set<CardId> skip)
            throws DeckhandException {
        return firstDue(decks, "[" + CardState.LEARNING.code() + "," + CardState.RELEARNING.code() + "]", dueBefore, skip);
    }

    @Override
    public Optional<Card> nextReview(Collection<DeckId> decks, Instant dueBefore, java.util.Set<CardId> skip)
            throws DeckhandException {
        return firstDue(decks, "[" + CardState.REVIEW.code() + "]", dueBefore, skip);
    }

    @Override
    public Optional<Card> nextNew(Collection<DeckId> decks, java.util.Set<CardId> skip) throws DeckhandException {
        if (decks.isEmpty()) return Optional.empty();
        return query(FIRST_NEW, deckArray(decks), idArray(skip)).stream().findFirst();
    }

    private Optional<Card> firstDue(Collection<DeckId> decks, String states, Instant dueBefore,
                                    java.util.Set<CardId> skip) throws DeckhandException {
        if (decks.isEmpty()) return Optional.empty();
        return query(FIRST_DUE, deckArray(decks), states, dueBefore.toEpochMilli(), idArray(skip)).stream().findFirst();
    }

    private static String deckArray(Collection<DeckId> decks) {
        StringBuilder b = new StringBuilder(decks.size() * 6 + 2).append('[');
        for (DeckId d : decks) b.append(b.length() > 1 ? "," : "").append(d.value());
        return b.append(']').toString();
    }

    private static String idArray(java.util.Set<CardId> ids) {
        StringBuilder b = new StringBuilder(ids.size() * 6 + 2).append('[');
        for (CardId id : ids) b.append(b.length() > 1 ? "," : "").append(id.value());
        return b.append(']').toString();
    }

    @Override
    public Map<DeckId, StudyCounts> countsByDeck(Instant learningBefore, Instant reviewBefore) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("SELECT deck_id, "
                    + "sum(state = 0), sum(state IN (1, 3) AND due_ms < ?), sum(state = 2 AND due_ms < ?) "
                    + "FROM cards WHERE suspended = 0 GROUP BY deck_id");
            ps.setLong(1, learningBefore.toEpochMilli());
            ps.setLong(2, reviewBefore.toEpochMilli());
            Map<DeckId, StudyCounts> out = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(new DeckId(rs.getLong(1)), new StudyCounts(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "count the cards due");
        }
    }

    /**
     * The three counts over the subtree in one statement, each stopping at its cap (?1 deck ids;
     * caps ?2 new, ?4 learning, ?6 review; due before ?3 learning, ?5 review).
     */
    private static final String COUNT_DUE = "SELECT "
            + "(SELECT count(*) FROM (SELECT 1 FROM cards WHERE deck_id IN (SELECT value FROM json_each(?1)) "
            + "AND state = 0 AND suspended = 0 LIMIT ?2)), "
            + "(SELECT count(*) FROM (SELECT 1 FROM cards WHERE deck_id IN (SELECT value FROM json_each(?1)) "
            + "AND state IN (1, 3) AND suspended = 0 AND due_ms < ?3 LIMIT ?4)), "
            + "(SELECT count(*) FROM (SELECT 1 FROM cards WHERE deck_id IN (SELECT value FROM json_each(?1)) "
            + "AND state = 2 AND suspended = 0 AND due_ms < ?5 LIMIT ?6))";

    @Override
    public StudyCounts countDue(Collection<DeckId> decks, Instant learningBefore, Instant reviewBefore,
                                StudyCounts caps) throws DeckhandException {
        if (decks.isEmpty()) return StudyCounts.ZERO;
        // A negative LIMIT means none in SQLite: a spent cap must count nothing.
        return Rows.list(db, "count the cards due", COUNT_DUE,
                rs -> new StudyCounts(rs.getInt(1), rs.getInt(2), rs.getInt(3)),
                deckArray(decks), Math.max(0, caps.newCount()), learningBefore.toEpochMilli(),
                Math.max(0, caps.learningCount()), reviewBefore.toEpochMilli(), Math.max(0, caps.reviewCount())).get(0);
    }

    @Override
    public long count() throws DeckhandException {
        return Rows.number(db, "count the cards", "SELECT count(*) FROM cards");
    }

    private List<Card> query(String sql, Object... params) throws DeckhandException {
        return Rows.list(db, "read the cards", sql, SqliteCardRepository::map, params);
    }

    static Card map(ResultSet rs) throws SQLException {
        return new Card(new CardId(rs.getLong(1)), new NoteId(rs.getLong(2)), new DeckId(rs.getLong(3)),
                CardKind.fromCode(rs.getString(4)), rs.getString(5), rs.getString(6), Rows.splitTags(rs.getString(7)),
                SchedulingColumns.read(rs, 9), rs.getInt(8) != 0);
    }
}
