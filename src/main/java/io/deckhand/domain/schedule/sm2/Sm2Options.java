package io.deckhand.domain.schedule.sm2;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Anki's SM-2 deck options.
 *
 * @param graduatingIntervalDays interval when Good leaves the last learning step (Anki: 1)
 * @param easyIntervalDays       interval when Easy is pressed on a learning card (Anki: 4)
 * @param startingEase           ease given on graduation (2.5 = 250%)
 * @param hardMultiplier         review interval factor for Hard (1.2)
 * @param easyBonus              extra factor for Easy (1.3)
 * @param intervalModifier       factor on every passing review interval (1.0)
 * @param lapseMultiplier        factor on the interval after a lapse (0 = back to the minimum)
 * @param minimumLapseDays       shortest interval after a lapse (1)
 */
public record Sm2Options(
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int graduatingIntervalDays,
        int easyIntervalDays,
        double startingEase,
        double hardMultiplier,
        double easyBonus,
        double intervalModifier,
        double lapseMultiplier,
        int minimumLapseDays,
        int maximumIntervalDays,
        boolean fuzz) {

    public static final double MINIMUM_EASE = 1.3;

    public Sm2Options {
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        for (Duration d : learningSteps) requirePositive(d);
        for (Duration d : relearningSteps) requirePositive(d);
        if (graduatingIntervalDays < 1 || easyIntervalDays < 1 || minimumLapseDays < 1 || maximumIntervalDays < 1) {
            throw new IllegalArgumentException("SM-2 intervals must be at least 1 day");
        }
        if (!(startingEase >= MINIMUM_EASE) || !(hardMultiplier > 0) || !(easyBonus >= 1)
                || !(intervalModifier > 0) || !(lapseMultiplier >= 0 && lapseMultiplier <= 1)) {
            throw new IllegalArgumentException("SM-2 factors out of range");
        }
    }

    private static void requirePositive(Duration d) {
        Objects.requireNonNull(d, "step");
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("learning steps must be positive: " + d);
    }

    /** Anki's defaults with the given steps, maximum and fuzz. */
    public static Sm2Options anki(List<Duration> learningSteps, List<Duration> relearningSteps, int maximumIntervalDays,
            boolean fuzz) {
        return new Sm2Options(learningSteps, relearningSteps, 1, 4, 2.5, 1.2, 1.3, 1.0, 0.0, 1, maximumIntervalDays, fuzz);
    }

    public static Sm2Options defaults() {
        return anki(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), 36500, false);
    }
}
