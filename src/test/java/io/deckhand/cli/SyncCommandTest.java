package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.app.AppServices;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.CliRun;
import io.deckhand.support.MutableClock;
import java.time.Instant;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sync folder, name, now and status as a user types them, on two data folders sharing one folder. */
class SyncCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String data, String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve(data).toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.withCollection(all);
    }

    @Test
    void twoDataFoldersSyncAnswersThroughOneFolder() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        assertEquals(0, run("a", "sync", "folder", shared.toString()).code());
        assertEquals(0, run("a", "sync", "name", "Laptop").code());
        assertEquals(0, run("b", "sync", "folder", shared.toString()).code());
        assertEquals(0, run("a", "study", "--auto", "3", "--seed", "1").code());
        CliRun now = run("a", "sync", "now");
        assertEquals(0, now.code(), now.err());
        assertTrue(now.out().startsWith("Wrote 3 changes"), now.out());

        CliRun onB = run("b", "sync", "now", "--json");
        assertEquals(0, onB.code(), onB.err());
        JsonNode report = new ObjectMapper().readTree(onB.out());
        assertTrue(report.get("applied").asInt() >= 3, onB.out());
        assertEquals("Laptop", report.get("devices").get(0).get("name").asText());

        CliRun status = run("b", "sync", "status", "--json");
        assertEquals(0, status.code(), status.err());
        JsonNode s = new ObjectMapper().readTree(status.out());
        assertEquals(shared.toAbsolutePath().toString(), s.get("folder").asText());
        assertNotEquals(report.get("devices").get(0).get("id").asText(), s.get("deviceId").asText());
        assertEquals(0, s.get("waiting").size());
        assertTrue(s.get("devices").get(0).get("appliedSeq").asLong() > 0);

        CliRun text = run("b", "sync", "status");
        assertTrue(text.out().contains("Laptop"), text.out());
    }

    @Test
    void syncNowAfterARestoredBackupSaysItAppliedThisDevicesOwnLaterChangesAgain() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (AppServices a = Bootstrap.open(dir.resolve("a"), clock)) {
            var card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
            a.sync().setFolder(shared);
            Path backup = a.backups().backupNow();
            clock.advance(java.time.Duration.ofMinutes(5));
            a.study().answer(card.id(), io.deckhand.domain.schedule.Rating.GOOD, java.time.Duration.ofSeconds(2));
            a.sync().syncNow();
            a.backups().restore(backup);
        }
        CliRun now = run("a", "sync", "now");
        assertEquals(0, now.code(), now.err());
        assertTrue(now.out().contains("This collection was older than this device's journal (a backup restored?): "
                + "applied again 1 change this device had made since"), now.out());
        CliRun again = run("a", "sync", "now", "--json");
        assertEquals(0, new ObjectMapper().readTree(again.out()).get("reapplied").asInt(), again.out());
    }

    @Test
    void conflictsAreListedAndClosedByKeepingOrUsingTheOtherValue() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (AppServices a = Bootstrap.open(dir.resolve("a"), clock); AppServices b = Bootstrap.open(dir.resolve("b"), clock)) {
            var card = a.library().addCard(new DeckName("Kube"), "Front", "Back", List.of());
            a.sync().setFolder(shared);
            b.sync().setFolder(shared);
            b.sync().syncNow();
            var onB = b.browse().search("").get(0).id();
            a.library().editCard(card.id(), "Front from A", "Back from A", List.of(), new DeckName("Kube"));
            b.library().editCard(onB, "Front from B", "Back from B", List.of(), new DeckName("Kube"));
            a.sync().syncNow();
            b.sync().syncNow();
            a.sync().syncNow();
        }
        CliRun listed = run("a", "sync", "conflicts", "--json");
        assertEquals(0, listed.code(), listed.err());
        JsonNode open = new ObjectMapper().readTree(listed.out());
        assertEquals(2, open.size(), listed.out());
        JsonNode back = open.get(0).get("field").asText().equals("back") ? open.get(0) : open.get(1);
        JsonNode front = back == open.get(0) ? open.get(1) : open.get(0);

        CliRun used = run("a", "sync", "conflicts", "--use-other", back.get("id").asText());
        assertEquals(0, used.code(), used.err());
        assertTrue(used.out().contains("closed"), used.out());
        assertTrue(used.out().contains(front.get("kept").asText()), "the one left is listed: " + used.out());
        CliRun kept = run("a", "sync", "conflicts", "--keep", front.get("id").asText(), "--json");
        assertEquals(0, kept.code(), kept.err());
        assertEquals(0, new ObjectMapper().readTree(kept.out()).size(), kept.out());
        assertEquals("No open conflicts.", run("a", "sync", "conflicts").out().strip());

        CliRun again = run("a", "sync", "conflicts", "--keep", front.get("id").asText());
        assertNotEquals(0, again.code());
        assertTrue(again.err().contains("already closed"), again.err());
        try (AppServices a = Bootstrap.open(dir.resolve("a"), clock)) {
            var card = a.library().card(a.browse().search("").get(0).id());
            assertEquals(back.get("lost").asText(), card.back(), "the value that lost is back");
            assertEquals(front.get("kept").asText(), card.front(), "the kept value stays");
        }
    }

    @Test
    void syncNowWithoutAFolderSaysHowToChooseOne() throws Exception {
        CliRun now = run("a", "sync", "now");
        assertNotEquals(0, now.code());
        assertTrue(now.err().contains("deckhand sync folder PATH"), now.err());
        CliRun missing = run("a", "sync", "folder", dir.resolve("nowhere").toString());
        assertNotEquals(0, missing.code());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }
}
