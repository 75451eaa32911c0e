package io.deckhand.bench;

import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.fsrs.FsrsModel;
import io.deckhand.domain.schedule.fsrs.simulate.RetentionSweep;
import io.deckhand.domain.schedule.fsrs.simulate.Simulation;
import io.deckhand.domain.schedule.fsrs.simulate.SimulationConfig;
import io.deckhand.domain.schedule.fsrs.simulate.WorkloadSimulator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What the deck options dialog waits for: the 28-point retention sweep over a year (decks of 1,000 and
 * 10,000 new cards, 20 a day), and one day-by-day run with the daily recalled counts.
 * Run: {@code mvn -o -Pbench verify -Djmh.args="WorkloadSimulator -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkloadSimulatorBench {
    private static final FsrsModel MODEL = new FsrsModel(DeckPreset.DEFAULT_FSRS6_WEIGHTS, true, 1);

    @Param({"1000", "10000"})
    int deck;

    @Benchmark
    public List<RetentionSweep.Point> sweep() {
        return RetentionSweep.sweep(MODEL, SimulationConfig.defaults(deck, 365, 20, 42), List.of());
    }

    @Benchmark
    public Simulation dailyRun() {
        return WorkloadSimulator.simulate(MODEL, 0.9, SimulationConfig.defaults(deck, 365, 20, 42), List.of(), true);
    }
}
