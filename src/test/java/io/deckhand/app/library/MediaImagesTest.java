package io.deckhand.app.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.render.markdown.CardBlockRenderer;
import io.deckhand.render.markdown.MarkdownRenderer;
import io.deckhand.storage.FolderMediaFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Card images through the media port, over a real media folder. */
class MediaImagesTest {
    @TempDir
    Path dir;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    private MediaImages images(Path media) {
        return new MediaImages(new FolderMediaFiles(media));
    }

    @Test
    void imagesInTheFolderBecomeDataUris() throws Exception {
        Path media = Files.createDirectory(dir.resolve("media"));
        Files.write(media.resolve("pod diagram.png"), PNG);
        Files.write(media.resolve("notes.txt"), PNG);
        MediaImages images = images(media);
        assertEquals("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG),
                images.dataUri("pod diagram.png").orElseThrow());
        assertTrue(images.dataUri("missing.png").isEmpty());
        assertTrue(images.dataUri("notes.txt").isEmpty(), "only images");
        assertTrue(images.dataUri("noextension").isEmpty());
    }

    @Test
    void namesThatLeaveTheFolderAreRefused() throws Exception {
        Path media = Files.createDirectory(dir.resolve("media"));
        Files.write(dir.resolve("secret.png"), PNG);
        MediaImages images = images(media);
        assertTrue(images.dataUri("../secret.png").isEmpty());
        assertTrue(images.dataUri("..\\secret.png").isEmpty());
        assertTrue(images.dataUri(dir.resolve("secret.png").toString()).isEmpty());
        assertTrue(images.dataUri(".hidden.png").isEmpty());
    }

    @Test
    void cardMarkdownShowsMediaImagesInline() throws Exception {
        Path media = Files.createDirectory(dir.resolve("media"));
        Files.write(media.resolve("pod diagram.png"), PNG);
        MarkdownRenderer renderer = new MarkdownRenderer(new CardBlockRenderer(), images(media));
        String html = renderer.toHtml("Look: ![a pod](pod%20diagram.png) and ![](http://example.com/x.png) ![](../x.png)");
        assertTrue(html.contains("src=\"data:image/png;base64,"), html);
        assertTrue(!html.contains("example.com") && !html.contains("../x.png"), html);
        String plain = new MarkdownRenderer().toHtml("![a pod](pod%20diagram.png)");
        assertTrue(!plain.contains("data:") && !plain.contains("pod%20diagram.png\""), "no resolver, no image: " + plain);
    }
}
