package io.deckhand.domain.schedule.fsrs;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Scheduling policy around the FSRS maths.
 *
 * @param shortTerm whether (re)learning steps and same-day stability updates are used; when off every
 *                  answer schedules whole days (ts-fsrs's long-term scheduler)
 * @param fuzz      whether review intervals of 3 days or more are spread a little, seeded from the card
 */
public record FsrsOptions(
        List<Double> weights,
        double desiredRetention,
        int maximumIntervalDays,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        boolean shortTerm,
        boolean fuzz) {

    public FsrsOptions {
        weights = List.copyOf(weights);
        if (weights.size() != 21) throw new IllegalArgumentException("FSRS-6 needs 21 parameters, got " + weights.size());
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1: " + desiredRetention);
        }
        if (maximumIntervalDays < 1) throw new IllegalArgumentException("maximum interval must be at least 1 day");
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        for (Duration d : learningSteps) requirePositive(d);
        for (Duration d : relearningSteps) requirePositive(d);
    }

    private static void requirePositive(Duration d) {
        Objects.requireNonNull(d, "step");
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("learning steps must be positive: " + d);
    }

    /** ts-fsrs / Anki defaults: 0.9 retention, 36500 days, steps 1m 10m, relearning 10m, short-term on. */
    public static FsrsOptions defaults(List<Double> weights, boolean fuzz) {
        return new FsrsOptions(weights, 0.9, 36500,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), true, fuzz);
    }

    public FsrsOptions withFuzz(boolean on) {
        return new FsrsOptions(weights, desiredRetention, maximumIntervalDays, learningSteps, relearningSteps, shortTerm, on);
    }
}
