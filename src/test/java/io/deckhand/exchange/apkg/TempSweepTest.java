package io.deckhand.exchange.apkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempSweepTest {
    @TempDir
    Path temp;

    private Path folder(String name, Duration age, Instant now) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(name));
        Files.writeString(dir.resolve("collection.sqlite"), "half written");
        Files.setLastModifiedTime(dir, FileTime.from(now.minus(age)));
        return dir;
    }

    @Test
    void onlyOurStaleFoldersAreDeleted() throws Exception {
        Instant now = Instant.now();
        folder("deckhand-import-111", Duration.ofDays(2), now);
        folder("deckhand-diagrams-222", Duration.ofDays(3), now);
        folder("deckhand-import-333", Duration.ofMinutes(5), now); // an import running now
        folder("other-app-444", Duration.ofDays(9), now);
        Files.writeString(temp.resolve("deckhand-import-file"), "not a folder");
        Files.setLastModifiedTime(temp.resolve("deckhand-import-file"), FileTime.from(now.minus(Duration.ofDays(5))));
        int deleted = new ApkgReader(ZipLimits.DEFAULT, temp).sweepStale(now.minus(Duration.ofDays(1)));
        assertEquals(2, deleted);
        try (var left = Files.list(temp)) {
            assertEquals(List.of("deckhand-import-333", "deckhand-import-file", "other-app-444"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aLinkNamedLikeOursIsNotFollowed() throws Exception {
        Instant now = Instant.now();
        Path elsewhere = folder("precious", Duration.ofDays(9), now);
        Path link = Files.createSymbolicLink(temp.resolve("deckhand-import-link"), elsewhere);
        new ApkgReader(ZipLimits.DEFAULT, temp).sweepStale(now.plus(Duration.ofDays(1)));
        assertEquals(true, Files.exists(elsewhere.resolve("collection.sqlite")));
        assertEquals(true, Files.isSymbolicLink(link));
    }
}
