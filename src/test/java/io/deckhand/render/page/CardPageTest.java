package io.deckhand.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(html.contains("Content-Security-Policy\" content=\"" + CardPage.CSP), "a content security policy blocks remote loads");
        for (String directive : new String[] {"img-src data:;", "connect-src 'none'", "font-src 'none'", "media-src 'none'",
            "object-src 'none'", "frame-src 'none'"}) {
            assertTrue(CardPage.CSP.contains(directive), directive);
        }
    }

    @Test
    void onlyThePagesOwnScriptsMayRun() {
        String md = "```mermaid\nsequenceDiagram\nA->>B: hi\n```";
        assertTrue(CardPage.CSP.startsWith("default-src 'none';"), CardPage.CSP);
        Document doc = Jsoup.parse(page.html(md, false, true));
        String policy = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        java.util.regex.Matcher nonce = java.util.regex.Pattern.compile("script-src 'nonce-([A-Za-z0-9+/=]{24,})'$").matcher(policy);
        assertTrue(nonce.find(), policy);
        assertEquals(2, doc.select("script").size());
        for (Element script : doc.select("script")) {
            assertEquals(nonce.group(1), script.attr("nonce"), script.outerHtml());
        }
        assertFalse(page.html(md, false, true).contains(nonce.group(1)), "a fresh nonce for every page");
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

    @Test
    void cardWithFlattenedManifestShowsItReindentedCheckedAndHighlighted() {
        String md = "```yaml\napiVersion: v1\nkind: Pod\nmetadata:\nname: web\nspec:\ncontainers:\n- name: web\nimage: nginx\n"
                + "imagePullPolcy: Always\n```";
        String html = page.html(md, false);
        assertTrue(html.contains(">re-indented<"), html);
        assertTrue(html.contains("spec.containers[0].imagePullPolcy"), html);
        assertTrue(html.contains("<span class=\"line err\">"), "problem line marked");
        String code = Jsoup.parse(html).selectFirst("figure.yaml-block code").wholeText();
        assertTrue(code.contains("spec:\n  containers:\n  - name: web\n    image: nginx\n"), code);
        assertTrue(html.contains("<span class=\"tk-key\">containers</span>"), html);
    }

    @Test
    void yamlSyntaxErrorKeepsTheSourceReadable() {
        String html = page.html("```yaml\na: [1, 2\nb: 3\n```", true);
        assertTrue(html.matches("(?s).*line 2, column \\d+: .*"), html);
        assertTrue(html.contains("<span class=\"tk-key\">b</span>"), "source still shown");
    }

    @Test
    void flowchartsAreInlineSvgAndOtherDiagramsAreLeftForMermaid() {
        String html = page.html("```mermaid\ngraph LR; a[One] --> b[Two] c --> a\n```\n\n```mermaid\nsequenceDiagram\nA->>B: hi\n```", false);
        assertTrue(html.contains("<svg"), html);
        assertTrue(html.contains(">One<") && html.contains(">Two<"));
        assertTrue(html.contains(">repaired<"), "flattened diagram marked");
        assertTrue(html.contains("<div class=\"mermaid\">sequenceDiagram"), html);
    }

    @Test
    void diagramSyntaxErrorShowsSourceAndPosition() {
        String html = page.html("```mermaid\ngraph TD\nA --> B[oops\n```", false);
        assertTrue(html.contains("line 2, column"), html);
        assertTrue(html.contains("A --&gt; B[oops"), html);
    }

    @Test
    void hostileContentInsideDiagramsAndYamlStaysInert() {
        String html = page.html("```mermaid\ngraph LR; a[\"<img src=x onerror=alert(1)>\"] --> b\nstyle a fill:red;onload:alert(1)\n```\n"
                + "```yaml\nkind: <script>alert(1)</script>\n```", false);
        io.deckhand.support.HtmlSafety.assertSafe(html.substring(html.indexOf("<main"), html.indexOf("</main>")));
    }
}
