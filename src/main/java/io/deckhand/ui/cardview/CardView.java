package io.deckhand.ui.cardview;

import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.render.page.CardPage;
import io.deckhand.ui.common.Toast;
import io.deckhand.ui.theme.StyleClasses;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

/**
 * Shows one side of a card as a rendered HTML page. The only WebView in the app: created on the
 * first card (so start-up does not pay for WebKit) and reused for every card after that.
 *
 * <p>Offline: the page's content security policy blocks network loads and an {@link OfflineGuard}
 * keeps the view on the page (a clicked link is copied, never opened). Flowcharts can be exported
 * from the context menu ({@link DiagramMenu}).
 */
public final class CardView extends StackPane {
    private static final Color DARK_PAGE = Color.web("#0d1117");

    private final CardPage page;
    private final Toast toast = new Toast(this);
    private WebView web;
    private DiagramMenu diagramMenu;
    private OfflineGuard guard;
    private String shownMarkdown = "";
    private String shownHtml = "";
    private boolean shownDark;
    private boolean showNotes;

    public CardView(CardPage page) {
        this.page = page;
        getStyleClass().add(StyleClasses.CARD_VIEW);
        setFocusTraversable(false);
    }

    /** Renders {@code markdown}; must be called on the FX thread. */
    public void show(String markdown, boolean dark) {
        if (web != null && markdown.equals(shownMarkdown) && dark == shownDark) return;
        shownMarkdown = markdown;
        showPage(page.html(markdown, dark, true), dark);
    }

    /** Re-renders the current text, e.g. after the theme changed. */
    public void setDark(boolean dark) {
        if (web != null && dark != shownDark) show(shownMarkdown, dark);
    }

    /** The Markdown last shown (for tests and accessibility checks). */
    public String shownMarkdown() {
        return shownMarkdown;
    }

    /** Shows a complete page (from {@link CardPage}); package-private so tests can try hostile pages. */
    void showPage(String html, boolean dark) {
        shownHtml = OfflineGuard.withoutRefresh(html);
        shownDark = dark;
        // Page colour of the theme, so switching cards never flashes white in dark mode.
        webView().setPageFill(dark ? DARK_PAGE : Color.WHITE);
        guard.newPage();
        web.getEngine().loadContent(shownHtml);
    }

    /** True while this view is in a showing window and it and all its parents are visible. */
    public boolean isShowing() {
        if (web == null || getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) {
            return false;
        }
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) return false;
        }
        return true;
    }

    /**
     * Scrolls the page as the keyboard would if the page had the focus (it never has: Space and
     * 1-4 belong to the study screen). {@code by} is in lines (40 px), pages, or to the top or end.
     */
    public void scroll(Scroll by) {
        if (web == null) return;
        web.getEngine().executeScript(switch (by) {
            case LINE_DOWN -> "window.scrollBy(0, 40)";
            case LINE_UP -> "window.scrollBy(0, -40)";
            case PAGE_DOWN -> "window.scrollBy(0, Math.max(40, window.innerHeight - 40))";
            case PAGE_UP -> "window.scrollBy(0, -Math.max(40, window.innerHeight - 40))";
            case TOP -> "window.scrollTo(0, 0)";
            case END -> "window.scrollTo(0, document.body.scrollHeight)";
        });
    }

    /** How far {@link #scroll} moves. */
    public enum Scroll { LINE_DOWN, LINE_UP, PAGE_DOWN, PAGE_UP, TOP, END }

    /**
     * Shows or hides the quiet notes on how a block was read ("re-indented", "valid YAML",
     * "repaired"); problems and guesses to check are always shown.
     */
    public void setShowNotes(boolean show) {
        showNotes = show;
        applyNotes();
    }

    public boolean showsNotes() {
        return showNotes;
    }

    private void applyNotes() {
        if (web == null || web.getEngine().getDocument() == null) return;
        web.getEngine().executeScript("document.body && document.body.classList.toggle('show-notes', " + showNotes + ")");
    }

    WebEngine engine() {
        return webView().getEngine();
    }

    /** The flowchart the export menu would take now (under the pointer, else the first). */
    java.util.Optional<String> diagramSource() {
        return web == null ? java.util.Optional.empty() : diagramMenu.source();
    }

    boolean dark() {
        return shownDark;
    }

    public Toast toast() {
        return toast;
    }

    private WebView webView() {
        if (web == null) {
            NetworkRefusal.install();
            web = new WebView();
            // Keys belong to the study screen (Space shows the answer, 1-4 grade), not to the page.
            web.setFocusTraversable(false);
            // WebKit's own menu offers "Open link" and "Reload"; ours offers the diagram export.
            web.setContextMenuEnabled(false);
            web.getEngine().getLoadWorker().stateProperty().addListener((obs, old, now) -> {
                if (now == javafx.concurrent.Worker.State.SUCCEEDED) applyNotes();
            });
            guard = new OfflineGuard(web.getEngine(), () -> web.getEngine().loadContent(shownHtml), this::linkClicked);
            diagramMenu = new DiagramMenu(this, web, new DiagramExport(new DiagramRenderer()));
            getChildren().add(0, web);
        }
        return web;
    }

    private void linkClicked(String url) {
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
        toast.show("Link copied (Deckhand never opens the web): " + url);
    }
}
