package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

class ImportNotesCommandTest {
    @TempDir
    Path dir;

    private StringWriter out;
    private StringWriter err;

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
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
    void dryRunThenImportThenReimportOfAChangedVault() throws Exception {
        Path data = dir.resolve("data");
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Path note = vault.resolve("net.md");
        Files.writeString(note, "# Net\n\nDefault Service type::ClusterIP\n\nDNS port::53\n");

        assertEquals(0, run("--data-dir", data.toString(), "import", vault.toString(), "--deck", "Net", "--dry-run"), err.toString());
        assertTrue(out.toString().contains("vault: 2 added, 0 updated, 0 unchanged, 0 orphaned (dry run"), out.toString());

        assertEquals(0, run("--data-dir", data.toString(), "import", vault.toString(), "--deck", "Net"), err.toString());
        assertTrue(out.toString().contains("vault: 2 added, 0 updated, 0 unchanged, 0 orphaned"), out.toString());

        Files.writeString(note, "# Net\n\nDefault Service type::ClusterIP (internal only)\n");
        assertEquals(0, run("--data-dir", data.toString(), "import", vault.toString(), "--deck", "Net"), err.toString());
        assertTrue(out.toString().contains("vault: 0 added, 1 updated, 0 unchanged, 1 orphaned"), out.toString());
        assertTrue(out.toString().contains("orphaned: net.md (Net): DNS port"), out.toString());
    }
}
