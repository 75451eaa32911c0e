package io.deckhand.domain.schedule.fsrs;

import io.deckhand.domain.schedule.Rating;
import java.time.Duration;
import java.util.List;

/**
 * Where a (re)learning step answer goes, in whole minutes, as Anki and ts-fsrs do: Again restarts at
 * the first step, Hard repeats the current step with the mean of the first two steps (or 1.5 times a
 * single step), Good moves to the next step; no step left (or Easy) means the card graduates.
 */
final class LearningSteps {

    /** A step to wait for; {@code minutes >= 1440} graduates with whole days instead of using FSRS. */
    record Step(long minutes, int nextIndex) {
    }

    private final long[] minutes;

    LearningSteps(List<Duration> steps) {
        this.minutes = new long[steps.size()];
        for (int i = 0; i < minutes.length; i++) {
            minutes[i] = Math.max(1, Math.round(steps.get(i).toSeconds() / 60.0));
        }
    }

    boolean isEmpty() {
        return minutes.length == 0;
    }

    /** Step after answering {@code rating} at step {@code current} of a (re)learning card; null = graduate. */
    Step inLearning(int current, Rating rating) {
        if (minutes.length == 0 || current >= minutes.length) return null;
        return switch (rating) {
            case AGAIN -> new Step(minutes[0], 0);
            case HARD -> new Step(hardMinutes(), current);
            case GOOD -> current + 1 < minutes.length ? new Step(minutes[current + 1], current + 1) : null;
            case EASY -> null;
        };
    }

    /** Step after a lapse of a review card; null = no relearning steps. */
    Step afterLapse(int current) {
        if (minutes.length == 0 || current >= minutes.length) return null;
        return new Step(minutes[current], 0);
    }

    private long hardMinutes() {
        if (minutes.length == 1) return Math.round(minutes[0] * 1.5);
        return Math.round((minutes[0] + minutes[1]) / 2.0);
    }
}
