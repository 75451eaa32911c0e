package io.deckhand.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading and writing the files the render commands are given, with one-line user errors. */
final class CliFiles {
    /** Larger inputs are refused before reading (notes, manifests and diagrams are small). */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private CliFiles() {
    }

    static String read(Path file) throws CliError {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new CliError(file + ": not a regular file (a folder, pipe, device or socket)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new CliError(file + ": file is larger than 8 MB");
            }
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (NoSuchFileException e) {
            throw new CliError(file + ": no such file");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new CliError(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new CliError(file + ": cannot read (" + e.getMessage() + ")");
        }
    }

    static void write(Path file, String text) throws CliError {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliError(file + ": cannot write (" + e.getMessage() + ")");
        }
    }

    /** An error reported as one line on stderr with a non-zero exit. */
    static final class CliError extends Exception {
        CliError(String message) {
            super(message);
        }
    }
}
