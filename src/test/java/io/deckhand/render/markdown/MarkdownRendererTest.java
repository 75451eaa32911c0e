package io.deckhand.render.markdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.support.HtmlSafety;
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

    @Test
    void remoteImagesAreDroppedSoNothingLoadsFromTheNetwork() {
        String html = renderer.toHtml("![logo](https://example.com/logo.png)");
        assertFalse(html.contains("https://example.com"), html);
    }

    @Test
    void gfmTablesStrikethroughAndTaskLists() {
        String html = renderer.toHtml("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~\n\n- [x] done\n- [ ] todo\n");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<td>1</td>"), html);
        assertTrue(html.contains("<del>old</del>"), html);
        assertTrue(html.contains("type=\"checkbox\""), html);
        assertTrue(html.contains("checked"), html);
    }

    @Test
    void wikilinksAreShownAsTextNotLinks() {
        String html = renderer.toHtml("See [[etcd]] and [[Services|the service page]] and ![[k8s-objects.png]]");
        assertTrue(html.contains(">etcd</span>"), html);
        assertTrue(html.contains(">the service page</span>"), html);
        assertTrue(html.contains("k8s-objects.png"), html);
        assertFalse(html.contains("<a "), html);
        assertFalse(html.contains("<img"), html);
    }

    @Test
    void codeBlocksAreHighlightedByLanguage() {
        String html = renderer.toHtml("```bash\nkubectl get pods -n kube-system # all\n```\n\n```json\n{\"a\": 1}\n```");
        assertTrue(html.contains("<span class=\"tk-cmd\">kubectl</span>"), html);
        assertTrue(html.contains("<span class=\"tk-opt\">-n</span>"), html);
        assertTrue(html.contains("<span class=\"tk-com\"># all</span>"), html);
        assertTrue(html.contains("<span class=\"tk-key\">\"a\"</span>"), html);
        assertTrue(html.contains("<span class=\"tk-num\">1</span>"), html);
    }

    @Test
    void rawHtmlIsEscapedNotInterpreted() {
        String html = renderer.toHtml("a <b>bold</b> word");
        assertTrue(html.contains("&lt;b&gt;"), html);
    }

    @Test
    void codeIndentationIsKept() {
        String html = renderer.toHtml("- item\n\n  ```bash\n  for x in a; do\n      echo $x\n  done\n  ```\n\n```\nplain\n    indented\n```");
        assertTrue(html.contains("\n    <span class=\"tk-cmd\">echo</span>"), html);
        assertTrue(html.contains("plain\n    indented"), html);
    }

    @Test
    void unfencedManifestInNoteTextIsRecognisedAndReindented() {
        String html = renderer.toHtml("Example declaration\n\n# pod.yaml\napiVersion: v1\nkind: Pod\nmetadata:\nname: web\nspec:\ncontainers:\n"
                + "- name: web\nimage: nginx\n\nThat is all.");
        assertTrue(html.contains("<figure class=\"yaml-block\">"), html);
        assertTrue(html.contains(">re-indented<"), html);
        assertTrue(html.contains("<p>That is all.</p>"), html);
        assertTrue(html.contains("<p>Example declaration</p>"), html);
    }

    @Test
    void fencedCodeAndProseWithColonsAreLeftAlone() {
        String md = "```bash\nkind: x\na: b\nc: d\n```\n\nkind: of a note\nthat: wraps";
        String html = renderer.toHtml(md);
        assertTrue(html.contains("language-bash"), html);
        assertFalse(html.contains("yaml-block"), html);
        assertTrue(BareBlockFencer.fence(md).equals(md));
    }

    @Test
    void unfencedFlattenedFlowchartFromNotesIsDrawn() {
        String html = renderer.toHtml("Project status\ngraph LR; a(Sandbox\nNew) --> b(Incubating\nMore adoption) --> c[Graduated\nstable]\nKubernetes Plugins?");
        assertTrue(html.contains("<svg"), html);
        assertTrue(html.contains(">Sandbox<") && html.contains(">New<") && html.contains(">stable<"), html);
        assertTrue(html.contains("Kubernetes Plugins?"), html);
        // drawn, not shown as text (the source rides along only in the figure's data-source, for export)
        assertFalse(html.replaceAll(" data-source=\"[^\"]*\"", "").contains("graph LR"), html);
    }

    @Test
    void unfencedFlowchartWithEdgeLabelBrokenAcrossLines() {
        String html = renderer.toHtml("Example\ngraph LR; client([client])-. Ingress-managed\nload balancer .->ingress[Ingress]; ingress-->service[Service]\nExample ingress config");
        assertTrue(html.contains(">Ingress-managed<") && html.contains(">load balancer<"), html);
        assertTrue(html.contains("Example ingress config"), html);
    }
}
