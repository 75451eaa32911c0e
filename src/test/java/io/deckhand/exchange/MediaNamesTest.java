package io.deckhand.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class MediaNamesTest {
    private static List<String> refs(String html) {
        Set<String> names = new LinkedHashSet<>();
        MediaNames.referencedIn(html, names);
        return List.copyOf(names);
    }

    @Test
    void imagesAndSoundsAsAnkiWritesThem() {
        assertEquals(List.of("a.png", "b c.jpg", "x&y.gif", "d.png", "e.svg", "s.mp3", "t t.ogg"),
                refs("<p><img src=\"a.png\"> <IMG alt='x' SRC='b c.jpg'><img class=z src=\"x&amp;y.gif\">"
                        + "<img src=d.png><img\nsrc=\"e.svg\"/></p>[sound:s.mp3] and [sound:t t.ogg]"));
    }

    @Test
    void webImagesFoldersAndEmptySourcesAreNotMedia() {
        assertEquals(List.of(), refs("<img src=\"https://x.io/a.png\"><img src=\"data:image/png;base64,AA\">"
                + "<img src=\"sub/a.png\"><img src=\"\"><img alt=\"no source\">[sound:]"));
    }

    @Test
    void textWithoutReferencesIsQuick() {
        assertEquals(List.of(), refs("kubectl get pods -o wide"));
    }

    @Test
    @Timeout(5)
    void manyUnclosedImageTagsStayQuick() {
        assertEquals(List.of(), refs("<img src=\"a".repeat(20_000)));
        assertEquals(List.of(), refs("<img ".repeat(20_000) + "[sound:" + "x".repeat(50_000)));
    }

    @Property(tries = 500)
    void anyTextGivesOnlyNamesWithoutSchemeOrFolder(@ForAll @StringLength(max = 200) String noise) {
        List<String> found = refs("<img src=\"" + noise + "\">" + noise + "[sound:" + noise + "]<img " + noise);
        for (String name : found) {
            assertTrue(!name.isEmpty() && name.indexOf('/') < 0 && name.indexOf(':') < 0, name);
        }
    }
}
