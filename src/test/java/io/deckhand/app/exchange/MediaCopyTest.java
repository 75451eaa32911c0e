package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCopyTest {
    @TempDir
    Path media;

    /** Gives {@code good} bytes, then fails as a disk or a killed copy would. */
    private static InputStream failingAfter(int good) {
        return new InputStream() {
            int given;

            @Override
            public int read() throws IOException {
                if (given >= good) throw new IOException("device gone");
                given++;
                return 'x';
            }
        };
    }

    @Test
    void aCopyThatStopsHalfWayLeavesNothingUnderTheMediaName() throws Exception {
        Path target = media.resolve("diagram.png");
        assertThrows(IOException.class, () -> MediaCopy.write(failingAfter(100_000), target));
        try (var left = Files.list(media)) {
            assertEquals(0, left.count(), "neither a truncated file nor a scratch file is left");
        }
    }

    @Test
    void aWholeCopyLandsUnderItsName() throws Exception {
        byte[] bytes = new byte[200_000];
        new java.util.Random(3).nextBytes(bytes);
        Path target = media.resolve("pod.png");
        MediaCopy.write(new ByteArrayInputStream(bytes), target);
        assertArrayEquals(bytes, Files.readAllBytes(target));
        try (var left = Files.list(media)) {
            assertEquals(1, left.count());
        }
    }

    @Test
    void scratchFilesOfAKilledCopyAreSweptAndOnlyThey() throws Exception {
        Path scratch = Files.writeString(media.resolve(MediaCopy.scratchName("pod.png", 7)), "half");
        Path real = Files.writeString(media.resolve("pod.png"), "whole");
        Path lookalike = Files.writeString(media.resolve("deckhand-part-notes.png"), "a user file");
        assertEquals(1, MediaCopy.sweep(media));
        assertEquals(false, Files.exists(scratch));
        assertEquals(true, Files.exists(real) && Files.exists(lookalike));
    }
}
