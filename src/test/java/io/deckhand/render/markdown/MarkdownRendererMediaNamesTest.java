package io.deckhand.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HTML for Anki keeps images' plain media names; nothing else gets through as an image source. */
class MarkdownRendererMediaNamesTest {
    private final MarkdownRenderer export = MarkdownRenderer.keepingMediaNames(new CardBlockRenderer());

    @Test
    void plainNamesAreKeptDecoded() {
        assertEquals("<p><img src=\"my pic.png\" alt=\"a\"></p>\n", export.toHtml("![a](my%20pic.png)"));
        assertTrue(export.toHtml("![](x&y.png)").contains("src=\"x&amp;y.png\""), export.toHtml("![](x&y.png)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"![](../x.png)", "![](http://example.com/x.png)", "![](a%2Fb.png)", "![](x%zz.png)",
        "![](/etc/passwd)", "![](.hidden.png)", "![](javascript:alert(1))", "![](c:%5Cwin.png)", "![](a%3Fb.png)"})
    void anythingButAPlainNameLosesItsSource(String markdown) {
        String html = export.toHtml(markdown);
        assertFalse(html.contains("src="), html);
    }

    @Test
    void theCardViewRendererStillDropsNames() {
        assertFalse(new MarkdownRenderer().toHtml("![](x.png)").contains("src="));
    }

    @Test
    void rawHtmlStaysEscaped() {
        String html = export.toHtml("<img src=\"x.png\" onerror=\"alert(1)\">");
        assertFalse(html.contains("<img"), html);
    }
}
