package io.deckhand.exchange;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A media file referenced by cards: its name as cards refer to it (a plain file name, never a
 * path) and where its bytes are now.
 */
public record MediaFile(String name, Path content) {
    public MediaFile {
        name = MediaNames.requireSafe(name);
        Objects.requireNonNull(content, "content");
    }
}
