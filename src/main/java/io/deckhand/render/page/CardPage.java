package io.deckhand.render.page;

import io.deckhand.render.markdown.MarkdownRenderer;
import java.net.URL;

/**
 * A complete offline HTML document for one side of a card, styled for the light or dark theme.
 *
 * <p>The body is the card's sanitised HTML from {@link MarkdownRenderer}: highlighted code, YAML
 * blocks with their validation results (and re-indented when their indentation was lost), Mermaid
 * flowcharts as inline SVG, and other Mermaid diagram types as {@code <div class="mermaid">} holding
 * the source. Nothing in the page refers to the network.
 *
 * <p>For the card view, call {@link #html(String, boolean, boolean)} with {@code withMermaidScript}
 * true: the page then loads the bundled Mermaid script ({@link #mermaidScriptUrl()}, a {@code jar:}
 * URL into the webjar) only if the card has such a div, renders each one, and shows the source with
 * the error when Mermaid cannot draw it. The two-argument form never includes any script (use it
 * for export, printing and the command line).
 */
public final class CardPage {
    /** Classpath location of the bundled Mermaid script (webjar). */
    public static final String MERMAID_SCRIPT = "/META-INF/resources/webjars/mermaid/11.14.0/dist/mermaid.min.js";

    /**
     * The page's content security policy: nothing may be fetched from the network and no script
     * runs except those this class adds ({@link #document} appends a {@code script-src} with a
     * fresh nonce that only its own two script tags carry).
     */
    public static final String CSP = "default-src 'none'; img-src data:; connect-src 'none'; font-src 'none'; media-src 'none'; "
            + "object-src 'none'; frame-src 'none'; child-src 'none'; worker-src 'none'; manifest-src 'none'; "
            + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private final MarkdownRenderer markdown;

    public CardPage(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    /** A card page with the standard renderer. */
    public CardPage() {
        this(new MarkdownRenderer());
    }

    /** A script-free page: diagrams other than flowcharts stay as their source. */
    public String html(String cardMarkdown, boolean dark) {
        return html(cardMarkdown, dark, false);
    }

    /**
     * @param withMermaidScript when true and the card holds non-flowchart Mermaid diagrams, the page
     *     loads the bundled mermaid.min.js and renders them in place
     */
    public String html(String cardMarkdown, boolean dark, boolean withMermaidScript) {
        return document(markdown.toHtml(cardMarkdown), dark, withMermaidScript, "");
    }

    /** The card's sanitised body fragment alone (for {@link #document}); it does not depend on the theme. */
    public String body(String cardMarkdown) {
        return markdown.toHtml(cardMarkdown);
    }

    /** True when a body needs the Mermaid script, which only a full page load runs. */
    public static boolean needsScript(String bodyHtml) {
        return bodyHtml.contains("class=\"mermaid\"");
    }

    /** Wraps an already sanitised body fragment (from {@link MarkdownRenderer#toHtml}) in a themed page. */
    public static String document(String bodyHtml, boolean dark, boolean withMermaidScript, String title) {
        String nonce = newNonce();
        StringBuilder b = new StringBuilder(bodyHtml.length() + PageStyle.CSS.length() + 1024);
        b.append("<!DOCTYPE html><html class=\"").append(dark ? "dark" : "light").append("\"><head><meta charset=\"utf-8\">")
                // Blocks every network load, and every script but the two this class adds: WebKit's
                // CSP cannot name the jar: URL of the bundled Mermaid script, but a nonce allows it.
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CSP)
                .append("; script-src 'nonce-").append(nonce).append("'\">");
        if (!title.isEmpty()) {
            b.append("<title>").append(io.deckhand.render.html.Html.escape(title)).append("</title>");
        }
        b.append("<style>").append(PageTheme.LIGHT.cssVariables()).append(PageTheme.DARK.cssVariables())
                .append(PageStyle.CSS).append("</style></head><body><main class=\"card\">")
                .append(bodyHtml).append("</main>");
        if (withMermaidScript && needsScript(bodyHtml)) {
            URL url = mermaidScriptUrl();
            if (url != null) {
                b.append("<script nonce=\"").append(nonce).append("\" src=\"").append(io.deckhand.render.html.Html.escape(url.toExternalForm()))
                        .append("\"></script><script nonce=\"").append(nonce).append("\">").append(PageStyle.mermaidBootstrap(dark)).append("</script>");
            }
        }
        return b.append("</body></html>").toString();
    }

    /**
     * The stylesheet card content needs outside a Deckhand page, for another app's cards (Anki's
     * note type css): highlighted code, YAML checks and diagrams keep their colours, light and dark.
     */
    public static String portableCss() {
        return PageStyle.portable();
    }

    private static final java.security.SecureRandom NONCES = new java.security.SecureRandom();

    /** A nonce a hostile page cannot guess, fresh for each page. */
    private static String newNonce() {
        byte[] bytes = new byte[18];
        NONCES.nextBytes(bytes);
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    /** The bundled Mermaid script, or null if the webjar is not on the class path. */
    public static URL mermaidScriptUrl() {
        return CardPage.class.getResource(MERMAID_SCRIPT);
    }
}
