package io.deckhand.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.deckhand.app.AppServices;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.exchange.json.DeckFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills {@code deckhand study --auto} with SIGKILL at random moments and checks after each kill:
 * SQLite's integrity check passes, every answer the child printed (it prints after the commit) is
 * in the review log, and every card's scheduling state is the new state of its last review-log
 * row (no answer logged without its card update, and no card update without its log row).
 * <p>Runs only in the {@code crash} profile: {@code mvn -Pcrash verify -Dcrash.trials=100 [-Dcrash.seed=S]}.
 */
@Tag("crash")
class StudyCrashTest {
    private static final Pattern ANSWERED = Pattern.compile("answered (\\d+) (\\d+)");
    private static final String SCHEDULING = "state, due_ms, stability, difficulty, scheduled_days, reps, lapses, step, "
            + "last_review_ms, ease";
    private static final int CARDS = 4000;

    @TempDir
    Path dir;

    @Test
    void killedWhileStudyingLosesNoAcknowledgedAnswerAndLeavesNoHalfAnswer() throws Exception {
        int trials = Integer.getInteger("crash.trials", 100);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Path data = dir.resolve("data");
        createCollection(data);
        Random random = new Random(seed);
        Map<Long, Long> acknowledged = new LinkedHashMap<>();
        int killedMidRun = 0;
        long started = System.nanoTime();
        for (int trial = 1; trial <= trials; trial++) {
            String context = "trial " + trial + " of " + trials + ", -Dcrash.seed=" + seed;
            Map<Long, Long> printed = runAndKill(data, random, trial, context);
            if (!printed.isEmpty()) killedMidRun++;
            acknowledged.putAll(printed);
            check(data, acknowledged, context);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.err.printf("crash test: %d trials (%d killed after answering), %d acknowledged answers, 0 lost, "
                        + "integrity ok; %.1f s (%.2f s a trial), seed %d%n",
                trials, killedMidRun, acknowledged.size(), seconds, seconds / trials, seed);
        assertTrue(acknowledged.size() > trials, "the trials answered cards: " + acknowledged.size());
    }

    /** A collection of many new cards that may all be studied today, so no trial runs out. */
    private static void createCollection(Path data) throws Exception {
        List<DeckFile.Entry> entries = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            entries.add(new DeckFile.Entry("crash-" + i, new CardDraft(CardKind.BASIC, "Question " + i, "Answer " + i,
                    "Crash", List.of(), null)));
        }
        DeckFile deck = new DeckFile("Crash", "", entries);
        try (AppServices ignored = Bootstrap.open(data, Clock.systemDefaultZone(), () -> List.of(deck))) {
            // created with the cards
        }
        try (Connection c = connect(data); Statement s = c.createStatement()) {
            s.execute("UPDATE presets SET new_per_day = 100000, reviews_per_day = 100000");
        }
    }

    /**
     * One run of the child, killed after a random number of answers (or at a random time); returns
     * what it printed. Its output goes to a file: a pipe's unread bytes are gone once it is killed,
     * a file keeps everything the child wrote before it died.
     */
    private Map<Long, Long> runAndKill(Path data, Random random, int trial, String context) throws Exception {
        Path out = dir.resolve("trial-" + trial + ".out");
        Path err = dir.resolve("trial-" + trial + ".err");
        List<String> cmd = child(data, "study", "--auto", "1000000", "--seed", Long.toString(random.nextLong()));
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (random.nextInt(5) == 0) {
            // Anywhere from start-up (opening, WAL recovery) to the first answers.
            TimeUnit.MILLISECONDS.sleep(random.nextInt(1500));
        } else {
            int answersBeforeKill = 1 + random.nextInt(40);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && lines(out) < answersBeforeKill && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(1);
            }
            TimeUnit.MICROSECONDS.sleep(random.nextInt(15_000));
        }
        boolean exitedByItself = !p.isAlive();
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), context + ": the child did not die");
        if (exitedByItself && p.exitValue() != 0) fail(context + ": the child failed by itself: " + Files.readString(err));
        Map<Long, Long> printed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) record(line, printed);
        Files.delete(out);
        Files.delete(err);
        return printed;
    }

    /** The child JVM's command line: the JDK running the tests, on the test class path. */
    private static List<String> child(Path data, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "io.deckhand.Launcher", "--data-dir", data.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Complete lines written so far. */
    private static long lines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        long n = 0;
        for (byte b : bytes) if (b == '\n') n++;
        return n;
    }

    private static void record(String line, Map<Long, Long> printed) {
        Matcher m = ANSWERED.matcher(line);
        if (m.matches()) printed.put(Long.parseLong(m.group(2)), Long.parseLong(m.group(1)));
    }

    private static void check(Path data, Map<Long, Long> acknowledged, String context) throws Exception {
        try (Connection c = connect(data); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertEquals("ok", rs.getString(1), context);
            }
            Map<Long, Long> logged = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT id, card_id FROM review_log")) {
                while (rs.next()) logged.put(rs.getLong(1), rs.getLong(2));
            }
            for (Map.Entry<Long, Long> a : acknowledged.entrySet()) {
                assertEquals(a.getValue(), logged.get(a.getKey()), context + ": printed answer " + a.getKey() + " is lost");
            }
            String after = SCHEDULING.replaceAll("(\\w+)", "r.after_$1");
            String card = SCHEDULING.replaceAll("(\\w+)", "c.$1");
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id FROM cards c JOIN review_log r "
                    + "ON r.id = (SELECT max(id) FROM review_log WHERE card_id = c.id) "
                    + "WHERE (" + card + ") IS NOT (" + after + ") LIMIT 5");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) fail(context + ": card " + rs.getLong(1) + " is not in the state its last answer logged");
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM cards WHERE id NOT IN (SELECT card_id FROM review_log) "
                    + "AND (state <> 0 OR reps <> 0 OR last_review_ms IS NOT NULL) LIMIT 5")) {
                if (rs.next()) fail(context + ": card " + rs.getLong(1) + " was changed without a review-log row");
            }
        }
    }

    private static Connection connect(Path data) throws IOException, java.sql.SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Bootstrap.COLLECTION_FILE));
    }
}
