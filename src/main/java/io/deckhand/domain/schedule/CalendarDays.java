package io.deckhand.domain.schedule;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Whole UTC calendar days between two instants, the convention of FSRS's reference implementation. */
public final class CalendarDays {
    private CalendarDays() {
    }

    /** Days from the UTC date of {@code from} to the UTC date of {@code to}; 23:55 to 00:05 counts as 1. */
    public static int between(Instant from, Instant to) {
        long days = ChronoUnit.DAYS.between(
                from.atOffset(ZoneOffset.UTC).toLocalDate(), to.atOffset(ZoneOffset.UTC).toLocalDate());
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, days));
    }

    /** Days since the last review, 0 for a card never reviewed or a clock that went backwards. */
    public static int sinceLastReview(SchedulingState state, Instant now) {
        if (state.state() == CardState.NEW || state.lastReview() == null) return 0;
        return Math.max(0, between(state.lastReview(), now));
    }
}
