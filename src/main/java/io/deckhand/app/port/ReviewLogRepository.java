package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.study.StudyCounts;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface ReviewLogRepository {
    /** A stored entry with its row id (for undo). */
    record Stored(long id, ReviewLogEntry entry) {
    }

    long append(ReviewLogEntry entry) throws DeckhandException;

    /** Many entries at once, in order (an import's history), in one round of statements; their row ids, in order. */
    default long[] appendAll(List<ReviewLogEntry> entries) throws DeckhandException {
        long[] ids = new long[entries.size()];
        for (int i = 0; i < ids.length; i++) ids[i] = append(entries.get(i));
        return ids;
    }

    /** The entry with this id, if it still exists. */
    Optional<Stored> find(long id) throws DeckhandException;

    /** The most recent entry, if any. */
    Optional<Stored> latest() throws DeckhandException;

    void delete(long id) throws DeckhandException;

    List<ReviewLogEntry> forCard(CardId card) throws DeckhandException;

    List<ReviewLogEntry> since(Instant from) throws DeckhandException;

    /** Answers given since {@code from} to cards that were in these decks when answered. */
    List<ReviewLogEntry> since(Instant from, java.util.Collection<DeckId> decks) throws DeckhandException;

    /** Every answer to the cards now in these decks (wherever they were when answered), oldest first. */
    List<ReviewLogEntry> forCardsInDecks(java.util.Collection<DeckId> decks) throws DeckhandException;

    /**
     * What was studied per deck since {@code from}: new = cards first seen, learning = answers to
     * (re)learning cards, review = answers to review cards.
     */
    Map<DeckId, StudyCounts> studiedByDeck(Instant from) throws DeckhandException;

    /**
     * How long the latest {@code perKind} answers of each kind the simulator times (new, review and
     * relearning cards, by rating) took, to cards that were in these decks when answered.
     */
    List<io.deckhand.domain.schedule.fsrs.simulate.AnswerTimes.Answer> answerTimes(
            java.util.Collection<DeckId> decks, int perKind) throws DeckhandException;

    long count() throws DeckhandException;

    /** Anki's own numbers for a review row imported from Anki (revlog ivl, lastIvl, factor, type). */
    record AnkiRow(int interval, int lastInterval, int factor, int type) {
    }

    /**
     * Keeps Anki's numbers beside the stored rows ({@code rows.get(i)} beside {@code reviewIds[i]}), so an
     * export writes them back as written; one batch.
     */
    void keepAnkiRows(long[] reviewIds, List<AnkiRow> rows) throws DeckhandException;

    /** Anki's numbers of the imported rows of the cards now in these decks, by card id and answer time (epoch ms). */
    Map<String, AnkiRow> ankiRowsForCardsInDecks(java.util.Collection<DeckId> decks) throws DeckhandException;

    /** The key of {@link #ankiRowsForCardsInDecks}. */
    static String ankiRowKey(long cardId, Instant reviewedAt) {
        return cardId + "@" + reviewedAt.toEpochMilli();
    }
}
