package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.support.MutableClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code study --custom} lists a custom study session of the bundled deck and changes nothing. */
class StudyCustomCommandTest {
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
    void listsTheCommandCardsOfTheDeckUpToTheLimit() {
        assertEquals(0, run("--data-dir", dir.toString(), "study", "--custom", "kind", "--kind", "command",
                "--deck", "Kubernetes", "--limit", "3"), err.toString());
        String[] lines = out.toString().strip().split("\n");
        assertEquals(4, lines.length, out.toString());
        assertEquals("3 cards", lines[3]);
        assertTrue(lines[0].matches("\\d+\t.+"), lines[0]);
    }

    @Test
    void aSessionThatCannotBeReadSaysWhyAndExitsWithOne() {
        assertEquals(1, run("--data-dir", dir.toString(), "study", "--custom", "cram", "--deck", "Kubernetes"));
        assertTrue(err.toString().contains("ahead, forgotten, tag, kind"), err.toString());
        assertEquals(1, run("--data-dir", dir.toString(), "study", "--custom", "kind", "--deck", "Kubernetes"));
        assertTrue(err.toString().contains("Choose a kind"), err.toString());
        assertEquals(1, run("--data-dir", dir.toString(), "study", "--custom", "ahead", "--deck", "Kubernetes", "--auto", "2"));
        assertTrue(err.toString().contains("not both"), err.toString());
    }
}
