package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.backup.CheckResult;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two imports at once into one data folder (issue 12: two small imports failed 3 times in 20 with
 * "database is locked"): both land, and the collection stays whole.
 */
class ConcurrentImportsTest {
    private static final int PAIRS = 20;
    private static final int ROWS = 5;

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

    private Path csv(String side, int round) throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int r = 0; r < ROWS; r++) {
            rows.append("Question ").append(side).append('-').append(round).append('-').append(r)
                    .append(",Answer ").append(r).append('\n');
        }
        return Files.writeString(dir.resolve(side + "-" + round + ".csv"), rows);
    }

    private static ImportOptions into(String deck) {
        ImportOptions d = ImportOptions.defaults();
        return new ImportOptions(d.withScheduling(), d.text(), d.padRaggedRows(),
                new io.deckhand.domain.deck.DeckName(deck));
    }

    /** Two programs are played by two connections, each on its own thread, meeting at a barrier before every import. */
    @Test
    @Timeout(300)
    void twentyPairsOfImportsOnTwoConnectionsAllLand() throws Exception {
        Path data = dir.resolve("data");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (AppServices a = Bootstrap.open(data, clock); AppServices b = Bootstrap.open(data, clock)) {
            long before = a.library().cardCount();
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<Integer>> sides = new ArrayList<>();
            for (AppServices side : List.of(a, b)) {
                String name = side == a ? "A" : "B";
                sides.add(pool.submit(() -> {
                    int added = 0;
                    for (int round = 0; round < PAIRS; round++) {
                        Path file = csv(name, round);
                        together.await(60, TimeUnit.SECONDS);
                        added += side.exchange().importFile(file, into(name), ProgressListener.NONE).added();
                    }
                    return added;
                }));
            }
            for (Future<Integer> side : sides) assertEquals(PAIRS * ROWS, side.get(240, TimeUnit.SECONDS));
            assertEquals(before + 2L * PAIRS * ROWS, a.library().cardCount());
            assertEquals(before + 2L * PAIRS * ROWS, b.library().cardCount());
            CheckResult check = a.backups().check();
            assertTrue(check.healthy(), check.describe());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Two command-line imports in two JVMs started together, each importing its files one after the other. */
    @Test
    @Timeout(600)
    void twoCommandLineImportsAtOnceBothLand() throws Exception {
        Path data = dir.resolve("cli-data");
        long before;
        try (AppServices first = Bootstrap.open(data, clock)) {
            before = first.library().cardCount();
        }
        List<Process> running = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        for (String side : List.of("A", "B")) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    "io.deckhand.Launcher", "--data-dir", data.toString(), "import", "--deck", side));
            for (int round = 0; round < PAIRS; round++) cmd.add(csv(side, round).toString());
            Path log = dir.resolve(side + ".log");
            logs.add(log);
            running.add(new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start());
        }
        for (int i = 0; i < running.size(); i++) {
            assertTrue(running.get(i).waitFor(500, TimeUnit.SECONDS), "import " + i + " finished");
            String out = Files.readString(logs.get(i));
            assertEquals(0, running.get(i).exitValue(), out);
            assertFalse(out.toLowerCase(java.util.Locale.ROOT).contains("locked"), out);
            assertEquals(PAIRS, out.lines().filter(l -> l.contains(": " + ROWS + " added")).count(), out);
        }
        try (AppServices after = Bootstrap.open(data, clock)) {
            assertEquals(before + 2L * PAIRS * ROWS, after.library().cardCount());
            CheckResult check = after.backups().check();
            assertTrue(check.healthy(), check.describe());
        }
    }
}
