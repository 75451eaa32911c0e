package io.deckhand.app.library;

import io.deckhand.app.port.MediaFiles;
import io.deckhand.render.markdown.MediaResolver;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Images from the collection's media, as data: URIs (the card view loads no files or URLs). */
public final class MediaImages implements MediaResolver {
    /** Larger files are not inlined into a card. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final Map<String, String> IMAGE_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "webp", "image/webp", "svg", "image/svg+xml", "bmp", "image/bmp");

    private final MediaFiles media;

    public MediaImages(MediaFiles media) {
        this.media = Objects.requireNonNull(media, "media");
    }

    @Override
    public Optional<String> dataUri(String name) {
        if (name == null) return Optional.empty();
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : IMAGE_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) return Optional.empty();
        return media.read(name, MAX_BYTES).map(bytes -> "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes));
    }
}
