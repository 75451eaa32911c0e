package io.deckhand.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.render.page.CardPage;
import io.deckhand.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corpus files kept apart from HostileCorpusTest (issue 12) because they fail today: disabled with the reason
 * until the product is fixed, then they join the corpus.
 */
@Tag("hostile")
class HostileKnownCasesTest {
    @TempDir
    Path dir;

    /** The profile points java.io.tmpdir into target/; it must exist before @TempDir is made, whatever runs first. */
    @org.junit.jupiter.api.BeforeAll
    static void temporaryFolderExists() throws java.io.IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    @Test
    void aTwoMegabyteTableNoteIsPlannedWithinTheLimit() throws Exception {
        Path note = Files.writeString(dir.resolve("table-2mb.md"), HostileCorpus.table(2 << 20));
        try (AppServices app = Bootstrap.open(dir.resolve("data"), new MutableClock(Instant.parse("2026-03-02T10:00:00Z")))) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                try {
                    app.notes().plan(List.of(note), ProgressListener.NONE);
                } catch (io.deckhand.app.error.DeckhandException refused) {
                    // a clear refusal is fine; only the time is measured here
                }
            });
        }
    }

    @Test
    void aTwoMegabyteTableCardRendersWithinTheLimit() {
        String table = HostileCorpus.table(2 << 20);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> new CardPage().html(table, true, true));
    }

    @Test
    void aCsvWithATwentyMegabyteFieldWritesUnderFiftyMegabytes() throws Exception {
        Path csv = Files.writeString(dir.resolve("line-20mb.csv"), "front," + "x".repeat(20 << 20) + "\n");
        Path data = dir.resolve("data");
        try (AppServices app = Bootstrap.open(data, new MutableClock(Instant.parse("2026-03-02T10:00:00Z")))) {
            long before = size(data);
            try {
                app.exchange().importFile(csv, ImportOptions.defaults(), ProgressListener.NONE);
            } catch (io.deckhand.app.error.DeckhandException refused) {
                // refusing is as good as importing compactly
            }
            long written = size(data) - before;
            assertTrue(written < 50L << 20, "wrote " + written / (1 << 20) + " MB into the data folder");
        }
    }

    private static long size(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
