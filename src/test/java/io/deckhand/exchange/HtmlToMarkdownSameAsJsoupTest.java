package io.deckhand.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The scan in {@link SimpleHtml} gives exactly the Markdown the jsoup walk gives, or leaves the field to jsoup. */
class HtmlToMarkdownSameAsJsoupTest {
    private static final List<String> TEXT = List.of("word", "Pod", " ", "  ", "\n", " \n ", "\t", "\n\n", "- ", "\n- item",
            "\n1. one", "\n2) two", "\n+ x", "\n> quote", "*", "_", "#", "|", "[x]", "\\", "`", "&amp;", "&lt;", "&gt;",
            "&quot;", "&apos;", "&nbsp;", "&#39;", "&#x41;", "&#233;", "&#8212;", "a & b", "x < y", "<3", "a <= b", "&;",
            "Ünïcödé", "\uD83D\uDE00", "kubectl get pods -n kube-system", "1.", "&nbsp;\n- ", "\\\n");
    private static final List<String> TAGS = List.of("b", "strong", "i", "em", "s", "u", "span", "sub", "sup", "div",
            "B", "Div", "SPAN");
    private static final List<String> BREAKS = List.of("<br>", "<br/>", "<br />", "<BR>", "<br >");
    private static final List<String> CODE_WORDS = List.of("kubectl", "get", "pods", "-n", "&lt;name&gt;", "a`b", "x_y", "*");
    /** Each of these alone makes a field more than the scan reads. */
    private static final List<String> NOT_SIMPLE = List.of("<b class=\"x\">y</b>", "<span class=\"cloze\">Pod</span>",
            "<p>para</p>", "<ul><li>a</li></ul>", "<table><tr><td>1</td></tr></table>", "<b>open", "x</i>",
            "<b><i>x</b></i>", "<!-- note -->", "&copy;", "&copy", "AT&T", "&#0;", "&#x80;", "&#xD800;", "a\rb", "</br>",
            "<b/>", "<code><b>x</b></code>", "<code>a  b</code>", "<code> a</code>", "<img src=\"a.png\">",
            "<a href=\"u\">l</a>", "<pre>x</pre>", "<hr>", "<script>x</script>", "<?php ?>", "<div\tx>", "a\u0000b",
            "<br\n>", "<b>".repeat(30) + "x" + "</b>".repeat(30));

    @Property(tries = 2000)
    void simpleHtmlIsScannedToTheSameMarkdown(@ForAll("simpleHtml") String html) {
        assertNotNull(SimpleHtml.walk(html), () -> "the scan declined simple HTML: " + html);
        assertEquals(HtmlToMarkdown.convertWithJsoup(html), HtmlToMarkdown.convert(html), html);
    }

    @Property(tries = 1000)
    void nearSimpleHtmlFallsBackToJsoup(@ForAll("nearSimpleHtml") String html) {
        assertNull(SimpleHtml.walk(html), () -> "the scan took: " + html);
        assertEquals(HtmlToMarkdown.convertWithJsoup(html), HtmlToMarkdown.convert(html), html);
    }

    /** Tags in any order, open or not: whichever path reads it, the Markdown is jsoup's. */
    @Property(tries = 2000)
    void tagSoupGivesJsoupsMarkdown(@ForAll("tagSoup") String html) {
        assertEquals(HtmlToMarkdown.convertWithJsoup(html), HtmlToMarkdown.convert(html), html);
    }

    @Test
    void typicalAnkiFieldsAreScanned() {
        for (String html : List.of("<div>What is a <b>Pod</b>?</div><div><br></div>", "a&nbsp;b<br>c",
                "What does <code>kubectl 1</code> do?", "<span>x</span> <u>y</u>")) {
            assertNotNull(SimpleHtml.walk(html), html);
            assertEquals(HtmlToMarkdown.convertWithJsoup(html), HtmlToMarkdown.convert(html), html);
        }
    }

    @Provide
    Arbitrary<String> simpleHtml() {
        return nodes(3);
    }

    @Provide
    Arbitrary<String> nearSimpleHtml() {
        return Combinators.combine(nodes(2).list().ofMinSize(1).ofMaxSize(4), Arbitraries.of(NOT_SIMPLE),
                Arbitraries.integers().between(0, 4)).as((parts, bad, at) -> {
                    List<String> all = new ArrayList<>(parts);
                    all.add(Math.min(at, all.size()), bad);
                    return String.join("", all);
                });
    }

    @Provide
    Arbitrary<String> tagSoup() {
        List<String> tokens = new ArrayList<>(TEXT);
        for (String t : TAGS) {
            tokens.add("<" + t + ">");
            tokens.add("</" + t + ">");
        }
        tokens.addAll(BREAKS);
        tokens.addAll(List.of("<code>", "</code>", "<p>", "</p>", "<li>", "<b/>", "<", ">", "&", "&copy", "</", "<!--"));
        return Arbitraries.of(tokens).list().ofMaxSize(16).map(l -> String.join("", l));
    }

    private Arbitrary<String> nodes(int depth) {
        return node(depth).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
    }

    private Arbitrary<String> node(int depth) {
        Arbitrary<String> text = Arbitraries.of(TEXT).list().ofMinSize(1).ofMaxSize(4).map(l -> String.join("", l));
        Arbitrary<String> code = Arbitraries.of(CODE_WORDS).list().ofMaxSize(4).map(l -> "<code>" + String.join(" ", l) + "</code>");
        Arbitrary<String> leaf = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, text), net.jqwik.api.Tuple.of(2, Arbitraries.of(BREAKS)), net.jqwik.api.Tuple.of(1, code));
        if (depth == 0) return leaf;
        Arbitrary<String> element = Combinators.combine(Arbitraries.of(TAGS), Arbitraries.lazy(() -> nodes(depth - 1)).injectNull(0.2))
                .as((tag, inner) -> "<" + tag + ">" + (inner == null ? "" : inner) + "</" + tag.toLowerCase(java.util.Locale.ROOT) + ">");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, leaf), net.jqwik.api.Tuple.of(2, element));
    }
}
