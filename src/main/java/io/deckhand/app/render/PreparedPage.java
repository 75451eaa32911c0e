package io.deckhand.app.render;

import java.util.Objects;

/**
 * One side of a card made ready for the card view: the complete page for one theme, and its body
 * alone so a view that already shows a page of ours can swap the body in without a new document.
 *
 * @param markdown the card text it was made from
 * @param dark the theme the page is styled for
 * @param body the sanitised body fragment (does not depend on the theme)
 * @param html the complete offline page, with its own fresh script nonce
 * @param scripted the page runs the bundled Mermaid script, which only a full page load starts
 */
public record PreparedPage(String markdown, boolean dark, String body, String html, boolean scripted) {
    public PreparedPage {
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(html, "html");
    }

    /** True when this page shows {@code text} in the given theme. */
    public boolean shows(String text, boolean inDark) {
        return dark == inDark && markdown.equals(text);
    }
}
