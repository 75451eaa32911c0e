package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.exchange.apkg.ApkgWriter;
import io.deckhand.storage.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * What sync's triggers cost an import: thread CPU time of importing {@link ExchangeBench}'s
 * 10,000-note package with 50,000 answers into a new collection, alternately as shipped (no sync
 * folder: since schema 8 no recording triggers) and while recording (a sync folder chosen first:
 * every row also goes to the outbox). A third variant drops every sync trigger, naming ones too.
 * Run: mvn -o -q -Pbench compile && java -cp "target/classes:target/lib/*" io.deckhand.bench.SyncTriggerCostTiming
 */
public final class SyncTriggerCostTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private SyncTriggerCostTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("deckhand-trigger-cost");
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        Path apkg = dir.resolve("bench.apkg");
        new ApkgWriter().write(ExchangeBench.generated(), apkg, new ApkgWriter.Options(true, now));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        String[] variants = {"no sync folder", "recording     ", "no triggers   "};
        for (int run = 0; run < 9; run++) {
            int variant = run % 3;
            Path file = dir.resolve("c" + run + ".sqlite");
            Database.open(file).close();
            if (variant == 2) dropSyncTriggers(file);
            try (Database db = Database.open(file); AppServices s = Bootstrap.wire(db, clock)) {
                if (variant == 1) s.sync().setFolder(Files.createDirectories(dir.resolve("shared" + run)));
                long cpu = CPU.getCurrentThreadCpuTime();
                s.exchange().importFile(apkg, ImportOptions.defaults(), ProgressListener.NONE);
                System.out.printf("import, %s: %.0f ms CPU%n", variants[variant],
                        (CPU.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
        }
    }

    private static void dropSyncTriggers(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            for (String n : names) s.execute("DROP TRIGGER " + n);
        }
    }
}
