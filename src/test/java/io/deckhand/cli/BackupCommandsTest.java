package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup, restore, check and study --auto as a user types them. */
class BackupCommandsTest {
    private static final Pattern ANSWERED = Pattern.compile("answered (\\d+) (\\d+)");

    @TempDir
    Path dir;

    private String data() {
        return dir.resolve("data").toString();
    }

    private long reviews() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve(Bootstrap.COLLECTION_FILE));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM review_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void backupPrintsThePathOfANewBackupAndListShowsItsCounts() throws Exception {
        assertEquals(0, CliRun.withCollection("--data-dir", data(), "study", "--auto", "4", "--seed", "1").code());
        CliRun made = CliRun.withCollection("--data-dir", data(), "backup");
        assertEquals(0, made.code(), made.err());
        Path file = Path.of(made.out().strip());
        assertTrue(Files.isRegularFile(file), made.out());
        assertEquals(dir.resolve("data").resolve("backups"), file.getParent());

        CliRun list = CliRun.withCollection("--data-dir", data(), "backup", "--list", "--json");
        assertEquals(0, list.code(), list.err());
        JsonNode rows = new ObjectMapper().readTree(list.out());
        assertEquals(1, rows.size());
        assertEquals(file.toString(), rows.get(0).get("file").asText());
        assertEquals(4, rows.get(0).get("reviews").asLong());
        assertTrue(rows.get(0).get("cards").asLong() > 0);
        assertEquals("2026-03-02T10:00", rows.get(0).get("taken").asText().substring(0, 16));

        CliRun table = CliRun.withCollection("--data-dir", data(), "backup", "--list");
        assertTrue(table.out().lines().anyMatch(l -> l.startsWith("2026-03-02 10:00") && l.endsWith(file.toString())), table.out());
    }

    @Test
    void restoreNeedsYesAndThenBringsTheBackupBack() throws Exception {
        CliRun.withCollection("--data-dir", data(), "study", "--auto", "3", "--seed", "7");
        String backup = CliRun.withCollection("--data-dir", data(), "backup").out().strip();
        CliRun.withCollection("--data-dir", data(), "study", "--auto", "5", "--seed", "8");
        assertEquals(8, reviews());

        CliRun refused = CliRun.withCollection("--data-dir", data(), "restore", backup);
        assertEquals(1, refused.code());
        assertEquals(1, refused.err().strip().lines().count(), refused.err());
        assertTrue(refused.err().contains("--yes") && refused.err().contains("3 reviews"), refused.err());
        assertEquals(8, reviews(), "nothing changed without --yes");

        CliRun restored = CliRun.withCollection("--data-dir", data(), "restore", backup, "--yes");
        assertEquals(0, restored.code(), restored.err());
        assertEquals(3, reviews());
        Matcher before = Pattern.compile("backed up in (.+)").matcher(restored.out());
        assertTrue(before.find(), restored.out());
        JsonNode rows = new ObjectMapper().readTree(CliRun.withCollection("--data-dir", data(), "backup", "--list", "--json").out());
        assertTrue(rows.findValues("file").stream().anyMatch(f -> f.asText().equals(before.group(1).strip())));
        assertTrue(rows.findValues("reviews").stream().anyMatch(r -> r.asLong() == 8), "the replaced state was backed up");
    }

    @Test
    void restoringAFileThatIsNotABackupSaysSoInOneLine() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.md"), "# not a collection");
        CliRun.withCollection("--data-dir", data(), "study", "--auto", "2");
        for (String bad : List.of(text.toString(), dir.resolve("missing.sqlite").toString())) {
            CliRun r = CliRun.withCollection("--data-dir", data(), "restore", bad, "--yes");
            assertEquals(1, r.code());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().startsWith("deckhand: "), r.err());
        }
        assertEquals(2, reviews());
    }

    @Test
    void checkReportsAHealthyCollection() throws Exception {
        CliRun r = CliRun.withCollection("--data-dir", data(), "check", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertTrue(n.get("healthy").asBoolean());
        assertEquals(0, n.get("found").size());
        assertTrue(n.get("backup").isNull());
        assertEquals("The collection is fine: no problems found.",
                CliRun.withCollection("--data-dir", data(), "check").out().strip());
    }

    @Test
    void checkRepairsOrphansAndSaysWhatItDid() throws Exception {
        CliRun.withCollection("--data-dir", data(), "study", "--auto", "3");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data").resolve(Bootstrap.COLLECTION_FILE));
             Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=OFF");
            s.execute("DELETE FROM cards WHERE id = (SELECT card_id FROM review_log LIMIT 1)");
        }
        CliRun r = CliRun.withCollection("--data-dir", data(), "check");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("answer(s) in the review log whose card is missing"), r.out());
        assertTrue(r.out().contains("Removed 1 answer(s)"), r.out());
        assertTrue(r.out().contains("The collection as it was is in "), r.out());
        assertEquals(2, reviews());
        assertTrue(new ObjectMapper().readTree(CliRun.withCollection("--data-dir", data(), "check", "--json").out())
                .get("healthy").asBoolean());
    }

    @Test
    void studyAutoPrintsEachCommittedAnswerAndIsReproducible() throws Exception {
        CliRun first = CliRun.withCollection("--data-dir", data(), "study", "--auto", "12", "--seed", "5");
        assertEquals(0, first.code(), first.err());
        List<String> answered = first.out().lines().filter(l -> l.startsWith("answered ")).toList();
        assertEquals(12, answered.size(), first.out());
        answered.forEach(l -> assertTrue(ANSWERED.matcher(l).matches(), l));
        assertEquals(12, reviews());
        assertEquals(12, answered.stream().map(l -> l.split(" ")[2]).distinct().count(), "one review-log row each");

        CliRun again = CliRun.withCollection("--data-dir", dir.resolve("other").toString(), "study", "--auto", "12", "--seed", "5");
        assertEquals(first.out(), again.out(), "the same seed on the same collection answers the same way");
        CliRun otherSeed = CliRun.withCollection("--data-dir", dir.resolve("third").toString(), "study", "--auto", "12", "--seed", "6");
        assertEquals(0, otherSeed.code(), otherSeed.err());
        assertFalse(ratings(dir.resolve("data")).equals(ratings(dir.resolve("third"))), "another seed, other ratings");
    }

    private static List<Integer> ratings(Path data) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Bootstrap.COLLECTION_FILE));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT rating FROM review_log ORDER BY id")) {
            List<Integer> out = new java.util.ArrayList<>();
            while (rs.next()) out.add(rs.getInt(1));
            return out;
        }
    }

    @Test
    void studyAutoOnAnUnknownDeckChangesNothing() throws Exception {
        CliRun r = CliRun.withCollection("--data-dir", data(), "study", "--auto", "3", "--deck", "No such deck");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("no deck named No such deck"), r.err());
        assertEquals(0, reviews());
        CliRun k8s = CliRun.withCollection("--data-dir", data(), "study", "--auto", "2", "--deck", "kubernetes");
        assertEquals(0, k8s.code(), k8s.err());
        assertEquals(2, reviews());
    }
}
