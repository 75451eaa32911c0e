package io.deckhand.render.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.support.HtmlSafety;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "![x](javascript:alert(1))",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)><script>alert(1)</script></svg>",
        "<iframe src=\"http://evil\"></iframe>",
        "<div style=\"background:url(javascript:alert(1))\" onclick=\"alert(1)\">x</div>",
        "[x](  javascript:alert(1) )",
        "<details open ontoggle=alert(1)>",
        "```\n</code></pre><script>alert(1)</script>\n```",
        "```yaml\nkey: </pre><img src=x onerror=alert(1)>\n```",
        "`<script>alert(1)</script>`",
        "[[<script>alert(1)</script>]]",
        "| a |\n|---|\n| <img src=x onerror=alert(1)> |",
    })
    void hostileInputIsNeutralised(String hostile) {
        String html = renderer.toHtml(hostile);
        HtmlSafety.assertSafe(html);
    }

    /** The rendered fragment as a parsed body, so checks name elements, not substrings. */
    private Element body(String markdown) {
        return Jsoup.parseBodyFragment(renderer.toHtml(markdown)).body();
    }

    private static List<String> texts(Elements elements) {
        return elements.stream().map(Element::text).toList();
    }

    @Test
    void remoteImagesAreDroppedSoNothingLoadsFromTheNetwork() {
        Element body = body("![logo](https://example.com/logo.png)");
        assertTrue(body.select("img[src]").isEmpty(), body.html());
        assertFalse(body.html().contains("example.com"), body.html());
    }

    @Test
    void aLineOpeningThousandsOfListItemsNestsOnlyAsDeepAsNotesDo() {
        Element body = body("1. ".repeat(5_000) + "x\n");
        assertEquals(io.deckhand.text.DeepLists.MAX_DEPTH, body.select("ol").size(), "nested lists");
        assertTrue(body.text().endsWith("x"), body.text().substring(Math.max(0, body.text().length() - 40)));
    }

    @Test
    void gfmTablesStrikethroughAndTaskLists() {
        Element body = body("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n- [ ] todo\n");
        assertEquals(List.of("a", "b"), texts(body.select("table > thead > tr > th")));
        assertEquals(List.of("1", "2"), texts(body.select("table > tbody > tr > td")));
        assertEquals("old", body.selectFirst("p > del").text());
        Elements tasks = body.select("ul > li.task-list-item");
        assertEquals(List.of("done", "todo"), tasks.stream().map(li -> li.text().strip()).toList());
        assertEquals(List.of(true, false), tasks.stream()
                .map(li -> li.selectFirst("input[type=checkbox][disabled]").hasAttr("checked")).toList());
    }

    @Test
    void wikilinksAreShownAsTextNotLinks() {
        Element body = body("See [[etcd]] and [[Services|the service page]] and ![[k8s-objects.png]]");
        assertEquals(List.of("etcd", "the service page", "k8s-objects.png"), texts(body.select("p > span.wikilink")));
        assertEquals("See etcd and the service page and k8s-objects.png", body.text());
        assertTrue(body.select("a, img").isEmpty(), body.html());
    }

    @Test
    void codeBlocksAreHighlightedByLanguage() {
        Element body = body("```bash\nkubectl get pods -n kube-system # all\n```\n\n```json\n{\"a\": 1}\n```");
        Element bash = body.selectFirst("pre.code > code.language-bash");
        assertEquals("kubectl get pods -n kube-system # all", bash.wholeText());
        assertEquals(List.of("kubectl"), texts(bash.select("span.tk-cmd")));
        assertEquals(List.of("-n"), texts(bash.select("span.tk-opt")));
        assertEquals(List.of("# all"), texts(bash.select("span.tk-com")));
        Element json = body.selectFirst("pre.code > code.language-json");
        assertEquals("{\"a\": 1}", json.wholeText());
        assertEquals(List.of("\"a\""), texts(json.select("span.tk-key")));
        assertEquals(List.of("1"), texts(json.select("span.tk-num")));
    }

    @Test
    void rawHtmlIsEscapedNotInterpreted() {
        Element body = body("a <b>bold</b> word");
        assertEquals("a <b>bold</b> word", body.selectFirst("p").text());
        assertTrue(body.select("b").isEmpty(), body.html());
    }

    @Test
    void codeIndentationIsKept() {
        Element body = body("- item\n\n  ```bash\n  for x in a; do\n      echo $x\n  done\n  ```\n\n```\nplain\n    indented\n```");
        assertEquals("for x in a; do\n    echo $x\ndone", body.selectFirst("li > pre.code > code.language-bash").wholeText());
        assertEquals("plain\n    indented", body.selectFirst("body > pre.code > code").wholeText());
    }

    @Test
    void unfencedManifestInNoteTextIsRecognisedAndReindented() {
        Element body = body("Example declaration\n\n# pod.yaml\napiVersion: v1\nkind: Pod\nmetadata:\nname: web\nspec:\ncontainers:\n"
                + "- name: web\nimage: nginx\n\nThat is all.");
        assertEquals(List.of("p", "figure", "p"), body.children().stream().map(Element::tagName).toList());
        assertEquals("Example declaration", body.child(0).text());
        assertEquals("That is all.", body.child(2).text());
        Element figure = body.selectFirst("figure.yaml-block");
        assertEquals(List.of("re-indented", "Pod"), texts(figure.select(".block-status .badge")));
        assertEquals("# pod.yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n"
                + "  - name: web\n    image: nginx", figure.selectFirst("pre > code.language-yaml").wholeText());
    }

    @Test
    void fencedCodeAndProseWithColonsAreLeftAlone() {
        String md = "```bash\nkind: x\na: b\nc: d\n```\n\nkind: of a note\nthat: wraps";
        Element body = body(md);
        assertEquals("kind: x\na: b\nc: d", body.selectFirst("pre > code.language-bash").wholeText());
        assertTrue(body.select(".yaml-block").isEmpty(), body.html());
        assertEquals("kind: of a note that: wraps", body.selectFirst("body > p").text());
        assertEquals(md, BareBlockFencer.fence(md));
    }

    /** Each drawn node's or edge label's lines, in drawing order. */
    private static List<List<String>> labels(Element svg, String cssClass) {
        return svg.select("text." + cssClass).stream().map(t -> texts(t.select("tspan"))).toList();
    }

    @Test
    void unfencedFlattenedFlowchartFromNotesIsDrawn() {
        Element body = body("Project status\ngraph LR; a(Sandbox\nNew) --> b(Incubating\nMore adoption) --> c[Graduated\nstable]\nKubernetes Plugins?");
        assertEquals("Project status", body.child(0).text());
        assertEquals("Kubernetes Plugins?", body.child(2).text());
        Element svg = body.selectFirst("figure.diagram > svg");
        assertEquals(List.of(List.of("Sandbox", "New"), List.of("Incubating", "More adoption"), List.of("Graduated", "stable")),
                labels(svg, "dg-label"));
        assertEquals(2, svg.select("g.dg-edge-group").size());
        // drawn, not shown as text (the source rides along only in the figure's data-source, for export)
        assertTrue(body.selectFirst("figure.diagram").attr("data-source").startsWith("graph LR; a(Sandbox\nNew)"));
        assertFalse(body.text().contains("graph LR"), body.html());
    }

    @Test
    void unfencedFlowchartWithEdgeLabelBrokenAcrossLines() {
        Element body = body("Example\ngraph LR; client([client])-. Ingress-managed\nload balancer .->ingress[Ingress]; ingress-->service[Service]\nExample ingress config");
        Element svg = body.selectFirst("figure.diagram > svg");
        assertEquals(List.of(List.of("Ingress-managed", "load balancer")), labels(svg, "dg-edge-label"));
        assertEquals(List.of("Example", "Example ingress config"), texts(body.select("body > p")));
    }
}
