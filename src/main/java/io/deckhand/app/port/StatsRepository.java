package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.PresetId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Aggregates for the statistics, computed by the database. A scope is a set of decks; empty means
 * the whole collection. Review-log figures count an answer in the deck the card was in when answered.
 */
public interface StatsRepository {
    /** Kinds of answer, by the card's state before it: new, (re)learning, young review, mature review. */
    int NEW = 0;
    int LEARNING = 1;
    int YOUNG = 2;
    int MATURE = 3;
    /** Anki's line between young and mature: an interval of 21 days or more. */
    int MATURE_DAYS = 21;

    /** Answers in one time range: {@code counts[kind][rating - 1]} and the time spent answering. */
    record Answers(long[][] counts, long durationMs) {
        public long total() {
            long n = 0;
            for (long[] k : counts) for (long c : k) n += c;
            return n;
        }
    }

    /**
     * Answers in each range {@code [bounds[i], bounds[i + 1])}; one result per range, in order.
     * {@code bounds} must be ascending.
     */
    List<Answers> answers(List<Instant> bounds, Collection<DeckId> scope) throws DeckhandException;

    /** Cards by state; suspended cards only as suspended. Review cards split young / mature. */
    record CardCounts(long newCards, long learning, long relearning, long young, long mature, long suspended) {
    }

    CardCounts cardCounts(Collection<DeckId> scope) throws DeckhandException;

    /** Non-new, unsuspended cards due before {@code before}, counted per minute of their due time. */
    record DueMinute(Instant minute, long cards) {
    }

    List<DueMinute> dueBefore(Instant before, Collection<DeckId> scope) throws DeckhandException;

    /** The memory of a studied card (not new, not suspended), with its deck's preset. */
    record Memory(PresetId preset, double stability, double difficulty, Instant lastReview) {
    }

    /** Every studied card's memory, handed to {@code sink} one by one (no list of 100,000 records). */
    void memories(Collection<DeckId> scope, java.util.function.Consumer<Memory> sink) throws DeckhandException;

    /**
     * Cards grouped by deck, tags and the top heading of their note: cards, mature cards (review,
     * interval of 21 days or more, not suspended), and answers to review cards since {@code since}
     * with how many were not Again.
     */
    record TopicGroup(DeckId deck, String tags, String heading, long cards, long mature, long reviews, long passed) {
    }

    List<TopicGroup> topicGroups(Instant since, Collection<DeckId> scope) throws DeckhandException;
}
