package io.deckhand.ui.cardview;

import io.deckhand.render.page.CardPage;
import io.deckhand.ui.theme.StyleClasses;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.web.WebView;

/**
 * Shows one side of a card as a rendered HTML page. The only WebView in the app: created on the
 * first card (so start-up does not pay for WebKit) and reused for every card after that.
 */
public final class CardView extends StackPane {
    private static final Color DARK_PAGE = Color.web("#0d1117");

    private final CardPage page;
    private WebView web;
    private String shownMarkdown = "";
    private boolean shownDark;

    public CardView(CardPage page) {
        this.page = page;
        getStyleClass().add(StyleClasses.CARD_VIEW);
        setFocusTraversable(false);
    }

    /** Renders {@code markdown}; must be called on the FX thread. */
    public void show(String markdown, boolean dark) {
        if (web != null && markdown.equals(shownMarkdown) && dark == shownDark) return;
        shownMarkdown = markdown;
        shownDark = dark;
        // Page colour of the theme, so switching cards never flashes white in dark mode.
        webView().setPageFill(dark ? DARK_PAGE : Color.WHITE);
        webView().getEngine().loadContent(page.html(markdown, dark, true));
    }

    /** Re-renders the current text, e.g. after the theme changed. */
    public void setDark(boolean dark) {
        if (web != null && dark != shownDark) show(shownMarkdown, dark);
    }

    /** The Markdown last shown (for tests and accessibility checks). */
    public String shownMarkdown() {
        return shownMarkdown;
    }

    private WebView webView() {
        if (web == null) {
            web = new WebView();
            // Keys belong to the study screen (Space shows the answer, 1-4 grade), not to the page.
            web.setFocusTraversable(false);
            web.setContextMenuEnabled(false);
            getChildren().add(web);
        }
        return web;
    }
}
