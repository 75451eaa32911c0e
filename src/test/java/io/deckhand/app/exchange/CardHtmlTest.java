package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.render.markdown.MarkdownRenderer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class CardHtmlTest {
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
    private final CardHtml html = new CardHtml(MARKDOWN);

    @Property(tries = 300)
    void theShortcutGivesWhatTheRendererGives(
            @ForAll @CharRange(from = 'a', to = 'z') @CharRange(from = 'A', to = 'Z') @CharRange(from = '0', to = '9')
            @Chars({' ', '.', ',', '?', ';', '(', ')', '\u00e9', '\u98df', '*', '_', '<', '#', '-', '`', '&', '\n', '\'', ':'})
            @StringLength(max = 40) String text) {
        assertEquals(MARKDOWN.toHtml(text), html.apply(text));
    }

    @Property(tries = 300)
    void plainSentences(@ForAll @CharRange(from = 'a', to = 'z') @Chars({' ', '.', '?', ',', '1'}) @StringLength(min = 1, max = 40) String rest) {
        String text = "W" + rest;
        assertEquals(MARKDOWN.toHtml(text), html.apply(text));
    }
}
