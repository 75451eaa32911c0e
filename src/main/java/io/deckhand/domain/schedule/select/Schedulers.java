package io.deckhand.domain.schedule.select;

import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.FuzzSeed;
import io.deckhand.domain.schedule.Scheduler;
import io.deckhand.domain.schedule.fsrs.Fsrs6Scheduler;
import io.deckhand.domain.schedule.fsrs.FsrsOptions;
import io.deckhand.domain.schedule.sm2.Sm2Options;
import io.deckhand.domain.schedule.sm2.Sm2Scheduler;
import java.util.Objects;

/** Builds the scheduler a deck preset asks for. */
public final class Schedulers {
    private Schedulers() {
    }

    public static Scheduler forPreset(DeckPreset preset) {
        Objects.requireNonNull(preset, "preset");
        return switch (preset.scheduler()) {
            case FSRS6 -> new Fsrs6Scheduler(new FsrsOptions(preset.fsrsWeights(), preset.desiredRetention(),
                    preset.maximumIntervalDays(), preset.learningSteps(), preset.relearningSteps(), true, preset.fuzz()));
            case SM2 -> new Sm2Scheduler(Sm2Options.anki(preset.learningSteps(), preset.relearningSteps(),
                    preset.maximumIntervalDays(), preset.fuzz()));
        };
    }

    /** The fuzz seed for a card's next answer (deterministic; changes with every repetition). */
    public static long fuzzSeed(long cardId, int reps) {
        return FuzzSeed.of(cardId, reps);
    }
}
