package io.deckhand.exchange.apkg;

import com.github.luben.zstd.ZstdInputStream;
import io.deckhand.exchange.FormatException;
import java.io.ByteArrayOutputStream;
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
 * A zip opened without trusting it: every entry name must stay inside a folder, and only the
 * entries asked for are unpacked. Bytes are counted as they are produced (inflated, and zstd
 * decompressed where the package compresses entries again) against one budget for the whole
 * package, so neither declared sizes nor many small entries can get past the limits.
 */
final class SafeZip implements AutoCloseable {
    private final ZipFile zip;
    private final String displayName;
    private final ZipLimits limits;
    private final long budget;
    private final long packageBytes;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private long produced;

    private SafeZip(ZipFile zip, String displayName, ZipLimits limits, long packageBytes) {
        this.zip = zip;
        this.displayName = displayName;
        this.limits = limits;
        this.packageBytes = packageBytes;
        this.budget = limits.budgetFor(packageBytes);
    }

    static SafeZip open(Path file, String displayName, ZipLimits limits) throws FormatException, IOException {
        ZipFile zf;
        try {
            zf = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new FormatException(displayName + " is not a valid zip package (it may be damaged or incomplete).", e);
        }
        SafeZip safe = new SafeZip(zf, displayName, limits, Files.size(file));
        try {
            safe.index();
            return safe;
        } catch (FormatException | RuntimeException e) {
            safe.close();
            throw e;
        }
    }

    private void index() throws FormatException {
        if (zip.size() > limits.maxEntries()) {
            throw new FormatException(displayName + " holds " + zip.size() + " files, more than the "
                    + limits.maxEntries() + " allowed.");
        }
        Path root = Path.of("/deckhand-zip-root");
        var all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            Path out = root.resolve(name).normalize();
            if (name.contains("\\") || name.startsWith("/") || !out.startsWith(root) || out.equals(root)) {
                throw new FormatException(displayName + " contains an entry that points outside its folder ("
                        + name + "); it was not opened.");
            }
            if (!entry.isDirectory()) entries.put(name, entry);
        }
    }

    boolean has(String entry) {
        return entries.containsKey(entry);
    }

    /** Unpacks an entry into {@code target}. */
    void extract(String entry, Path target) throws FormatException, IOException {
        try (InputStream in = open(entry); OutputStream out = Files.newOutputStream(target)) {
            copy(in, out, entry, true);
        } catch (ZipException e) {
            throw damaged(e);
        }
    }

    /** Unpacks a zstd-compressed entry into {@code target}; {@code what} names it in messages. */
    void extractZstd(String entry, Path target, String what) throws FormatException, IOException {
        try (InputStream in = new ZstdInputStream(open(entry)); OutputStream out = Files.newOutputStream(target)) {
            copy(in, out, entry, false);
        } catch (com.github.luben.zstd.ZstdIOException e) {
            throw new FormatException(what + " is damaged (its compressed data cannot be read).", e);
        } catch (ZipException e) {
            throw damaged(e);
        }
    }

    /** A small entry read into memory (at most {@code maxBytes}), zstd-decompressed if {@code zstd}. */
    byte[] read(String entry, boolean zstd, int maxBytes, String what) throws FormatException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (InputStream raw = open(entry); InputStream in = zstd ? new ZstdInputStream(raw) : raw) {
            byte[] buffer = new byte[64 * 1024];
            long written = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                written += n;
                count(entry, written, n, !zstd);
                if (written > maxBytes) {
                    throw new FormatException(what + " is larger than " + (maxBytes >> 20)
                            + " MB, far more than any real one; it was not opened.");
                }
                out.write(buffer, 0, n);
            }
        } catch (com.github.luben.zstd.ZstdIOException e) {
            throw new FormatException(what + " is damaged (its compressed data cannot be read).", e);
        } catch (ZipException e) {
            throw damaged(e);
        }
        return out.toByteArray();
    }

    private InputStream open(String entry) throws IOException {
        ZipEntry e = entries.get(entry);
        if (e == null) throw new IllegalArgumentException("no entry " + entry);
        return zip.getInputStream(e);
    }

    private void copy(InputStream in, OutputStream out, String entry, boolean inflated) throws IOException, FormatException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            written += n;
            count(entry, written, n, inflated);
            out.write(buffer, 0, n);
        }
    }

    /**
     * Checks the limits after {@code n} more bytes of {@code entry}, {@code written} of it so far.
     * The ratio applies to inflating only: zstd output of a database may compress far more.
     */
    private void count(String entry, long written, int n, boolean inflated) throws FormatException {
        produced += n;
        if (written > limits.maxEntryBytes()) {
            throw bomb("the file " + entry + " unpacks to more than " + mb(limits.maxEntryBytes()));
        }
        // the declared compressed size can lie; it can never be more than the whole package
        long compressed = Math.max(1, Math.min(entries.get(entry).getCompressedSize() < 0
                ? packageBytes : entries.get(entry).getCompressedSize(), packageBytes));
        // small entries are allowed a high ratio: a tiny file of repeated text is harmless
        if (inflated && written > 1_000_000 && written / compressed > limits.maxRatio()) {
            throw bomb("the file " + entry + " is compressed more than " + limits.maxRatio() + " to 1");
        }
        if (produced > budget) {
            throw new FormatException(displayName + " unpacks to more than " + mb(budget)
                    + "; it looks like a compression bomb and was not opened.");
        }
    }

    private FormatException bomb(String what) {
        return new FormatException(displayName + ": " + what + "; it looks like a compression bomb and was not opened.");
    }

    private FormatException damaged(ZipException e) {
        return new FormatException(displayName + " is not a valid zip package (it may be damaged or incomplete).", e);
    }

    private static String mb(long bytes) {
        return (bytes >> 20) + " MB";
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
