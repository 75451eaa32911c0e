package io.deckhand.bench;

import io.deckhand.app.AppServices;
import io.deckhand.app.port.StatsRepository;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteStatsRepository;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CPU time of the statistics on {@link StatsBench}'s collection, whole and by part: thread CPU time
 * (SQLite runs on the calling thread) is what counts on a machine shared with other work, where
 * JMH's wall-clock time mostly measures the wait for a core.
 * Run: mvn -o -q -Pbench compile && java -cp "target/classes:target/lib/*" io.deckhand.bench.StatsTiming
 */
public final class StatsTiming {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private StatsTiming() {
    }

    public static void main(String[] args) throws Exception {
        // An argument keeps the collection there (for looking at query plans) instead of a temporary folder.
        Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("deckhand-stats-timing");
        Path file = dir.resolve("collection.sqlite");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.setAutoCommit(false);
            StatsBench.fill(c);
            c.commit();
            c.createStatement().execute("ANALYZE");
            c.commit();
        }
        try (Database db = Database.open(file)) {
            AppServices services = Bootstrap.wire(db, Clock.fixed(StatsBench.NOW, ZoneId.of("Europe/Berlin")));
            StatsRepository repo = new SqliteStatsRepository(db);
            List<Instant> bounds = new ArrayList<>();
            for (int i = 365; i >= 0; i--) bounds.add(StatsBench.NOW.minus(Duration.ofDays(i)));
            Set<DeckId> all = Set.of();
            for (int round = 0; round < 8; round++) {
                boolean report = round >= 3;
                time(report, "answers per day", () -> db.read(() -> repo.answers(bounds, all)));
                time(report, "card counts", () -> db.read(() -> repo.cardCounts(all)));
                time(report, "due", () -> db.read(() -> repo.dueBefore(StatsBench.NOW.plus(Duration.ofDays(90)), all)));
                time(report, "memories", () -> db.read(() -> {
                    long[] n = new long[1];
                    repo.memories(all, m -> n[0]++);
                    return n[0];
                }));
                time(report, "topics", () -> db.read(() -> repo.topicGroups(bounds.get(0), all)));
                time(report, "report (collection)", () -> services.stats().report(Optional.empty()));
                time(report, "report (parent deck)", () -> services.stats().report(Optional.of("Bench")));
                if (report) System.out.println();
            }
        }
        if (args.length > 0) return;
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    interface Work {
        Object run() throws Exception;
    }

    private static void time(boolean report, String what, Work work) throws Exception {
        long cpu0 = CPU.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        work.run();
        long cpu = CPU.getCurrentThreadCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        if (report) System.out.printf("%-22s cpu %7.1f ms   wall %7.1f ms%n", what, cpu / 1e6, wall / 1e6);
    }
}
