package io.deckhand.bench;

import io.deckhand.domain.schedule.fsrs.optimize.FsrsOptimizer;
import io.deckhand.domain.schedule.fsrs.optimize.OptimizeResult;
import io.deckhand.domain.schedule.fsrs.optimize.ReviewLogCsv;
import io.deckhand.domain.schedule.fsrs.optimize.ReviewRecord;
import io.deckhand.domain.schedule.fsrs.optimize.TrainingSet;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A timed run of the optimiser on the synthetic logs that also reports the thread's CPU time, which
 * stays meaningful on a shared, overloaded machine where wall time (what {@link FsrsOptimizeBench}
 * measures) does not. Prints the median of 10 runs after 5 warm-up runs.
 * Run: {@code java -cp target/classes:target/bench-classes io.deckhand.bench.FsrsOptimizeTiming /work/shared}
 * (on the bench profile's class path).
 */
public final class FsrsOptimizeTiming {
    private FsrsOptimizeTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String size : List.of("10k", "100k")) {
            List<ReviewRecord> log;
            try (Reader in = Files.newBufferedReader(shared.resolve("fixtures/fsrs/synthetic-revlog-" + size + ".csv"))) {
                log = ReviewLogCsv.read(in);
            }
            int runs = 10;
            double[] wall = new double[runs];
            double[] cpu = new double[runs];
            OptimizeResult last = null;
            for (int i = -5; i < runs; i++) {
                long w0 = System.nanoTime();
                long c0 = threads.getCurrentThreadCpuTime();
                last = FsrsOptimizer.optimize(TrainingSet.of(log, ZoneOffset.UTC, 4), FsrsOptimizer.defaultWeights(),
                        FsrsOptimizer.Config.defaults(), FsrsOptimizer.Listener.NONE);
                if (i >= 0) {
                    cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                    wall[i] = (System.nanoTime() - w0) / 1e6;
                }
            }
            Arrays.sort(wall);
            Arrays.sort(cpu);
            System.out.printf(Locale.ROOT, "%s: %d items, median wall %.0f ms, median CPU %.0f ms, log loss %.5f -> %.5f, RMSE %.4f -> %.4f%n",
                    size, last.items(), wall[runs / 2], cpu[runs / 2], last.before().logLoss(), last.after().logLoss(),
                    last.before().rmseBins(), last.after().rmseBins());
        }
    }
}
