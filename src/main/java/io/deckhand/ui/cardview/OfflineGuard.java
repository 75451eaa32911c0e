package io.deckhand.ui.cardview;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.web.WebEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.events.Event;
import org.w3c.dom.events.EventListener;
import org.w3c.dom.events.EventTarget;

/**
 * Keeps a card's web engine on the page it was given. The page's own content security policy
 * ({@code CardPages.contentSecurityPolicy()}) stops images, styles and fonts from the network; this guard stops
 * navigation: a click on a link is cancelled in the DOM (the URL goes to {@code onLinkClicked}),
 * and any other attempt to leave the page (a script, a meta refresh) is cancelled and the page
 * restored.
 */
final class OfflineGuard {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineGuard.class);

    private final Consumer<String> onLinkClicked;
    private final EventListener clicks = this::onClick;

    /** Shown instead of a card that keeps trying to leave, so it cannot try again. */
    static final String BLOCKED_PAGE = "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" "
            + "content=\"default-src 'none'\"></head><body><p>This card kept trying to open a web page; "
            + "Deckhand blocked it and does not show it again.</p></body></html>";

    private final WebEngine engine;
    private final Runnable restore;
    private int restores;
    private boolean restorePending;

    OfflineGuard(WebEngine engine, Runnable restore, Consumer<String> onLinkClicked) {
        this.engine = engine;
        this.restore = restore;
        this.onLinkClicked = onLinkClicked;
        engine.locationProperty().addListener((obs, old, location) -> {
            if (!isOwnPage(location)) {
                LOG.warn("Card page tried to open {}; blocked", location);
                // Not from inside the listener: the engine is still in the middle of the navigation
                // (and the request has already left: cancelling here does not stop it).
                if (!restorePending) {
                    restorePending = true;
                    Platform.runLater(this::undoNavigation);
                }
            }
        });
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                interceptClicks(engine.getDocument());
            }
        });
    }

    private static final java.util.regex.Pattern REFRESH =
            java.util.regex.Pattern.compile("<meta\\b[^>]*http-equiv\\s*=\\s*[\"']?\\s*refresh[^>]*>",
                    java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The page without its plain meta refresh tags, which the page's CSP cannot stop (scripts it
     * does stop). Deckhand's own pages have none; a disguised one is left to the restore-once rule.
     */
    static String withoutRefresh(String html) {
        return REFRESH.matcher(html).replaceAll("");
    }

    /** A new card is shown: it may be restored once if it tries to leave. */
    void newPage() {
        restores = 0;
    }

    /**
     * Cancels the navigation and shows the card again, once: a card that tries again (a meta refresh,
     * a script on load) would otherwise start a request after every restore.
     */
    private void undoNavigation() {
        restorePending = false;
        engine.getLoadWorker().cancel();
        if (restores++ == 0) {
            restore.run();
        } else {
            engine.loadContent(BLOCKED_PAGE);
        }
    }

    /** The engine's location while it shows a page given through {@code loadContent}. */
    static boolean isOwnPage(String location) {
        return location == null || location.isEmpty() || location.startsWith("about:blank");
    }

    private void interceptClicks(Document doc) {
        if (doc instanceof EventTarget target) {
            // Capture phase, so nothing in the page sees the click before the guard.
            target.addEventListener("click", clicks, true);
        }
    }

    private void onClick(Event event) {
        Element link = linkAround(event.getTarget() instanceof Node n ? n : null);
        if (link == null) return;
        event.preventDefault();
        String href = link.getAttribute("href");
        if (href != null && !href.isBlank() && !href.startsWith("#")) {
            onLinkClicked.accept(href);
        }
    }

    private static Element linkAround(Node node) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n instanceof Element e && "a".equalsIgnoreCase(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                return e;
            }
        }
        return null;
    }
}
