package io.deckhand.bench;

import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.NextStates;
import io.deckhand.domain.schedule.Scheduler;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.schedule.select.Schedulers;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The four next states of a review card (what the study screen computes for its buttons). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SchedulerBench {

    @Param({"fsrs6", "sm2"})
    String algorithm;

    @Param({"false", "true"})
    boolean fuzz;

    private Scheduler scheduler;
    private SchedulingState review;
    private Instant now;
    private long seed;

    @Setup
    public void setUp() {
        DeckPreset preset = DeckPreset.defaults(new PresetId(1), "Bench")
                .withScheduler(SchedulerKind.fromCode(algorithm)).withFuzz(fuzz);
        scheduler = Schedulers.forPreset(preset);
        Instant last = Instant.parse("2024-03-01T09:30:00Z");
        review = new SchedulingState(CardState.REVIEW, last.plus(Duration.ofDays(21)), 23.4, 5.2, 21, 7, 1, 0, last, 2.35);
        now = review.due().plus(Duration.ofHours(30));
        seed = Schedulers.fuzzSeed(123_456L, review.reps());
    }

    @Benchmark
    public NextStates previewReviewCard() {
        return scheduler.preview(review, now, seed);
    }
}
