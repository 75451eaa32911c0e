package io.deckhand.domain.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * Everything a scheduler needs to know about one card, as a plain value.
 *
 * @param stability     FSRS stability in days (0 for a new card)
 * @param difficulty    FSRS difficulty 1..10 (0 for a new card)
 * @param scheduledDays whole days until due when it was last scheduled (0 in (re)learning steps;
 *                      SM-2 relearning cards keep here the interval they return to, as Anki does)
 * @param step          index of the current (re)learning step
 * @param lastReview    time of the last review, or null if never reviewed
 * @param ease          SM-2 ease factor (2.5 = 250%); kept for SM-2 presets and Anki imports
 */
public record SchedulingState(
        CardState state,
        Instant due,
        double stability,
        double difficulty,
        int scheduledDays,
        int reps,
        int lapses,
        int step,
        Instant lastReview,
        double ease) {

    public static final double DEFAULT_EASE = 2.5;

    public SchedulingState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (stability < 0 || difficulty < 0 || scheduledDays < 0 || reps < 0 || lapses < 0 || step < 0) {
            throw new IllegalArgumentException("scheduling values cannot be negative");
        }
    }

    /** A card never studied, due from {@code created}. */
    public static SchedulingState newCard(Instant created) {
        return new SchedulingState(CardState.NEW, created, 0, 0, 0, 0, 0, 0, null, DEFAULT_EASE);
    }
}
