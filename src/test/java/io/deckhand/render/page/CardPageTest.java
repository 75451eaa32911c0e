package io.deckhand.render.page;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CardPageTest {
    private final CardPage page = new CardPage();

    @Test
    void pageFollowsTheTheme() {
        assertTrue(page.html("hi", false).contains("<html class=\"light\">"));
        assertTrue(page.html("hi", true).contains("<html class=\"dark\">"));
    }

    @Test
    void pageNeverReferencesTheNetwork() {
        String html = page.html("![x](http://example.com/a.png) <img src=\"https://x/y\">\n\n```mermaid\nsequenceDiagram\nA->>B: hi\n```",
                true, true);
        Document doc = Jsoup.parse(html);
        for (Element e : doc.select("[src], [href]")) {
            assertFalse((e.attr("src") + e.attr("href")).matches("(?i)\\s*(https?|ftp):.*"), e.outerHtml());
        }
        assertFalse(html.contains("@import"));
        assertTrue(html.contains("default-src 'none'"), "a content security policy blocks remote loads");
    }

    @Test
    void mermaidScriptOnlyWhenAskedAndNeeded() {
        String md = "```mermaid\nsequenceDiagram\nA->>B: hi\n```";
        assertNotNull(CardPage.mermaidScriptUrl(), "webjar on the class path");
        assertTrue(page.html(md, false, true).contains("mermaid.min.js"));
        assertFalse(page.html(md, false, false).contains("<script"));
        assertFalse(page.html("no diagram", false, true).contains("<script"));
    }

    @Test
    void longLinesScroll() {
        String html = page.html("```\n" + "x".repeat(500) + "\n```", false);
        assertTrue(html.contains("overflow-x:auto"));
        assertTrue(html.contains("white-space:pre"));
    }
}
