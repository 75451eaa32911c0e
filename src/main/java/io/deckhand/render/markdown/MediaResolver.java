package io.deckhand.render.markdown;

import java.util.Optional;

/**
 * Turns the name of a media file a card refers to ({@code ![](diagram.png)}, as Anki imports write
 * them) into a {@code data:} URI, so the offline card view can show it without loading any URL.
 */
@FunctionalInterface
public interface MediaResolver {
    MediaResolver NONE = name -> Optional.empty();

    Optional<String> dataUri(String name);
}
