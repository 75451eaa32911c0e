package io.deckhand.domain.schedule;

import java.time.Instant;

/** Whole UTC calendar days between two instants, the convention of FSRS's reference implementation. */
public final class CalendarDays {
    private CalendarDays() {
    }

    /** Days from the UTC date of {@code from} to the UTC date of {@code to}; 23:55 to 00:05 counts as 1. */
    public static int between(Instant from, Instant to) {
        // UTC days are whole multiples of 86,400 s since the epoch: no dates to build (an import replays
        // every answer of its review log through here)
        long days = Math.floorDiv(to.getEpochSecond(), SECONDS_PER_DAY) - Math.floorDiv(from.getEpochSecond(), SECONDS_PER_DAY);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, days));
    }

    private static final long SECONDS_PER_DAY = 86_400;

    /** Days since the last review, 0 for a card never reviewed or a clock that went backwards. */
    public static int sinceLastReview(SchedulingState state, Instant now) {
        if (state.state() == CardState.NEW || state.lastReview() == null) return 0;
        return Math.max(0, between(state.lastReview(), now));
    }
}
