package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.storage.Database;
import io.deckhand.support.MutableClock;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not what their name says: pipes, devices, endless or huge text. */
class SpecialFilesTest {
    @TempDir
    Path dir;

    private Path fifo(String name) throws Exception {
        Path p = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", p.toString()).start();
        Assumptions.assumeTrue(mk.waitFor() == 0, "mkfifo is available");
        return p;
    }

    /** Imports each file into a collection that must be byte for byte unchanged; returns the messages. */
    private List<String> refused(List<Path> files) throws Exception {
        Path db = dir.resolve("c.sqlite");
        try (Database d = Database.open(db); AppServices s = Bootstrap.wire(d, new MutableClock(Instant.EPOCH), dir.resolve("media"))) {
            s.library().addCard(new DeckName("Kept"), "q", "a", List.of());
        }
        byte[] before = Files.readAllBytes(db);
        List<String> messages;
        try (Database d = Database.open(db); AppServices s = Bootstrap.wire(d, new MutableClock(Instant.EPOCH), dir.resolve("media"))) {
            messages = files.stream().map(f -> assertTimeoutPreemptively(Duration.ofSeconds(10), () ->
                    assertThrows(InvalidInputException.class,
                            () -> s.exchange().importFile(f, ImportOptions.defaults(), ProgressListener.NONE)).getMessage()))
                    .toList();
            for (Path f : files) {
                if (f.getFileName().toString().endsWith(".csv")) {
                    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(InvalidInputException.class,
                            () -> s.exchange().previewText(f, ImportOptions.defaults())));
                }
            }
        }
        assertArrayEquals(before, Files.readAllBytes(db));
        return messages;
    }

    @Test
    void pipesNamedLikeDeckFilesAreRefusedAtOnce() throws Exception {
        List<Path> pipes = List.of(fifo("deck.csv"), fifo("deck.json"), fifo("deck.apkg"), fifo("notes.md"), fifo("t.tsv"));
        for (String m : refused(pipes)) {
            assertTrue(m.contains("not a regular file") && !m.contains("\n"), m);
        }
    }

    @Test
    void aLinkToAnEndlessDeviceIsRefused() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path csv = Files.createSymbolicLink(dir.resolve("zero.csv"), Path.of("/dev/zero"));
        Path json = Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
        for (String m : refused(List.of(csv, json))) assertTrue(m.contains("not a regular file"), m);
    }

    @Test
    void textLargerThanTheLimitIsRefusedBeforeReading() throws Exception {
        Path csv = dir.resolve("huge.csv");
        Path json = dir.resolve("huge.json");
        for (Path p : List.of(csv, json)) {
            try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
                f.setLength(InputFiles.MAX_TEXT_BYTES + 1); // sparse: no disk used
            }
        }
        for (String m : refused(List.of(csv, json))) {
            assertTrue(m.contains("larger than") && m.contains(InputFiles.MAX_TEXT_BYTES / (1 << 20) + " MB"), m);
        }
    }

    @Test
    void readsStopAtTheCapWhateverTheFileClaims() throws Exception {
        // a regular file that says it is empty and is not: the kernel's list of this JVM's mappings
        Path maps = Path.of("/proc/self/maps");
        Assumptions.assumeTrue(Files.isRegularFile(maps) && Files.size(maps) == 0);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> InputFiles.readCapped(maps, 1 << 10));
        assertTrue(e.getMessage().contains("larger than 0 MB"), e.getMessage());
        assertEquals("abc", new String(InputFiles.readCapped(Files.writeString(dir.resolve("a.txt"), "abc"), 3)));
    }
}
