package io.deckhand.exchange.apkg;

import io.deckhand.exchange.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a zip into a folder without trusting it: entry names must stay inside the folder, and
 * sizes are counted while inflating (the sizes a zip declares can lie).
 */
final class SafeZipExtractor {
    private final ZipLimits limits;

    SafeZipExtractor(ZipLimits limits) {
        this.limits = limits;
    }

    /** Extracts every entry into {@code target}; returns entry name to extracted file. */
    Map<String, Path> extract(Path zip, Path target, String displayName) throws FormatException, IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        Path root = target.toAbsolutePath().normalize();
        long total = 0;
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            if (zf.size() > limits.maxEntries()) {
                throw new FormatException(displayName + " holds " + zf.size() + " files, more than the "
                        + limits.maxEntries() + " allowed.");
            }
            var entries = zf.entries();
            byte[] buffer = new byte[64 * 1024];
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                Path out = root.resolve(name).normalize();
                if (name.contains("\\") || name.startsWith("/") || !out.startsWith(root) || out.equals(root)) {
                    throw new FormatException(displayName + " contains an entry that points outside its folder ("
                            + name + "); it was not opened.");
                }
                if (entry.isDirectory()) continue;
                Files.createDirectories(out.getParent());
                long compressed = Math.max(entry.getCompressedSize(), 1);
                long written = 0;
                try (InputStream in = zf.getInputStream(entry); OutputStream os = Files.newOutputStream(out)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        written += n;
                        total += n;
                        checkLimits(displayName, name, written, compressed, total);
                        os.write(buffer, 0, n);
                    }
                }
                files.put(name, out);
            }
        } catch (ZipException e) {
            throw new FormatException(displayName + " is not a valid zip package (it may be damaged or incomplete).", e);
        }
        return files;
    }

    private void checkLimits(String displayName, String entry, long written, long compressed, long total)
            throws FormatException {
        if (written > limits.maxEntryBytes()) {
            throw new FormatException(displayName + ": the file " + entry + " unpacks to more than "
                    + mb(limits.maxEntryBytes()) + "; it looks like a compression bomb and was not opened.");
        }
        // small entries are allowed a high ratio: a tiny file of repeated text is harmless
        if (written > 1_000_000 && written / compressed > limits.maxRatio()) {
            throw new FormatException(displayName + ": the file " + entry + " is compressed more than "
                    + limits.maxRatio() + " to 1; it looks like a compression bomb and was not opened.");
        }
        if (total > limits.maxTotalBytes()) {
            throw new FormatException(displayName + " unpacks to more than " + mb(limits.maxTotalBytes())
                    + "; it looks like a compression bomb and was not opened.");
        }
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }
}
