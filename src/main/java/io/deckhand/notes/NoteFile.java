package io.deckhand.notes;

import java.nio.file.Path;
import java.util.Objects;

/** A note found on disk: where it is and the path cards name it by (relative to what was imported). */
public record NoteFile(Path file, String relativePath) {
    public NoteFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(relativePath, "relativePath");
    }
}
