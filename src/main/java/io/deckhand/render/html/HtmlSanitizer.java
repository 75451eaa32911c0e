package io.deckhand.render.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Cleans card HTML with a jsoup {@link Safelist}: the Markdown elements, GFM tables and task-list
 * checkboxes, and the SVG elements Deckhand's own diagram writer emits. Everything else (scripts,
 * event handlers, {@code style}, iframes) is dropped, and links keep only http, https and mailto.
 */
public final class HtmlSanitizer {
    private static final String[] SVG_SHAPE_ATTRS = {
        "class", "fill", "stroke", "dx", "dy", "stroke-width", "stroke-dasharray", "stroke-linecap", "stroke-linejoin",
        "fill-opacity", "opacity", "transform", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
        "width", "height", "d", "points", "font-size", "font-weight", "font-style", "font-family",
        "text-anchor", "dominant-baseline", "marker-end", "marker-start", "id", "role", "aria-label",
    };

    private final Safelist safelist;

    public HtmlSanitizer() {
        this(false);
    }

    /**
     * @param mediaNames also keep {@code <img src>} values that are plain media file names (no
     *     scheme, no folder): for HTML handed to an app that keeps the files beside the cards (Anki)
     */
    public HtmlSanitizer(boolean mediaNames) {
        Safelist base = !mediaNames ? Safelist.relaxed() : new Safelist(Safelist.relaxed()) {
            @Override
            public boolean isSafeAttribute(String tagName, org.jsoup.nodes.Element el, org.jsoup.nodes.Attribute attr) {
                if (tagName.equals("img") && attr.getKey().equals("src") && isPlainMediaName(attr.getValue())) return true;
                return super.isSafeAttribute(tagName, el, attr);
            }
        };
        safelist = base
                .addTags("span", "div", "del", "s", "input", "hr", "figure", "figcaption", "details", "summary",
                        "svg", "g", "path", "rect", "circle", "ellipse", "polygon", "polyline", "line", "text",
                        "tspan", "defs", "marker", "title", "desc")
                .addAttributes(":all", "class", "title")
                .addAttributes("input", "type", "checked", "disabled")
                .addAttributes("li", "class")
                .addAttributes("td", "align").addAttributes("th", "align")
                .addAttributes("div", "data-line", "role", "aria-label")
                .addAttributes("figure", "data-source")
                .addAttributes("svg", "xmlns", "viewbox", "width", "height", "role", "aria-label", "class",
                        "font-family", "font-size")
                .addAttributes("marker", "id", "viewbox", "refx", "refy", "markerwidth", "markerheight",
                        "orient", "markerunits")
                .removeProtocols("img", "src", "http", "https")
                .preserveRelativeLinks(false);
        for (String tag : new String[] {"g", "path", "rect", "circle", "ellipse", "polygon", "polyline", "line",
                "text", "tspan"}) {
            safelist.addAttributes(tag, SVG_SHAPE_ATTRS);
        }
        // Inline images only from data: URIs (bundled content); remote images would be network loads.
        safelist.addProtocols("img", "src", "data");
    }

    /**
     * A file name that can only mean a file in the media folder: no scheme, folder, parent
     * reference, hidden file or characters Anki refuses in media names.
     */
    public static boolean isPlainMediaName(String name) {
        if (name == null || name.isEmpty() || name.length() > 255 || name.startsWith(".")) return false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0) return false;
        }
        return true;
    }

    /** A safe copy of an HTML fragment. */
    public String sanitize(String html) {
        Document.OutputSettings out = new Document.OutputSettings()
                .prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
        return Jsoup.clean(html, "", safelist, out);
    }
}
