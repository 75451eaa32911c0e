package io.deckhand.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of {@link SyncApplyBench}'s apply (10,000 answers from another device): thread CPU time
 * (SQLite runs on the calling thread) is what counts on a machine shared with other work, where
 * JMH's wall-clock time mostly measures the wait for a core.
 * Run: mvn -o -q -Pbench compile && java -cp "target/classes:target/lib/*" io.deckhand.bench.SyncApplyTiming
 */
public final class SyncApplyTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SyncApplyTiming() {
    }

    public static void main(String[] args) throws Exception {
        SyncApplyBench bench = new SyncApplyBench();
        bench.prepare();
        try {
            for (int run = 0; run < 8; run++) {
                bench.freshReceiver();
                long cpu = CPU.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                bench.applyTenThousandAnswers();
                System.out.printf("run %d: apply %d answers: %.0f ms CPU, %.0f ms wall%n", run, SyncApplyBench.ANSWERS,
                        (CPU.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
                bench.closeReceiver();
            }
        } finally {
            bench.cleanUp();
        }
    }
}
