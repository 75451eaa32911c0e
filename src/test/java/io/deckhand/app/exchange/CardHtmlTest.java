package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.deckhand.render.markdown.MarkdownRenderer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.statistics.Statistics;

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

    /** Sentences built from words, punctuation, code spans and emphasis delimiters, well formed or not. */
    @Property(tries = 1000)
    void inlineSentencesGiveWhatTheRendererGives(@ForAll("sentences") String text) {
        boolean shortcut = InlineMarkdownRenderer.toHtml(text) != null;
        Statistics.label("shortcut").collect(shortcut);
        assertEquals(MARKDOWN.toHtml(text), html.apply(text), text);
        Statistics.label("shortcut").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars('K', '9', '\u00e9', '\u98df')
                .ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> code = Arbitraries.strings().withCharRange(' ', '~').withChars('\u00a0', '\u98df', '\t')
                .ofMaxLength(8).map(s -> "`" + s + "`");
        Arbitrary<String> punctuation = Arbitraries.of(" ", " ", " ", "  ", ". ", ", ", "? ", ": ", "(", ")", "'", "\"",
                "!", "-", "/", "=", "%", "@", "#", "$", "&", "<", ">", "_", "~", "|", "[", "]", "\\", "\u00a0", "\n",
                "kind: ", "graph LR", "http://x.io", "&amp;", "``");
        Arbitrary<String> delimiter = Arbitraries.of("*", "**", "***", " *", "* ", " **", "** ", "*.", "**)");
        Arbitrary<String> token = Arbitraries.frequencyOf(Tuple.of(6, word), Tuple.of(6, punctuation),
                Tuple.of(2, code), Tuple.of(2, delimiter));
        Arbitrary<String> start = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("What ")),
                Tuple.of(1, Arbitraries.of("", " ", "1. ", "- ", "> ", "# ", "`a` ", "**B** ", "    x ")));
        return net.jqwik.api.Combinators.combine(start, token.list().ofMaxSize(14))
                .as((s, tokens) -> s + String.join("", tokens));
    }

    /** Mostly what the shortcut takes: words, code and emphasised words joined by spaces and punctuation. */
    @Property(tries = 1000)
    void wellFormedSentencesGiveWhatTheRendererGives(@ForAll("wellFormed") String text) {
        boolean shortcut = InlineMarkdownRenderer.toHtml(text) != null;
        Statistics.label("shortcut").collect(shortcut);
        assertEquals(MARKDOWN.toHtml(text), html.apply(text), text);
        Statistics.label("shortcut").coverage(c -> c.check(true).percentage(p -> p > 50));
    }

    @Provide
    Arbitrary<String> wellFormed() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withChars('Q', '7', '\u00e9')
                .ofMinLength(1).ofMaxLength(7);
        Arbitrary<String> code = Arbitraries.strings().withCharRange('!', '~').withChars(' ')
                .ofMinLength(1).ofMaxLength(10).map(s -> "`" + s + "`");
        Arbitrary<String> item = Arbitraries.frequencyOf(Tuple.of(8, word), Tuple.of(3, code),
                Tuple.of(2, word.map(w -> "**" + w + "**")), Tuple.of(1, word.map(w -> "*" + w + "*")),
                Tuple.of(1, code.map(c -> "**" + c + "**")));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", ", ", ". ", ": ", " (", ") ", " - ", " / ", "? ", "! ", "'");
        return net.jqwik.api.Combinators.combine(word, item.list().ofMinSize(1).ofMaxSize(10), gap.list().ofSize(10),
                Arbitraries.of("", ".", "?", ")"))
                .as((first, items, gaps, end) -> {
                    StringBuilder b = new StringBuilder("W").append(first);
                    for (int i = 0; i < items.size(); i++) b.append(gaps.get(i)).append(items.get(i));
                    return b.append(end).toString();
                });
    }

    @Example
    void typicalCardSidesTakeTheShortcut() {
        for (String text : new String[] {
                "What does `kubectl get pods -A` show?",
                "It lists the **resources** of kind K1 with their status, age and labels.",
                "Use *emphasis* and **`--dry-run=client -o yaml`** to print a manifest.",
                "Which flag sets the namespace, `-n` or `--ns`?"}) {
            assertNotNull(InlineMarkdownRenderer.toHtml(text), text);
            assertEquals(MARKDOWN.toHtml(text), html.apply(text), text);
        }
    }

    @Example
    void anythingElseGoesToTheRenderer() {
        for (String text : new String[] {
                "line one\nline two", "- a list item", "a | b", "snake_case word", "~~gone~~", "[[Pod]] page",
                "kind: Pod", "a **b *c* d**", "a *`x` y", "a **b**c", "`` double ``", "`unclosed", "a * b", "trailing ", "& entity", "Wa `!  !`"}) {
            assertNull(InlineMarkdownRenderer.toHtml(text), text);
            assertEquals(MARKDOWN.toHtml(text), html.apply(text), text);
        }
    }
}
