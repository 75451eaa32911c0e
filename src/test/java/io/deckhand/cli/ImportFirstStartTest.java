package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.support.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code import} on a new data folder brings the user's cards only: the bundled decks are not loaded first. */
class ImportFirstStartTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private StringWriter out;

    /** Wired as {@code Launcher} wires the command line. */
    private int run(String... args) {
        DeckhandCommand root = new DeckhandCommand((d, e) -> {
            throw new AssertionError("commands must not open the app");
        }, d -> Bootstrap.open(d, clock), d -> Bootstrap.openWithoutBundledDecks(d, clock));
        CommandLine cl = DeckhandCommand.commandLine(root);
        out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        return cl.execute(args);
    }

    private List<String> deckNames(Path data) throws Exception {
        assertEquals(0, run("--data-dir", data.toString(), "decks", "--json"));
        List<String> names = new ArrayList<>();
        for (JsonNode d : new ObjectMapper().readTree(out.toString())) names.add(d.get("name").asText());
        return names;
    }

    @Test
    void aFirstImportLeavesOutTheBundledDecks() throws Exception {
        Path data = dir.resolve("data");
        Path csv = Files.writeString(dir.resolve("mine.csv"), "What is a Pod?,The smallest unit\nWhat is a Node?,A machine\n");
        assertEquals(0, run("--data-dir", data.toString(), "import", csv.toString(), "--deck", "Mine"));
        assertEquals(List.of("Mine"), deckNames(data));
    }

    @Test
    void aFirstImportThatFailsLeavesTheBundledDecksForTheNextStart() throws Exception {
        Path data = dir.resolve("data");
        Path broken = Files.writeString(dir.resolve("broken.apkg"), "not a zip");
        assertNotEquals(0, run("--data-dir", data.toString(), "import", broken.toString()));
        assertEquals(List.of("Kubernetes"), deckNames(data).subList(0, 1));
    }

    @Test
    void otherCommandsStillStartWithTheBundledDecks() throws Exception {
        assertEquals("Kubernetes", deckNames(dir.resolve("data")).get(0));
    }
}
