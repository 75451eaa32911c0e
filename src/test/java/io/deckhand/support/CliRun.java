package io.deckhand.support;

import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.cli.DeckhandCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import picocli.CommandLine;

/** One run of the command line as a user types it: exit code, standard output, standard error. */
public record CliRun(int code, String out, String err) {

    /** Commands that may open a collection (on a fixed clock); opening the app fails the test. */
    public static CliRun withCollection(String... args) {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        return run(new DeckhandCommand((d, e) -> {
            throw new AssertionError("commands must not open the app");
        }, d -> Bootstrap.open(d, clock)), args);
    }

    /** Commands that must touch neither the app nor the collection. */
    public static CliRun withoutCollection(String... args) {
        return run(new DeckhandCommand((d, e) -> {
            throw new AssertionError("must not open the app");
        }, d -> {
            throw new AssertionError("must not open the collection");
        }), args);
    }

    private static CliRun run(DeckhandCommand root, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = DeckhandCommand.commandLine(root);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
