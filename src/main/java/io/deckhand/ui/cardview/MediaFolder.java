package io.deckhand.ui.cardview;

import io.deckhand.render.markdown.MediaResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Images from the collection's media folder, as data: URIs (the card view loads no files or URLs). */
public final class MediaFolder implements MediaResolver {
    /** Larger files are not inlined into a card. */
    static final long MAX_BYTES = 8L * 1024 * 1024;
    private static final Map<String, String> IMAGE_TYPES = Map.of(
            "png", "image/png", "jpg", "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif",
            "webp", "image/webp", "svg", "image/svg+xml", "bmp", "image/bmp");

    private final Path folder;

    public MediaFolder(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<String> dataUri(String name) {
        // Only plain file names inside the folder: no separators, no parent references, no hidden files.
        if (name == null || name.isEmpty() || name.startsWith(".") || name.contains("/") || name.contains("\\")
                || name.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        int dot = name.lastIndexOf('.');
        String type = dot < 0 ? null : IMAGE_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (type == null) return Optional.empty();
        Path file = folder.resolve(name).normalize();
        try {
            if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of("data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
