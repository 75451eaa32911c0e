package io.deckhand.app.port;

import java.util.Optional;

/** The collection's media folder, read by file name (what a card's {@code ![](name)} names). */
public interface MediaFiles {
    /**
     * The bytes of the media file {@code name}, or empty when there is none: missing, larger than
     * {@code maxBytes}, not a regular file, or a name that is not a plain file name inside the folder.
     */
    Optional<byte[]> read(String name, long maxBytes);
}
