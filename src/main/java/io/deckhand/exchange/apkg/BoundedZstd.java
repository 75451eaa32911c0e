package io.deckhand.exchange.apkg;

import com.github.luben.zstd.ZstdInputStream;
import io.deckhand.exchange.FormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Zstandard decompression with a size cap, so a small file cannot expand without bound. */
final class BoundedZstd {
    private BoundedZstd() {
    }

    static void decompress(Path source, Path target, long maxBytes, String what) throws FormatException, IOException {
        try (InputStream in = new ZstdInputStream(Files.newInputStream(source));
             OutputStream out = Files.newOutputStream(target)) {
            copy(in, out, maxBytes, what);
        } catch (com.github.luben.zstd.ZstdIOException e) {
            throw new FormatException(what + " is damaged (its compressed data cannot be read).", e);
        }
    }

    static byte[] decompress(byte[] source, long maxBytes, String what) throws FormatException, IOException {
        try (InputStream in = new ZstdInputStream(new java.io.ByteArrayInputStream(source))) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            copy(in, out, maxBytes, what);
            return out.toByteArray();
        } catch (com.github.luben.zstd.ZstdIOException e) {
            throw new FormatException(what + " is damaged (its compressed data cannot be read).", e);
        }
    }

    private static void copy(InputStream in, OutputStream out, long maxBytes, String what)
            throws IOException, FormatException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > maxBytes) {
                throw new FormatException(what + " unpacks to more than " + (maxBytes >> 20)
                        + " MB; it looks like a compression bomb and was not opened.");
            }
            out.write(buffer, 0, n);
        }
    }
}
