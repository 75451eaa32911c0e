package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.support.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DecksCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        DeckhandCommand root = new DeckhandCommand((d, e) -> {
            throw new AssertionError("commands must not open the app");
        }, d -> Bootstrap.open(d, clock));
        CommandLine cl = DeckhandCommand.commandLine(root);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void listsTheBundledDeckOfANewCollectionAsJson() throws Exception {
        assertEquals(0, run("--data-dir", dir.toString(), "decks", "--json"));
        JsonNode decks = new ObjectMapper().readTree(out.toString());
        assertTrue(decks.size() >= 1);
        assertEquals("Kubernetes", decks.get(0).get("name").asText());
        assertEquals(20, decks.get(0).get("new").asInt(), "the default preset's daily new limit");
        assertTrue(Files.exists(dir.resolve(Bootstrap.COLLECTION_FILE)));
    }

    @Test
    void aForeignFileGivesOneLineAndExitCodeOne() throws Exception {
        Files.writeString(dir.resolve(Bootstrap.COLLECTION_FILE), "not sqlite");
        assertEquals(1, run("--data-dir", dir.toString(), "decks"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("deckhand: ") && message.contains("not a Deckhand collection"), message);
        assertEquals("not sqlite", Files.readString(dir.resolve(Bootstrap.COLLECTION_FILE)));
    }

    @Test
    void aDataDirThatCannotBeCreatedIsReportedClearly() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        assertEquals(1, run("--data-dir", file.resolve("sub").toString(), "decks"));
        assertTrue(err.toString().contains("cannot create its data folder"), err.toString());
    }
}
