package io.deckhand.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.sqlite.util.LibraryLoaderUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the SQLite driver's native library in a cache folder. Left to itself the driver unpacks
 * it (about 1 MB) into the temporary folder on every start and compares it byte by byte with the
 * jar, which with the JIT work it sets off was a fair part of the CPU spent before the deck list
 * shows. The copy is checked against the jar entry's size and CRC on every start and rewritten
 * when it differs; when anything goes wrong the driver simply unpacks as usual.
 */
public final class SqliteNativeLibrary {
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";
    private static final Logger LOG = LoggerFactory.getLogger(SqliteNativeLibrary.class);

    private SqliteNativeLibrary() {
    }

    /** Before the first connection: has the driver load its library from {@code cacheRoot}; returns the folder used, if any. */
    public static synchronized Optional<Path> useCache(Path cacheRoot) {
        if (System.getProperty(PATH_PROPERTY) != null) return Optional.empty(); // chosen by the user
        Optional<Path> lib = copyInto(cacheRoot);
        lib.ifPresent(l -> {
            System.setProperty(PATH_PROPERTY, l.getParent().toString());
            System.setProperty(NAME_PROPERTY, l.getFileName().toString());
        });
        return lib.map(Path::getParent);
    }

    /** The driver's library for this platform, copied under {@code cacheRoot} unless an intact copy is there already. */
    static Optional<Path> copyInto(Path cacheRoot) {
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            URL url = SqliteNativeLibrary.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
            if (url == null) return Optional.empty();
            URLConnection connection = url.openConnection();
            // Not from a jar (e.g. an unpacked class folder): the driver can load it as it is.
            if (!(connection instanceof JarURLConnection jar)) return Optional.empty();
            JarEntry entry = jar.getJarEntry();
            if (entry.getSize() < 0 || entry.getCrc() < 0) return Optional.empty();
            // Named by content, so driver upgrades and other architectures never share a file.
            Path dir = cacheRoot.resolve(folderName(entry.getCrc(), entry.getSize()));
            Path lib = dir.resolve(name);
            if (matches(lib, entry)) return Optional.of(lib);
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, name, ".part");
            try {
                try (InputStream in = jar.getInputStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                }
                if (!matches(part, entry)) return Optional.empty();
                Files.move(part, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
            return Optional.of(lib);
        } catch (IOException | RuntimeException e) {
            LOG.debug("SQLite's native library is unpacked as usual: the cache folder did not work", e);
            return Optional.empty();
        }
    }

    /**
     * "sqlite-" CRC as 8 hex digits "-" size, as {@code String.format("sqlite-%08x-%d", ...)} gives. Not
     * through String.format: its number conversions loaded the locale's decimal-format data on the start
     * path (sqlite-jdbc's own formats are strings only and do not need it).
     */
    static String folderName(long crc, long size) {
        String hex = Long.toHexString(crc);
        return "sqlite-" + "00000000".substring(Math.min(8, hex.length())) + hex + "-" + size;
    }

    private static boolean matches(Path file, JarEntry entry) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != entry.getSize()) return false;
        CRC32 crc = new CRC32();
        crc.update(Files.readAllBytes(file));
        return crc.getValue() == entry.getCrc();
    }
}
