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
 * ({@code CardPage.CSP}) stops images, styles and fonts from the network; this guard stops
 * navigation: a click on a link is cancelled in the DOM (the URL goes to {@code onLinkClicked}),
 * and any other attempt to leave the page (a script, a meta refresh) is cancelled and the page
 * restored.
 */
final class OfflineGuard {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineGuard.class);

    private final Consumer<String> onLinkClicked;
    private final EventListener clicks = this::onClick;

    OfflineGuard(WebEngine engine, Runnable restore, Consumer<String> onLinkClicked) {
        this.onLinkClicked = onLinkClicked;
        engine.locationProperty().addListener((obs, old, location) -> {
            if (!isOwnPage(location)) {
                LOG.warn("Card page tried to open {}; blocked", location);
                // Not from inside the listener: the engine is still in the middle of the navigation.
                Platform.runLater(() -> {
                    engine.getLoadWorker().cancel();
                    restore.run();
                });
            }
        });
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED) {
                interceptClicks(engine.getDocument());
            }
        });
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
