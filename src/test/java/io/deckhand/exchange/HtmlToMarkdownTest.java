package io.deckhand.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HtmlToMarkdownTest {
    @Test
    void ankiFieldHtmlBecomesCardMarkdown() {
        assertEquals("**Pod** and *node*", HtmlToMarkdown.convert("<b>Pod</b> and <i>node</i>"));
        assertEquals("line one\\\nline two", HtmlToMarkdown.convert("line one<br>line two"));
        assertEquals("trailing", HtmlToMarkdown.convert("trailing<br>"));
        assertEquals("first\n\nsecond", HtmlToMarkdown.convert("<div>first</div><div>second</div>"));
        assertEquals("run `kubectl get pods`", HtmlToMarkdown.convert("run <code>kubectl get pods</code>"));
        assertEquals("see ![](my%20pv.png)", HtmlToMarkdown.convert("see <img src=\"my pv.png\">"));
        assertEquals("- a\n- b", HtmlToMarkdown.convert("<ul><li>a</li><li>b</li></ul>"));
        assertEquals("[docs](https://kubernetes.io)", HtmlToMarkdown.convert("<a href=\"https://kubernetes.io\">docs</a>"));
        assertEquals("```\napiVersion: v1\nkind: Pod\n```", HtmlToMarkdown.convert("<pre>apiVersion: v1\nkind: Pod</pre>"));
        assertEquals("a & b", HtmlToMarkdown.convert("a &amp; b"));
        assertEquals("snake\\_case \\*not bold\\*", HtmlToMarkdown.convert("snake_case *not bold*"));
        assertEquals("", HtmlToMarkdown.convert("<script>alert(1)</script>"));
    }

    /** Two of the reasons flexmark-html2md-converter does not replace this (docs/architecture.md). */
    @Test
    void softLineBreaksStayLinesAndAnkisClozeHighlightStaysBold() {
        assertEquals("What is\na Pod?", HtmlToMarkdown.convert("What is\na <i></i>Pod?"));
        assertEquals("A **Pod** runs containers", HtmlToMarkdown.convert("A <span class=\"cloze\">Pod</span> runs containers"));
    }

    @Property
    void neverThrows(@ForAll String html) {
        HtmlToMarkdown.convert(html);
    }

    @Test
    @Timeout(5)
    void deepNestingFinishes() {
        HtmlToMarkdown.convert("<b>".repeat(5_000) + "x");
    }
}
