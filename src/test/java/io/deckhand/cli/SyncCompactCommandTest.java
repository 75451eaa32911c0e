package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sync compact, and what sync status says about compaction, as a user types them. */
class SyncCompactCommandTest {
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
    void compactingThenADeviceJoiningLaterIsShownInStatus() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("shared"));
        assertEquals(0, run("a", "sync", "folder", shared.toString()).code());
        assertEquals(0, run("a", "sync", "name", "Laptop").code());
        assertEquals(0, run("a", "study", "--auto", "3", "--seed", "1").code());
        assertEquals(0, run("b", "sync", "folder", shared.toString()).code());
        assertEquals(0, run("b", "sync", "now").code());
        assertEquals(0, run("a", "sync", "now").code()); // writes the three answers

        CliRun held = run("a", "sync", "compact");
        assertEquals(0, held.code(), held.err());
        assertTrue(held.out().contains("waiting for Device "), "b has not applied the answers yet: " + held.out());
        assertEquals(0, run("b", "sync", "now").code());

        CliRun compact = run("a", "sync", "compact");
        assertEquals(0, compact.code(), compact.err());
        assertTrue(compact.out().startsWith("Compaction: compacted lines 1-"), compact.out());

        CliRun again = run("a", "sync", "compact", "--json");
        assertEquals(0, again.code(), again.err());
        JsonNode run = new ObjectMapper().readTree(again.out());
        assertEquals(0, run.get("segmentsDropped").asInt());
        assertEquals("nothing new to compact", run.get("summary").asText());

        CliRun status = run("a", "sync", "status");
        assertTrue(status.out().contains("journal is a snapshot up to line"), status.out());
        JsonNode s = new ObjectMapper().readTree(run("a", "sync", "status", "--json").out());
        long through = s.get("compaction").get("snapshotThrough").asLong();
        assertEquals(s.get("journalLines").asLong(), through);
        assertTrue(s.get("compaction").get("lastRun").get("linesKept").asLong() > 0);

        assertEquals(0, run("c", "sync", "folder", shared.toString()).code());
        CliRun joined = run("c", "sync", "now", "--json");
        assertEquals(0, joined.code(), joined.err());
        assertTrue(new ObjectMapper().readTree(joined.out()).get("applied").asInt() > 0, joined.out());
        CliRun onC = run("c", "sync", "status");
        assertTrue(onC.out().contains("Read Laptop's snapshot (its lines up to " + through + ")"), onC.out());
    }

    @Test
    void compactingWithoutAFolderSaysHowToChooseOne() throws Exception {
        CliRun r = run("a", "sync", "compact");
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("deckhand sync folder PATH"), r.err());
    }
}
