package io.deckhand.domain.deck;

import io.deckhand.domain.schedule.SchedulerKind;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Options shared by the decks that use this preset (as Anki's "deck options" presets).
 * {@code fsrsWeights} holds the 21 FSRS-6 parameters.
 */
public record DeckPreset(
        PresetId id,
        String name,
        SchedulerKind scheduler,
        double desiredRetention,
        List<Duration> learningSteps,
        List<Duration> relearningSteps,
        int maximumIntervalDays,
        int newPerDay,
        int reviewsPerDay,
        boolean fuzz,
        List<Double> fsrsWeights) {

    /** FSRS-6 default parameters (ts-fsrs 5 / fsrs-rs). */
    public static final List<Double> DEFAULT_FSRS6_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    /** The range Anki offers for desired retention. */
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.99;

    public DeckPreset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scheduler, "scheduler");
        if (name == null || name.isBlank()) throw new IllegalArgumentException("preset name is empty");
        if (!(desiredRetention >= MIN_RETENTION && desiredRetention <= MAX_RETENTION)) {
            throw new IllegalArgumentException("desired retention must be between 0.70 and 0.99: " + desiredRetention);
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (maximumIntervalDays < 1) throw new IllegalArgumentException("maximum interval must be at least 1 day");
        if (newPerDay < 0 || reviewsPerDay < 0) throw new IllegalArgumentException("daily limits cannot be negative");
        fsrsWeights = List.copyOf(fsrsWeights);
        if (fsrsWeights.size() != 21) throw new IllegalArgumentException("FSRS-6 needs 21 parameters, got " + fsrsWeights.size());
    }

    public static DeckPreset defaults(PresetId id, String name) {
        return new DeckPreset(id, name, SchedulerKind.FSRS6, 0.9,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)),
                36500, 20, 200, true, DEFAULT_FSRS6_WEIGHTS);
    }

    public DeckPreset withScheduler(SchedulerKind kind) {
        return new DeckPreset(id, name, kind, desiredRetention, learningSteps, relearningSteps,
                maximumIntervalDays, newPerDay, reviewsPerDay, fuzz, fsrsWeights);
    }

    public DeckPreset withFuzz(boolean on) {
        return new DeckPreset(id, name, scheduler, desiredRetention, learningSteps, relearningSteps,
                maximumIntervalDays, newPerDay, reviewsPerDay, on, fsrsWeights);
    }

    public DeckPreset withLimits(int newLimit, int reviewLimit) {
        return new DeckPreset(id, name, scheduler, desiredRetention, learningSteps, relearningSteps,
                maximumIntervalDays, newLimit, reviewLimit, fuzz, fsrsWeights);
    }

    public DeckPreset withName(String newName) {
        return new DeckPreset(id, newName, scheduler, desiredRetention, learningSteps, relearningSteps,
                maximumIntervalDays, newPerDay, reviewsPerDay, fuzz, fsrsWeights);
    }

    /** The same options with other FSRS-6 parameters (e.g. fitted by the optimiser). */
    public DeckPreset withFsrsWeights(List<Double> weights) {
        return new DeckPreset(id, name, scheduler, desiredRetention, learningSteps, relearningSteps,
                maximumIntervalDays, newPerDay, reviewsPerDay, fuzz, weights);
    }

    /** The same options under another identity (a copy of this preset). */
    public DeckPreset copyAs(PresetId newId, String newName) {
        return new DeckPreset(newId, newName, scheduler, desiredRetention, learningSteps, relearningSteps,
                maximumIntervalDays, newPerDay, reviewsPerDay, fuzz, fsrsWeights);
    }
}
