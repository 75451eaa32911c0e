package io.deckhand.app.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a media file into the collection's media folder so that its name only ever shows whole
 * content: the bytes go to a scratch name in the same folder, are forced to disk, then renamed.
 * A copy killed half way leaves a scratch file, never a truncated file under the media's name
 * (which a later import would keep as "the existing one"); {@link #sweep} removes those.
 */
final class MediaCopy {
    private static final String SCRATCH_PREFIX = ".deckhand-part-";
    private static final AtomicLong COUNTER = new AtomicLong();

    private MediaCopy() {
    }

    static void write(InputStream in, Path target) throws IOException {
        Path scratch = scratchName(target.getFileName().toString(), COUNTER.incrementAndGet());
        Path temp = target.resolveSibling(scratch);
        try {
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                in.transferTo(out);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A scratch file name for {@code mediaName}; unique within this run. */
    static Path scratchName(String mediaName, long n) {
        String shortName = mediaName.length() > 100 ? mediaName.substring(0, 100) : mediaName;
        return Path.of(SCRATCH_PREFIX + ProcessHandle.current().pid() + "-" + n + "-" + shortName);
    }

    static boolean isScratch(String fileName) {
        return fileName.startsWith(SCRATCH_PREFIX);
    }

    /** Deletes scratch files a killed copy left in {@code mediaDir}; returns how many. */
    static int sweep(Path mediaDir) {
        if (mediaDir == null || !Files.isDirectory(mediaDir)) return 0;
        int deleted = 0;
        try (var files = Files.newDirectoryStream(mediaDir, SCRATCH_PREFIX + "*")) {
            for (Path f : files) {
                if (Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(f)) deleted++;
            }
        } catch (IOException e) {
            // nothing depends on the sweep; the next start tries again
        }
        return deleted;
    }
}
