package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.support.CliRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** However a command fails, the user sees one line on stderr and exit code 1, never a stack trace. */
class CliFailureTest {
    @TempDir
    Path dir;

    private static CliRun failingWith(Supplier<Throwable> failure) {
        DeckhandCommand root = new DeckhandCommand((d, e) -> 0, d -> {
            Throwable t = failure.get();
            if (t instanceof Error err) throw err;
            throw (RuntimeException) t;
        });
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = DeckhandCommand.commandLine(root);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("--data-dir", "unused", "decks");
        return new CliRun(code, out.toString(), err.toString());
    }

    @Test
    void stackOverflowAndOutOfMemoryGiveOneClearLine() {
        for (Supplier<Throwable> f : List.<Supplier<Throwable>>of(StackOverflowError::new, OutOfMemoryError::new,
                () -> new IllegalStateException("boom"))) {
            CliRun run = failingWith(f);
            assertEquals(1, run.code());
            String err = run.err().strip();
            assertTrue(err.startsWith("deckhand: "), err);
            assertFalse(err.contains("\n") || err.contains("\tat ") || err.contains("java.lang."), err);
        }
        assertTrue(failingWith(StackOverflowError::new).err().contains("nested too deeply"));
        assertTrue(failingWith(OutOfMemoryError::new).err().contains("memory"));
    }

    @Test
    void pipesGivenToTheRenderCommandsAreRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("card.md");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        for (List<String> command : List.of(List.of("render"), List.of("yaml", "check"), List.of("diagram"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.add(fifo.toString());
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10),
                    () -> CliRun.withoutCollection(args.toArray(String[]::new)));
            assertTrue(run.code() != 0, run.err());
            assertTrue(run.err().contains("not a regular file"), command + ": " + run.err());
        }
        Path json = dir.resolve("r.json");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", json.toString()).start().waitFor() == 0);
        CliRun replay = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> CliRun.withoutCollection("fsrs", "replay", json.toString()));
        assertTrue(replay.err().contains("not a regular file"), replay.err());
        assertTrue(Files.exists(fifo));
    }
}
