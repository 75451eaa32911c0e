package io.deckhand.storage;

import io.deckhand.app.port.MediaFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@link MediaFiles} over the data folder's {@code media} folder. */
public final class FolderMediaFiles implements MediaFiles {
    private final Path folder;

    public FolderMediaFiles(Path folder) {
        this.folder = folder.normalize();
    }

    @Override
    public Optional<byte[]> read(String name, long maxBytes) {
        // Only plain file names inside the folder: no separators, no parent references, no hidden files.
        if (name == null || name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\")
                || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path file = folder.resolve(name).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file) || Files.size(file) > maxBytes) {
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException | RuntimeException e) {
            // An unreadable or oddly named file is shown as a missing image, never as an error on the card.
            return Optional.empty();
        }
    }
}
