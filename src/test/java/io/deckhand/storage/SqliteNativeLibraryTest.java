package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {
    @TempDir
    Path cache;

    private static byte[] fromDriverJar() throws Exception {
        String path = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SqliteNativeLibrary.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        }
    }

    @Test
    void copiesTheDriversLibraryOnceAndReusesIt() throws Exception {
        Path lib = SqliteNativeLibrary.copyInto(cache).orElseThrow();
        assertTrue(lib.startsWith(cache));
        assertArrayEquals(fromDriverJar(), Files.readAllBytes(lib));
        long written = Files.getLastModifiedTime(lib).toMillis();
        Files.setLastModifiedTime(lib, java.nio.file.attribute.FileTime.fromMillis(written - 60_000));

        assertEquals(lib, SqliteNativeLibrary.copyInto(cache).orElseThrow());
        assertEquals(written - 60_000, Files.getLastModifiedTime(lib).toMillis(), "an intact copy is not written again");
        try (var files = Files.list(lib.getParent())) {
            assertEquals(1, files.count(), "no partial files left behind");
        }
    }

    @Test
    void replacesADamagedCopy() throws Exception {
        Path lib = SqliteNativeLibrary.copyInto(cache).orElseThrow();
        byte[] bytes = Files.readAllBytes(lib);
        bytes[bytes.length / 2] ^= 0x5A; // same size, different content
        Files.write(lib, bytes);
        assertEquals(lib, SqliteNativeLibrary.copyInto(cache).orElseThrow());
        assertArrayEquals(fromDriverJar(), Files.readAllBytes(lib));

        Files.write(lib, new byte[] {1, 2, 3}); // truncated
        SqliteNativeLibrary.copyInto(cache);
        assertArrayEquals(fromDriverJar(), Files.readAllBytes(lib));
    }

    @net.jqwik.api.Property
    void theFolderIsNamedAsTheFormatPatternWouldNameIt(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = 0, max = 0xFFFF_FFFFL) long crc,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.LongRange(min = 0) long size) {
        // existing caches keep their folder: the name is the one String.format made before
        assertEquals(String.format(java.util.Locale.ROOT, "sqlite-%08x-%d", crc, size), SqliteNativeLibrary.folderName(crc, size));
    }

    @Test
    void anUnusableCacheFolderIsNoError() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        assertEquals(Optional.empty(), SqliteNativeLibrary.copyInto(notAFolder.resolve("cache")));
    }
}
