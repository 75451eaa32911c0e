package io.deckhand.render.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CardPageTest {
    private final CardPage page = new CardPage();

    @Test
    void pageFollowsTheTheme() {
        assertEquals("light", Jsoup.parse(page.html("hi", false)).selectFirst("html").className());
        assertEquals("dark", Jsoup.parse(page.html("hi", true)).selectFirst("html").className());
        assertEquals("hi", Jsoup.parse(page.html("hi", true)).selectFirst("body > main.card > p").text());
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
        assertTrue(doc.selectFirst("head > meta[http-equiv=Content-Security-Policy]").attr("content").startsWith(CardPage.CSP),
                "a content security policy blocks remote loads");
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
        Document scripted = Jsoup.parse(page.html(md, false, true));
        assertEquals(CardPage.mermaidScriptUrl().toExternalForm(), scripted.selectFirst("script[src]").attr("src"));
        assertEquals(1, scripted.select("script:not([src])").size());
        assertTrue(Jsoup.parse(page.html(md, false, false)).select("script").isEmpty());
        assertTrue(Jsoup.parse(page.html("no diagram", false, true)).select("script").isEmpty());
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
        Element figure = Jsoup.parse(page.html(md, false)).selectFirst("main.card > figure.yaml-block");
        assertEquals(List.of("re-indented", "Pod"), figure.select(".block-status .badge").eachText());
        assertEquals(List.of("line 9, column 5: unknown field `spec.containers[0].imagePullPolcy` (did you mean `imagePullPolicy`?)"),
                figure.select("ul.problems > li").eachText());
        assertEquals(List.of("imagePullPolcy: Always"), figure.select("code span.line.err").eachText(), "problem line marked");
        assertEquals("apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n"
                + "    imagePullPolcy: Always", figure.selectFirst("code.language-yaml").wholeText());
        assertEquals(List.of("apiVersion", "kind", "metadata", "name", "spec", "containers", "name", "image", "imagePullPolcy"),
                figure.select("code span.tk-key").eachText());
        assertEquals(1, figure.select("details.guesses li").size());
    }

    @Test
    void yamlSyntaxErrorKeepsTheSourceReadable() {
        Element figure = Jsoup.parse(page.html("```yaml\na: [1, 2\nb: 3\n```", true)).selectFirst("main.card > figure.yaml-block");
        List<String> problems = figure.select("ul.problems > li").eachText();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("line 2, column \\d+: .+"), problems.toString());
        assertEquals("a: [1, 2\nb: 3", figure.selectFirst("code.language-yaml").wholeText(), "source still shown");
        assertEquals(List.of("a", "b"), figure.select("code span.tk-key").eachText());
    }

    @Test
    void flowchartsAreInlineSvgAndOtherDiagramsAreLeftForMermaid() {
        Element card = Jsoup.parse(page.html("```mermaid\ngraph LR; a[One] --> b[Two] c --> a\n```\n\n```mermaid\nsequenceDiagram\nA->>B: hi\n```", false))
                .selectFirst("main.card");
        Element figure = card.selectFirst("figure.diagram");
        assertEquals(List.of("One", "Two", "c"), figure.select("svg text.dg-label").eachText());
        assertEquals(List.of("repaired"), figure.select(".block-status .badge").eachText(), "flattened diagram marked");
        assertEquals("sequenceDiagram\nA->>B: hi\n", card.selectFirst("div.mermaid").wholeText());
    }

    @Test
    void diagramSyntaxErrorShowsSourceAndPosition() {
        Element figure = Jsoup.parse(page.html("```mermaid\ngraph TD\nA --> B[oops\n```", false)).selectFirst("main.card > figure.diagram-error");
        assertEquals(List.of("line 2, column 9: label not closed with `]`"), figure.select("ul.problems > li").eachText());
        assertEquals(List.of("A --> B[oops"), figure.select("code span.line.err").eachText());
        assertTrue(figure.selectFirst("code").wholeText().startsWith("graph TD\nA --> B[oops\n        ^"));
    }

    @Test
    void hostileContentInsideDiagramsAndYamlStaysInert() {
        String html = page.html("```mermaid\ngraph LR; a[\"<img src=x onerror=alert(1)>\"] --> b\nstyle a fill:red;onload:alert(1)\n```\n"
                + "```yaml\nkind: <script>alert(1)</script>\n```", false);
        io.deckhand.support.HtmlSafety.assertSafe(html.substring(html.indexOf("<main"), html.indexOf("</main>")));
    }
}
