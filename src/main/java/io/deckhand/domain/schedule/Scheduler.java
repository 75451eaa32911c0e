package io.deckhand.domain.schedule;

import java.time.Instant;

/**
 * A spaced-repetition algorithm. Pure: no clock, no storage, no shared randomness.
 * {@code fuzzSeed} is derived from the card (e.g. its id and reps) so the fuzz is deterministic.
 */
public interface Scheduler {

    /** What each of the four answers would do to the card if given at {@code now}. */
    NextStates preview(SchedulingState current, Instant now, long fuzzSeed);

    /** The new state after answering {@code rating} at {@code now}. */
    default SchedulingState answer(SchedulingState current, Rating rating, Instant now, long fuzzSeed) {
        return preview(current, now, fuzzSeed).of(rating);
    }
}
