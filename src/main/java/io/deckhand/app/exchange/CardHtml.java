package io.deckhand.app.exchange;

import io.deckhand.render.markdown.MarkdownRenderer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Card Markdown to the HTML Anki and CSV exports carry. Most card sides are one plain sentence;
 * those skip the Markdown parser (the output is the same, see the property test), which keeps a
 * 10,000-note export fast.
 */
final class CardHtml implements UnaryOperator<String> {
    /** One line, starts with a letter, and holds nothing Markdown or HTML would treat specially. */
    private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{N} .,?;()]*+");

    private final MarkdownRenderer markdown;

    CardHtml(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    @Override
    public String apply(String text) {
        if (PLAIN.matcher(text).matches() && !text.endsWith(" ")) return "<p>" + text + "</p>\n";
        return markdown.toHtml(text);
    }
}
