package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.exchange.ImportReport;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.exchange.apkg.ApkgWriter;
import io.deckhand.storage.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * {@link ExchangeBench#importApkg} as thread CPU time, round by round in one JVM: the first round is
 * what the {@code deckhand import} command pays (cold code), the later ones the import's own work.
 * On a machine shared with other work JMH's wall time mostly measures the wait for a core.
 * Run: java -cp "target/classes:target/lib/*:BENCH_CLASSES" io.deckhand.bench.ImportTiming [rounds]
 */
public final class ImportTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ImportTiming() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        Path dir = Files.createTempDirectory("deckhand-import-timing");
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        Path apkg = dir.resolve("bench.apkg");
        new ApkgWriter().write(ExchangeBench.generated(), apkg, new ApkgWriter.Options(true, now));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        for (int round = 0; round < rounds; round++) {
            try (Database db = Database.open(dir.resolve("c" + round + ".sqlite"));
                 AppServices s = Bootstrap.wire(db, clock, dir.resolve("media" + round))) {
                long cpu = CPU.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                ImportReport r = s.exchange().importFile(apkg, ImportOptions.defaults(), ProgressListener.NONE);
                System.out.printf("round %d: %5.0f ms thread CPU, %5.0f ms wall (%d notes, %d cards, %d reviews)%n", round,
                        (CPU.getCurrentThreadCpuTime() - cpu) / 1e6, (System.nanoTime() - wall) / 1e6,
                        r.added(), r.cards(), r.reviews());
            }
        }
    }
}
