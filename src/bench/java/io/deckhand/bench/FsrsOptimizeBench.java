package io.deckhand.bench;

import io.deckhand.domain.schedule.fsrs.optimize.FsrsOptimizer;
import io.deckhand.domain.schedule.fsrs.optimize.OptimizeResult;
import io.deckhand.domain.schedule.fsrs.optimize.ReviewLogCsv;
import io.deckhand.domain.schedule.fsrs.optimize.TrainingSet;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * FSRS optimisation of the synthetic review logs fsrs-rs's reference times were measured on
 * ({@code optimizer-reference-*.json}: computeParameters 108 ms for 10k reviews, 1403 ms for 100k;
 * the goal is at most 3x). {@code optimize} is the optimiser alone (pre-training, 5 epochs, and the
 * before/after evaluation fsrs-rs times separately); {@code convertAndOptimize} adds turning the
 * parsed log into training items. Run: {@code mvn -o -Pbench verify -Djmh.args="FsrsOptimize -f 1 -wi 3 -i 5"}.
 * The fixtures are read from {@code ../shared/fixtures/fsrs} (override with -Ddeckhand.shared=DIR).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FsrsOptimizeBench {

    @Param({"10k", "100k"})
    String log;

    private java.util.List<io.deckhand.domain.schedule.fsrs.optimize.ReviewRecord> records;
    private TrainingSet history;

    @Setup
    public void setUp() throws IOException {
        Path shared = Path.of(System.getProperty("deckhand.shared", "../shared"));
        Path csv = shared.resolve("fixtures/fsrs/synthetic-revlog-" + log + ".csv");
        if (!Files.exists(csv)) csv = Path.of("/work/shared/fixtures/fsrs/synthetic-revlog-" + log + ".csv");
        try (Reader in = Files.newBufferedReader(csv)) {
            records = ReviewLogCsv.read(in);
        }
        history = TrainingSet.of(records, ZoneOffset.UTC, 4);
    }

    @Benchmark
    public OptimizeResult optimize() {
        return FsrsOptimizer.optimize(history, FsrsOptimizer.defaultWeights(), FsrsOptimizer.Config.defaults(),
                FsrsOptimizer.Listener.NONE);
    }

    @Benchmark
    public OptimizeResult convertAndOptimize() {
        return FsrsOptimizer.optimize(TrainingSet.of(records, ZoneOffset.UTC, 4), FsrsOptimizer.defaultWeights(),
                FsrsOptimizer.Config.defaults(), FsrsOptimizer.Listener.NONE);
    }
}
