package io.deckhand.app.exchange;

import io.deckhand.app.error.InvalidInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Opening the files a user gives without trusting their names: pipes, devices and sockets are
 * refused before anything reads them (a pipe named {@code .csv} would block for ever, a link to
 * {@code /dev/zero} would fill the memory), and text is read with a cap that counts the bytes
 * actually read, whatever size the file claims.
 */
public final class InputFiles {
    /** The largest text table (.csv .tsv .txt) or deck file (.json) Deckhand reads. */
    public static final long MAX_TEXT_BYTES = 128L << 20;

    private InputFiles() {
    }

    /** Refuses what exists but is neither a regular file nor a folder (links are followed). */
    public static void requireFileOrFolder(Path path) throws InvalidInputException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return; // missing or unreadable: the reader says so in its own words
        }
        if (!attrs.isRegularFile() && !attrs.isDirectory()) {
            boolean link = Files.isSymbolicLink(path);
            throw new InvalidInputException(path.getFileName() + " is not a regular file (it is "
                    + (link ? "a link to " : "") + "a pipe, a device or a socket); Deckhand imports files and folders only.");
        }
    }

    /** The whole file, refused if it is not a regular file or holds more than {@code max} bytes. */
    public static byte[] readCapped(Path file, long max) throws InvalidInputException {
        try (InputStream in = openCapped(file, max)) {
            return in.readAllBytes();
        } catch (TooLarge e) {
            throw tooLarge(file, max, e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A stream over the file that fails with an {@link IOException} once more than {@code max}
     * bytes were read; use {@link #isTooLarge} to tell that failure apart.
     */
    public static InputStream openCapped(Path file, long max) throws InvalidInputException, IOException {
        if (!Files.isRegularFile(file)) {
            requireFileOrFolder(file);
            if (Files.isDirectory(file)) throw new InvalidInputException(file.getFileName() + " is a folder, not a file.");
        }
        if (Files.size(file) > max) throw tooLarge(file, max, null);
        return new Capped(Files.newInputStream(file), max);
    }

    /** True if {@code e} (or its cause) is the cap of {@link #openCapped} being reached. */
    public static boolean isTooLarge(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TooLarge) return true;
        }
        return false;
    }

    static InvalidInputException tooLarge(Path file, long max, Throwable cause) {
        return new InvalidInputException(file.getFileName() + " is larger than " + (max >> 20)
                + " MB, more than Deckhand reads from a file of this kind.", cause);
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("the file is larger than the limit");
        }
    }

    private static final class Capped extends FilterInputStream {
        private final long max;
        private long read;

        Capped(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count(1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count(n);
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > max) throw new TooLarge();
        }
    }
}
