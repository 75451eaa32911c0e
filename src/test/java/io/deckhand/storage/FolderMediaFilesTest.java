package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderMediaFilesTest {
    @TempDir
    Path dir;

    @Test
    void readsPlainNamesInsideTheFolderUpToTheLimit() throws Exception {
        Path media = Files.createDirectory(dir.resolve("media"));
        Files.write(media.resolve("a.png"), new byte[] {1, 2, 3});
        Files.createDirectory(media.resolve("sub.png"));
        FolderMediaFiles files = new FolderMediaFiles(media);
        assertArrayEquals(new byte[] {1, 2, 3}, files.read("a.png", 3).orElseThrow());
        assertTrue(files.read("a.png", 2).isEmpty(), "larger than the limit");
        assertTrue(files.read("sub.png", 100).isEmpty(), "a folder is no media file");
        assertTrue(files.read("b.png", 100).isEmpty(), "missing");
    }

    @Test
    void namesThatLeaveTheFolderOrHideAreRefused() throws Exception {
        Path media = Files.createDirectory(dir.resolve("media"));
        Files.write(dir.resolve("secret.png"), new byte[] {9});
        Files.write(media.resolve(".hidden.png"), new byte[] {9});
        FolderMediaFiles files = new FolderMediaFiles(media);
        for (String name : new String[] {"../secret.png", "..\\secret.png", dir.resolve("secret.png").toString(),
                ".hidden.png", "", "a\0.png"}) {
            assertTrue(files.read(name, 100).isEmpty(), name);
        }
        assertTrue(files.read(null, 100).isEmpty());
    }
}
