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

    @Override
    public Card insert(NoteId note, DeckId deck, CardKind kind, String front, String back, List<String> tags,
                       SchedulingState scheduling) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("INSERT INTO cards(note_id, deck_id, kind, front, back, tags, "
                    + SCHED.names() + ", modified_ms) VALUES (?, ?, ?, ?, ?, ?, "
                    + Rows.placeholders(SchedulingColumns.COUNT) + ", ?)");
            ps.setLong(1, note.value());
            ps.setLong(2, deck.value());
            ps.setString(3, kind.code());
            ps.setString(4, front);
            ps.setString(5, back);
            ps.setString(6, Rows.joinTags(tags));
            int next = SchedulingColumns.bind(ps, 7, scheduling);
            ps.setLong(next, clock.millis());
            ps.executeUpdate();
            return new Card(new CardId(Rows.lastId(db)), note, deck, kind, front, back, tags, scheduling, false);
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
    public void delete(CardId id) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("DELETE FROM cards WHERE id = ?");
            ps.setLong(1, id.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "delete the card");
        }
    }

    // The queue queries run once per deck and keep the best row, so each is a single seek on
    // cards_by_queue however many cards the collection holds.

    @Override
    public Optional<Card> nextLearning(Collection<DeckId> decks, Instant dueBefore) throws DeckhandException {
        Card best = null;
        for (CardState state : List.of(CardState.LEARNING, CardState.RELEARNING)) {
            best = earlier(best, firstDue(decks, state, dueBefore));
        }
        return Optional.ofNullable(best);
    }

    @Override
    public Optional<Card> nextReview(Collection<DeckId> decks, Instant dueBefore) throws DeckhandException {
        return Optional.ofNullable(firstDue(decks, CardState.REVIEW, dueBefore));
    }

    @Override
    public Optional<Card> nextNew(Collection<DeckId> decks) throws DeckhandException {
        Card best = null;
        for (DeckId deck : decks) {
            List<Card> found = query("SELECT " + COLUMNS + " FROM cards WHERE deck_id = ? AND state = 0 "
                    + "AND suspended = 0 ORDER BY due_ms, id LIMIT 1", deck.value());
            if (!found.isEmpty() && (best == null || found.get(0).id().value() < best.id().value())) {
                best = found.get(0);
            }
        }
        return Optional.ofNullable(best);
    }

    private Card firstDue(Collection<DeckId> decks, CardState state, Instant dueBefore) throws DeckhandException {
        Card best = null;
        for (DeckId deck : decks) {
            List<Card> found = query("SELECT " + COLUMNS + " FROM cards WHERE deck_id = ? AND state = ? "
                    + "AND suspended = 0 AND due_ms < ? ORDER BY due_ms, id LIMIT 1",
                    deck.value(), state.code(), dueBefore.toEpochMilli());
            if (!found.isEmpty()) best = earlier(best, found.get(0));
        }
        return best;
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
        if (skip.isEmpty()) return nextLearning(decks, dueBefore);
        Card best = null;
        for (CardState state : List.of(CardState.LEARNING, CardState.RELEARNING)) {
            best = earlier(best, firstDue(decks, state, dueBefore, skip));
        }
        return Optional.ofNullable(best);
    }

    @Override
    public Optional<Card> nextReview(Collection<DeckId> decks, Instant dueBefore, java.util.Set<CardId> skip)
            throws DeckhandException {
        if (skip.isEmpty()) return nextReview(decks, dueBefore);
        return Optional.ofNullable(firstDue(decks, CardState.REVIEW, dueBefore, skip));
    }

    @Override
    public Optional<Card> nextNew(Collection<DeckId> decks, java.util.Set<CardId> skip) throws DeckhandException {
        if (skip.isEmpty()) return nextNew(decks);
        Card best = null;
        for (DeckId deck : decks) {
            // The few skipped cards are passed over here rather than listed in the SQL (one cached statement).
            Card found = firstNotSkipped(query("SELECT " + COLUMNS + " FROM cards WHERE deck_id = ? AND state = 0 "
                    + "AND suspended = 0 ORDER BY due_ms, id LIMIT ?", deck.value(), skip.size() + 1), skip);
            if (found != null && (best == null || found.id().value() < best.id().value())) best = found;
        }
        return Optional.ofNullable(best);
    }

    private Card firstDue(Collection<DeckId> decks, CardState state, Instant dueBefore, java.util.Set<CardId> skip)
            throws DeckhandException {
        Card best = null;
        for (DeckId deck : decks) {
            Card found = firstNotSkipped(query("SELECT " + COLUMNS + " FROM cards WHERE deck_id = ? AND state = ? "
                    + "AND suspended = 0 AND due_ms < ? ORDER BY due_ms, id LIMIT ?",
                    deck.value(), state.code(), dueBefore.toEpochMilli(), skip.size() + 1), skip);
            if (found != null) best = earlier(best, found);
        }
        return best;
    }

    private static Card firstNotSkipped(List<Card> cards, java.util.Set<CardId> skip) {
        for (Card c : cards) {
            if (!skip.contains(c.id())) return c;
        }
        return null;
    }

    private static Card earlier(Card a, Card b) {
        if (a == null) return b;
        if (b == null) return a;
        return b.scheduling().due().isBefore(a.scheduling().due()) ? b : a;
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

    @Override
    public StudyCounts countDue(Collection<DeckId> decks, Instant learningBefore, Instant reviewBefore,
                                StudyCounts caps) throws DeckhandException {
        int n = 0;
        int l = 0;
        int r = 0;
        for (DeckId deck : decks) {
            n += capped("state = 0", deck, null, caps.newCount() - n);
            l += capped("state IN (1, 3)", deck, learningBefore, caps.learningCount() - l);
            r += capped("state = 2", deck, reviewBefore, caps.reviewCount() - r);
        }
        return new StudyCounts(n, l, r);
    }

    private int capped(String stateCondition, DeckId deck, Instant dueBefore, int cap) throws DeckhandException {
        if (cap <= 0) return 0;
        String sql = "SELECT count(*) FROM (SELECT 1 FROM cards WHERE deck_id = ? AND " + stateCondition
                + " AND suspended = 0" + (dueBefore == null ? "" : " AND due_ms < ?") + " LIMIT ?)";
        Object[] params = dueBefore == null ? new Object[] {deck.value(), cap}
                : new Object[] {deck.value(), dueBefore.toEpochMilli(), cap};
        return (int) Rows.number(db, "count the cards due", sql, params);
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
