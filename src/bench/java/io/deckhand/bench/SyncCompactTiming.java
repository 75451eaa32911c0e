package io.deckhand.bench;

import io.deckhand.app.sync.Compaction;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of {@link SyncCompactBench}'s compaction (a journal of 1,000 cards and 10,000 answers),
 * and the journal folder's size before and after: on a machine shared with other work, JMH's
 * wall-clock time mostly measures the wait for a core.
 * Run: mvn -o -q -Pbench compile && java -cp "target/classes:target/lib/*" io.deckhand.bench.SyncCompactTiming
 */
public final class SyncCompactTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SyncCompactTiming() {
    }

    public static void main(String[] args) throws Exception {
        SyncCompactBench bench = new SyncCompactBench();
        bench.prepare();
        try {
            for (int run = 0; run < 8; run++) {
                bench.freshCopy();
                long cpu = CPU.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                Compaction.Run r = bench.compact();
                System.out.printf("run %d: %,d bytes -> %,d bytes (%d segments, %,d lines -> %,d kept): %.0f ms CPU, "
                                + "%.0f ms wall%n", run, r.bytesBefore(), r.bytesAfter(), r.segmentsDropped(), r.linesIn(),
                        r.linesKept(), (CPU.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6);
            }
        } finally {
            bench.cleanUp();
        }
    }
}
