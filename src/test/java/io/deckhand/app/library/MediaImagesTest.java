package io.deckhand.ui.cardview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.render.markdown.CardBlockRenderer;
import io.deckhand.render.markdown.MarkdownRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFolderTest {
    @TempDir
    Path dir;

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Test
    void imagesInTheFolderBecomeDataUris() throws Exception {
        Path media = Files.createDirectory(dir.resolve("media"));
        Files.write(media.resolve("pod diagram.png"), PNG);
        MediaFolder folder = new MediaFolder(media);
        assertEquals("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG),
                folder.dataUri("pod diagram.png").orElseThrow());
        assertTrue(folder.dataUri("missing.png").isEmpty());
        assertTrue(folder.dataUri("notes.txt").isEmpty(), "only images");
    }

    @Test
    void namesThatLeaveTheFolderAreRefused() throws Exception {
        Path media = Files.createDirectory(dir.resolve("media"));
        Files.write(dir.resolve("secret.png"), PNG);
        MediaFolder folder = new MediaFolder(media);
        assertTrue(folder.dataUri("../secret.png").isEmpty());
        assertTrue(folder.dataUri("..\\secret.png").isEmpty());
        assertTrue(folder.dataUri(dir.resolve("secret.png").toString()).isEmpty());
        assertTrue(folder.dataUri(".hidden.png").isEmpty());
    }

    @Test
    void cardMarkdownShowsMediaImagesInline() throws Exception {
        Path media = Files.createDirectory(dir.resolve("media"));
        Files.write(media.resolve("pod diagram.png"), PNG);
        MarkdownRenderer renderer = new MarkdownRenderer(new CardBlockRenderer(), new MediaFolder(media));
        String html = renderer.toHtml("Look: ![a pod](pod%20diagram.png) and ![](http://example.com/x.png) ![](../x.png)");
        assertTrue(html.contains("src=\"data:image/png;base64,"), html);
        assertTrue(!html.contains("example.com") && !html.contains("../x.png"), html);
        String plain = new MarkdownRenderer().toHtml("![a pod](pod%20diagram.png)");
        assertTrue(!plain.contains("data:") && !plain.contains("pod%20diagram.png\""), "no resolver, no image: " + plain);
    }
}
