package io.deckhand.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.deckhand.app.AppServices;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.support.SyncthingPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Deckhand collections kept in step by two real Syncthing instances on 127.0.0.1, driven only
 * through the command line in child JVMs as a user would: each device sets its sync folder, answers
 * cards offline ({@code study --auto}), then both run {@code sync now} while Syncthing carries the
 * journals across, until both collections hold the same answers and the same scheduling.
 * <p>Runs only in the {@code syncthing} profile: {@code mvn -Psyncthing verify}.
 */
@Tag("syncthing")
class SyncthingDeckhandTest {
    private static final int CARDS = 60;
    private static final int ANSWERS_EACH = 15;
    private static final int MORE_EACH = 10;
    private static final String SCHEDULING = "state, due_ms, stability, difficulty, scheduled_days, reps, lapses, step, "
            + "last_review_ms, ease";

    @TempDir
    Path dir;

    @Test
    void answersGivenOnTwoDevicesReachBothThroughSyncthing() throws Exception {
        Optional<Path> binary = SyncthingPair.binary();
        assumeTrue(binary.isPresent(), SyncthingPair.MISSING);
        Path laptop = dir.resolve("laptop-data");
        Path desktop = dir.resolve("desktop-data");
        // Both loaded the same deck, as two devices that each loaded a bundled deck.
        createCollection(laptop);
        createCollection(desktop);
        Path laptopShare = dir.resolve("laptop-share");
        Path desktopShare = dir.resolve("desktop-share");
        try (SyncthingPair pair = SyncthingPair.start(binary.get(), dir, laptopShare, desktopShare, Duration.ofSeconds(60))) {
            cli(laptop, "sync", "folder", laptopShare.toString());
            cli(desktop, "sync", "folder", desktopShare.toString());
            cli(laptop, "study", "--auto", Integer.toString(ANSWERS_EACH), "--seed", "1");
            cli(desktop, "study", "--auto", Integer.toString(ANSWERS_EACH), "--seed", "2");
            assertEquals(ANSWERS_EACH, count(laptop, "review_log"));
            assertEquals(ANSWERS_EACH, count(desktop, "review_log"));

            int rounds = converge(pair, laptop, desktop);
            List<String> laptopReviews = rows(laptop, reviews());
            assertEquals(2 * ANSWERS_EACH, laptopReviews.size(), "no answer lost: " + laptopReviews);
            assertEquals(laptopReviews, rows(desktop, reviews()), "the same review log on both devices");
            assertEquals(rows(laptop, scheduling()), rows(desktop, scheduling()), "the same scheduling on both devices");
            assertEquals(CARDS, count(desktop, "cards"));
            // The collections themselves stay out of the synced folders; only journals travel.
            try (var files = Files.walk(laptopShare)) {
                assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".sqlite")),
                        "no SQLite file in the synced folder");
            }
            String status = cli(desktop, "sync", "status", "--json");
            assertTrue(status.contains(deviceId(laptop)), "the desktop lists the laptop: " + status);

            // Both study again, often the same cards now, and sync at once while Syncthing is still
            // carrying the new segments: what has not arrived waits, and the next rounds settle it.
            cli(laptop, "study", "--auto", Integer.toString(MORE_EACH), "--seed", "3");
            cli(desktop, "study", "--auto", Integer.toString(MORE_EACH), "--seed", "4");
            cli(laptop, "sync", "now");
            cli(desktop, "sync", "now");
            cli(laptop, "sync", "now");
            rounds += converge(pair, laptop, desktop);
            assertEquals(2 * (ANSWERS_EACH + MORE_EACH), rows(laptop, reviews()).size(), "no answer lost");
            assertEquals(rows(laptop, reviews()), rows(desktop, reviews()), "the same review log after the second session");
            assertEquals(rows(laptop, scheduling()), rows(desktop, scheduling()), "the same scheduling after the second session");
            System.err.printf("syncthing test: %d answers on each side, %d rounds of sync now / Syncthing / sync now%n",
                    ANSWERS_EACH + MORE_EACH, rounds);
        }
    }

    /**
     * Rounds of: both write their journals, Syncthing carries them, both read the other's; until both
     * hold the same answers and scheduling (at most 3 rounds; the assertions after say what differs).
     */
    private int converge(SyncthingPair pair, Path laptop, Path desktop) throws Exception {
        int rounds = 0;
        while (rounds < 3) {
            rounds++;
            cli(laptop, "sync", "now");
            cli(desktop, "sync", "now");
            pair.awaitInSync(Duration.ofSeconds(60));
            cli(laptop, "sync", "now");
            cli(desktop, "sync", "now");
            if (rows(laptop, reviews()).equals(rows(desktop, reviews()))
                    && rows(laptop, scheduling()).equals(rows(desktop, scheduling()))) {
                break;
            }
        }
        return rounds;
    }

    private static void createCollection(Path data) throws Exception {
        List<DeckFile.Entry> entries = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            entries.add(new DeckFile.Entry("shared-" + i, new CardDraft(CardKind.BASIC, "Question " + i, "Answer " + i,
                    "Shared", List.of(), null)));
        }
        DeckFile deck = new DeckFile("Shared", "", entries);
        try (AppServices ignored = Bootstrap.open(data, Clock.systemDefaultZone(), () -> List.of(deck))) {
            // created with the cards
        }
        try (Connection c = connect(data, false); Statement s = c.createStatement()) {
            s.execute("UPDATE presets SET new_per_day = 1000, reviews_per_day = 1000");
        }
    }

    /** Every answer by its sync identity, with what it did to its card. */
    private static String reviews() {
        return "SELECT guid, reviewed_ms, rating, after_state, after_reps, after_due_ms FROM review_log ORDER BY guid";
    }

    /**
     * Every card's scheduling by its sync identity: all of it for answered cards (recomputed from the
     * merged answers); for cards never answered, their state and counts only, since each device that
     * loaded the deck on its own gave them its own place in the new-card queue (due_ms).
     */
    private static String scheduling() {
        return "SELECT guid, " + SCHEDULING + " FROM cards WHERE id IN (SELECT card_id FROM review_log) "
                + "UNION ALL SELECT guid, state, reps, lapses, step, last_review_ms, NULL, NULL, NULL, NULL, NULL "
                + "FROM cards WHERE id NOT IN (SELECT card_id FROM review_log) ORDER BY 1";
    }

    private static String deviceId(Path data) throws Exception {
        return rows(data, "SELECT device_id FROM sync_state").get(0);
    }

    private static long count(Path data, String table) throws Exception {
        return Long.parseLong(rows(data, "SELECT count(*) FROM " + table).get(0));
    }

    /** The rows of a query on the collection file, read-only, each as one line. */
    private static List<String> rows(Path data, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(data, true); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (i > 1) row.append(" | ");
                    row.append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private static Connection connect(Path data, boolean readOnly) throws Exception {
        String url = "jdbc:sqlite:" + data.resolve(Bootstrap.COLLECTION_FILE) + (readOnly ? "?open_mode=1" : "");
        return DriverManager.getConnection(url);
    }

    /** One command in a child JVM on the test class path; fails the test on a non-zero exit. */
    private String cli(Path data, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), "io.deckhand.Launcher", "--data-dir", data.toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "cli", ".out");
        Path err = Files.createTempFile(dir, "cli", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", args) + " did not finish");
        }
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", args) + " on " + data.getFileName() + " exited " + p.exitValue()
                    + ": " + Files.readString(err, StandardCharsets.UTF_8) + stdout);
        }
        return stdout;
    }
}
