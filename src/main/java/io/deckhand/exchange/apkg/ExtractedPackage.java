package io.deckhand.exchange.apkg;

import io.deckhand.exchange.DeckPackage;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What was read from a package. Its media files live in a temporary folder until {@link #close()},
 * which deletes it; copy them into the collection's media folder before closing.
 */
public final class ExtractedPackage implements AutoCloseable {
    private final DeckPackage contents;
    private final Path tempDir;

    ExtractedPackage(DeckPackage contents, Path tempDir) {
        this.contents = contents;
        this.tempDir = tempDir;
    }

    /** A package read without unpacking anything (text and JSON files). */
    public static ExtractedPackage inMemory(DeckPackage contents) {
        return new ExtractedPackage(contents, null);
    }

    public DeckPackage contents() {
        return contents;
    }

    @Override
    public void close() {
        deleteTree(tempDir);
    }

    /** Deletes a temporary folder and everything in it; what cannot be deleted is left. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.deleteIfExists(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temp folder left behind is not worth failing an import for; the OS cleans temp
            org.slf4j.LoggerFactory.getLogger(ExtractedPackage.class).warn("Could not delete {}: {}", dir, e.toString());
        }
    }
}
