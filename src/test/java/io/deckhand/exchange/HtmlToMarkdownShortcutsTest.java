package io.deckhand.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Text with nothing to escape, and a walked field of one line, skip the regular expressions: the
 * Markdown is what the full path gives. The full path is written out here as it was.
 */
class HtmlToMarkdownShortcutsTest {
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]#|])");

    /** Plain text (no tag, no entity) is escaped and stripped, nothing else. */
    @Property(tries = 3000)
    void plainTextIsEscapedAsByTheRegex(@ForAll("plainText") String text) {
        assertEquals(SPECIAL.matcher(text).replaceAll("\\\\$1").strip(), HtmlToMarkdown.convert(text), text);
    }

    /** A one-line field through the scan ends as the line loop would leave it, trailing hard break dropped. */
    @Property(tries = 3000)
    void oneLineFieldsEndAsTheLineLoopLeavesThem(@ForAll("oneLineHtml") String html) {
        assertEquals(HtmlToMarkdown.convertWithJsoup(html), HtmlToMarkdown.convert(html), html);
    }

    @Test
    void examples() {
        assertEquals("kubectl get pods", HtmlToMarkdown.convert("  kubectl get pods "));
        assertEquals("a\\*b\\_c \\#1 \\| \\[x\\] \\`q\\` \\\\", HtmlToMarkdown.convert("a*b_c #1 | [x] `q` \\"));
        assertEquals("**bold**", HtmlToMarkdown.convert("<b>bold</b><br>"));
        assertEquals("**bold**\\\n\\\\", HtmlToMarkdown.convert("<b>bold</b><br>\\"));
        assertEquals("x y", HtmlToMarkdown.convert("x&nbsp;y"));
        assertEquals("tail", HtmlToMarkdown.convert("<i></i>tail&nbsp;"));
    }

    @Provide
    Arbitrary<String> plainText() {
        return Arbitraries.strings().withChars("ab \t\\`*_[]#|-+>1.)\u00a0é\n").ofMaxLength(30)
                .filter(s -> !s.isEmpty());
    }

    @Provide
    Arbitrary<String> oneLineHtml() {
        Arbitrary<String> piece = Arbitraries.of("word", " ", "<b>", "</b>", "<i>x</i>", "<br>", "\\", "\\\\", "*",
                "&amp;", "&nbsp;", "<span>s</span>", "<code>c</code>", "#", "  ");
        return piece.list().ofMinSize(1).ofMaxSize(8).map(l -> String.join("", l));
    }
}
