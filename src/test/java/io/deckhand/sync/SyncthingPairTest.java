package io.deckhand.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.deckhand.support.SyncthingPair;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two-instance harness on plain files: what each side writes, including a file in a folder and
 * one appended to after it was synced, reaches the other side byte for byte.
 * <p>Runs only in the {@code syncthing} profile: {@code mvn -Psyncthing verify}.
 */
@Tag("syncthing")
class SyncthingPairTest {
    @TempDir
    Path dir;

    @Test
    void filesWrittenOnEitherSideReachTheOther() throws Exception {
        Optional<Path> binary = SyncthingPair.binary();
        assumeTrue(binary.isPresent(), SyncthingPair.MISSING);
        Path left = dir.resolve("left");
        Path right = dir.resolve("right");
        try (SyncthingPair pair = SyncthingPair.start(binary.get(), dir, left, right, Duration.ofSeconds(60))) {
            Files.writeString(left.resolve("from-left.txt"), "written on the left\n");
            Files.createDirectories(right.resolve("journal/device-b"));
            Files.writeString(right.resolve("journal/device-b/000001.seg"), "segment one\n");
            pair.awaitInSync(Duration.ofSeconds(60));
            assertEquals("written on the left\n", Files.readString(right.resolve("from-left.txt")));
            assertEquals("segment one\n", Files.readString(left.resolve("journal/device-b/000001.seg")));

            // An append-only journal grows after it was synced: the other side gets the longer file.
            Files.writeString(right.resolve("journal/device-b/000001.seg"), "segment one, more\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            pair.awaitInSync(Duration.ofSeconds(60));
            assertEquals("segment one\nsegment one, more\n", Files.readString(left.resolve("journal/device-b/000001.seg")));
        }
    }
}
