package io.deckhand.ui.cardview;

import io.deckhand.app.render.CardPages;
import io.deckhand.app.render.PreparedPage;
import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.ui.common.TaskRunner;
import io.deckhand.ui.common.Toast;
import io.deckhand.ui.theme.StyleClasses;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import netscape.javascript.JSObject;

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

    private final CardPages pages;
    private final TaskRunner tasks;
    /** The loaded page is one of ours without scripts, so the next card may replace its body. */
    private boolean swappable;
    private boolean paintPending;
    private final Toast toast = new Toast(this);
    private WebView web;
    private DiagramMenu diagramMenu;
    private OfflineGuard guard;
    /** What {@link #show} was last asked for: a page built for anything else arrives too late and is dropped. */
    private String wantedMarkdown = "";
    private boolean wantedDark;
    private String shownMarkdown = "";
    private String shownHtml = "";
    private boolean shownDark;
    private boolean showNotes;
    /** Pages loaded and drawn so far: the study probe times key presses against it. */
    private final javafx.beans.property.ReadOnlyLongWrapper painted = new javafx.beans.property.ReadOnlyLongWrapper();

    /**
     * @param pages builds the pages (a page it built ahead is shown at once)
     * @param tasks the worker that builds a page nobody built ahead
     */
    public CardView(CardPages pages, TaskRunner tasks) {
        this.pages = pages;
        this.tasks = tasks;
        getStyleClass().add(StyleClasses.CARD_VIEW);
        setFocusTraversable(false);
    }

    /**
     * Shows {@code markdown}; must be called on the FX thread. A page built ahead
     * ({@link CardPages#renderAhead}) is loaded at once; otherwise the worker builds it and the view
     * loads it when it arrives, unless another card was asked for meanwhile.
     */
    public void show(String markdown, boolean dark) {
        if (web != null && markdown.equals(wantedMarkdown) && dark == wantedDark) return;
        wantedMarkdown = markdown;
        wantedDark = dark;
        java.util.Optional<PreparedPage> ready = pages.take(markdown, dark);
        if (ready.isPresent()) {
            show(ready.get());
            return;
        }
        tasks.run(() -> pages.prepare(markdown, dark), this::showIfWanted,
                e -> showIfWanted(CardPages.failure(markdown, dark, e.getMessage())));
    }

    private void showIfWanted(PreparedPage page) {
        if (page.shows(wantedMarkdown, wantedDark)) show(page);
    }

    /**
     * Loads a finished page. A card after the first replaces the body of the page already loaded (no
     * new document, style sheet or layout of the whole page); a page that needs a script, a theme
     * change, or a page still loading gets a full load.
     */
    private void show(PreparedPage page) {
        shownMarkdown = page.markdown();
        if (!page.scripted() && swappable && page.dark() == shownDark && replaceBody(page.body())) {
            shownHtml = page.html();
            guard.newPage();
            countPaintedAfterNextPulse();
            return;
        }
        showPage(page.html(), page.dark());
        swappable = !page.scripted();
    }

    /**
     * Builds the page for {@code markdown} ahead of {@link #show}; on the worker, never the FX thread
     * (the study screen calls it with the card it fetched and the one likely to follow).
     */
    public void renderAhead(String markdown, boolean dark) {
        pages.renderAhead(markdown, dark);
    }

    /** Puts {@code body} in the loaded page's card element; false when the page has none (yet). */
    private boolean replaceBody(String body) {
        WebEngine engine = webView().getEngine();
        if (engine.getLoadWorker().getState() != javafx.concurrent.Worker.State.SUCCEEDED) return false;
        JSObject window = (JSObject) engine.executeScript("window");
        window.setMember("deckhandNextBody", body);
        Object done = engine.executeScript("(function () { var body = window.deckhandNextBody;"
                + " delete window.deckhandNextBody; var card = document.querySelector('main.card');"
                + " if (!card) return false; card.innerHTML = body; window.scrollTo(0, 0); return true; })()");
        return Boolean.TRUE.equals(done);
    }

    /**
     * Starts WebKit ahead of the first card: creates the view and loads an empty themed page, so the
     * first card pays only for its own page. Nothing is shown that a card would not replace.
     */
    public void warmUp(boolean dark) {
        if (web != null) return;
        PreparedPage blank = CardPages.blank(dark);
        wantedDark = dark;
        showPage(blank.html(), dark);
        swappable = true;
    }

    /** Re-renders the current text, e.g. after the theme changed. */
    public void setDark(boolean dark) {
        if (web != null && dark != wantedDark) show(wantedMarkdown, dark);
    }

    /** The Markdown last shown (for tests and accessibility checks). */
    public String shownMarkdown() {
        return shownMarkdown;
    }

    /** Shows a complete page (from {@link CardPages}); package-private so tests can try hostile pages. */
    void showPage(String html, boolean dark) {
        swappable = false;
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
                if (now == javafx.concurrent.Worker.State.SUCCEEDED) {
                    applyNotes();
                    countPaintedAfterNextPulse();
                }
            });
            guard = new OfflineGuard(web.getEngine(), () -> web.getEngine().loadContent(shownHtml), this::linkClicked);
            diagramMenu = new DiagramMenu(this, web, new DiagramExport(new DiagramRenderer()));
            getChildren().add(0, web);
        }
        return web;
    }

    /** Counts a page as painted once the pulse after its load has laid it out and handed it to rendering. */
    private void countPaintedAfterNextPulse() {
        javafx.scene.Scene scene = getScene();
        if (scene == null) {
            painted.set(painted.get() + 1);
            return;
        }
        // Pages replaced before the pulse were never drawn: one pulse, one page.
        if (paintPending) return;
        paintPending = true;
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            javafx.application.Platform.runLater(() -> {
                paintPending = false;
                painted.set(painted.get() + 1);
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
        javafx.application.Platform.requestNextPulse();
    }

    /** How many pages have been loaded and painted (increases by one per page shown). */
    public javafx.beans.property.ReadOnlyLongProperty paintedPagesProperty() {
        return painted.getReadOnlyProperty();
    }

    private void linkClicked(String url) {
        ClipboardContent content = new ClipboardContent();
        content.putString(url);
        Clipboard.getSystemClipboard().setContent(content);
        toast.show("Link copied (Deckhand never opens the web): " + url);
    }
}
