package io.deckhand.app.exchange;

import io.deckhand.render.markdown.MarkdownRenderer;
import java.util.function.UnaryOperator;

/**
 * Card Markdown to the HTML Anki and CSV exports carry. Most card sides are one line of text with
 * perhaps some inline code or bold; those are built directly by {@link InlineMarkdownRenderer} (the
 * output is the same, see the property test), which keeps a 10,000-note export fast.
 */
final class CardHtml implements UnaryOperator<String> {
    private final MarkdownRenderer markdown;

    CardHtml(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    @Override
    public String apply(String text) {
        String inline = InlineMarkdownRenderer.toHtml(text);
        return inline != null ? inline : markdown.toHtml(text);
    }
}
