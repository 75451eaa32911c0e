package io.deckhand.app.render;

import io.deckhand.app.library.MediaImages;
import io.deckhand.app.port.MediaFiles;
import io.deckhand.render.html.Html;
import io.deckhand.render.markdown.CardBlockRenderer;
import io.deckhand.render.markdown.MarkdownRenderer;
import io.deckhand.render.markdown.MediaResolver;
import io.deckhand.render.page.CardPage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the card view's pages: Markdown, YAML check and highlight, Mermaid flowcharts as SVG and the
 * collection's images (through {@link MediaFiles}) into one offline page. All of it is work for the
 * task runner's worker, never the FX thread, which only hands the finished page to the WebView.
 *
 * <p>Pages built ahead ({@link #renderAhead}: the study screen's next card while the current one is
 * read) wait in a small store until the view {@linkplain #take takes} them. A page is taken once:
 * each page shown carries its own script nonce. Thread-safe.
 */
public final class CardPages {
    /** A card's two sides and the next card's, with room for a guess that missed. */
    static final int PAGES_KEPT_AHEAD = 8;

    private final CardPage page;
    private final Map<Key, PreparedPage> ahead = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, PreparedPage> eldest) {
            return size() > PAGES_KEPT_AHEAD;
        }
    };

    private record Key(String markdown, boolean dark) {
    }

    /** Pages showing the collection's media images, read through {@code media}. */
    public CardPages(MediaFiles media) {
        this(new MediaImages(Objects.requireNonNull(media, "media")));
    }

    /** Pages without media images (an image shows as its alternative text): previews of files not yet imported. */
    public CardPages() {
        this(MediaResolver.NONE);
    }

    private CardPages(MediaResolver media) {
        this.page = new CardPage(new MarkdownRenderer(new CardBlockRenderer(), media));
    }

    /** Builds the page for {@code markdown} now, on the calling thread (the worker). */
    public PreparedPage prepare(String markdown, boolean dark) {
        String body = page.body(markdown);
        boolean scripted = CardPage.needsScript(body);
        return new PreparedPage(markdown, dark, body, CardPage.document(body, dark, true, ""), scripted);
    }

    /**
     * Builds the page for {@code markdown} and keeps it for {@link #take}, unless one is kept already;
     * on the worker, while the user still looks at another card.
     */
    public void renderAhead(String markdown, boolean dark) {
        Key key = new Key(markdown, dark);
        synchronized (ahead) {
            if (ahead.containsKey(key)) return;
        }
        PreparedPage built = prepare(markdown, dark);
        synchronized (ahead) {
            ahead.putIfAbsent(key, built);
        }
    }

    /** The page {@link #renderAhead} built for this text and theme, removed from the store; empty if none. */
    public Optional<PreparedPage> take(String markdown, boolean dark) {
        synchronized (ahead) {
            return Optional.ofNullable(ahead.remove(new Key(markdown, dark)));
        }
    }

    /** True while a page for this text and theme waits to be taken. */
    public boolean hasAhead(String markdown, boolean dark) {
        synchronized (ahead) {
            return ahead.containsKey(new Key(markdown, dark));
        }
    }

    /** An empty themed page without scripts: started before the first card so WebKit is warm. */
    public static PreparedPage blank(boolean dark) {
        return new PreparedPage("", dark, "", CardPage.document("", dark, false, ""), false);
    }

    /** A page saying the card could not be shown, with the reason in the user's words. */
    public static PreparedPage failure(String markdown, boolean dark, String message) {
        String body = "<p class=\"render-failure\">This card could not be shown: " + Html.escape(message) + "</p>";
        return new PreparedPage(markdown, dark, body, CardPage.document(body, dark, false, ""), false);
    }

    /** The content security policy of every page (for other pages the card view makes, e.g. a diagram snapshot). */
    public static String contentSecurityPolicy() {
        return CardPage.CSP;
    }
}
