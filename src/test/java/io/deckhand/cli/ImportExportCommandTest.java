package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.support.CliRun;
import io.deckhand.support.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        CliRun r = CliRun.withCollection(args);
        out = r.out();
        err = r.err();
        return r.code();
    }

    @Test
    void importsAPackageThenExportsItsDeckWithScheduling() throws Exception {
        Path apkg = SharedFixtures.require("fixtures/anki/ankipandas/few_basic_cards.anki2");
        assertEquals(0, run("--data-dir", dir.toString(), "import", apkg.toString()), err.toString());
        assertTrue(out.toString().contains("few_basic_cards.anki2: 7 added, 0 updated, 0 skipped (12 cards, 6 reviews"),
                out.toString());
        Path target = dir.resolve("out.apkg");
        assertEquals(0, run("--data-dir", dir.toString(), "export", "Testing", "--format", "apkg", "-o", target.toString(),
                "--with-scheduling"), err.toString());
        assertTrue(out.toString().contains("6 reviews"), out.toString());
        assertTrue(Files.size(target) > 0);
        try (var zip = new java.util.zip.ZipFile(target.toFile())) {
            assertTrue(zip.getEntry("meta") != null && zip.getEntry("collection.anki21b") != null, "latest by default");
        }

        Path legacy = dir.resolve("legacy.apkg");
        assertEquals(0, run("--data-dir", dir.toString(), "export", "Testing", "--format", "apkg", "-o", legacy.toString(),
                "--anki-format", "legacy"), err.toString());
        try (var zip = new java.util.zip.ZipFile(legacy.toFile())) {
            assertEquals(java.util.List.of("collection.anki2", "media"),
                    zip.stream().map(java.util.zip.ZipEntry::getName).filter(n -> !n.matches("\\d+")).sorted().toList());
        }
    }

    @Test
    void badInputIsOneLineWithExitCodeOne() throws Exception {
        Path ragged = Files.writeString(dir.resolve("r.csv"), "a,b\nc\n");
        assertEquals(1, run("--data-dir", dir.toString(), "import", ragged.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("deckhand: r.csv: ") && message.contains("Line 2"), message);

        assertEquals(1, run("--data-dir", dir.toString(), "import", dir.resolve("x.doc").toString()));
        assertTrue(err.toString().contains("not a file Deckhand imports"), err.toString());

        assertEquals(1, run("--data-dir", dir.toString(), "export", "Nope", "--format", "csv", "-o", "x.csv"));
        assertTrue(err.toString().contains("no deck named \"Nope\""), err.toString());

        assertEquals(1, run("--data-dir", dir.toString(), "export", "Kubernetes", "--format", "docx", "-o", "x"));
        assertTrue(err.toString().contains("Unknown format"), err.toString());

        assertEquals(1, run("--data-dir", dir.toString(), "export", "Kubernetes", "--format", "apkg", "-o", "x.apkg",
                "--anki-format", "2.0"));
        assertTrue(err.toString().contains("Unknown Anki package format \"2.0\": use latest or legacy."), err.toString());
        assertTrue(Files.notExists(Path.of("x.apkg")));
    }
}
