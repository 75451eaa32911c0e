package io.deckhand.exchange;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Converts the HTML of Anki fields into card Markdown, which Deckhand renders (it escapes raw
 * HTML): bold, italics, code, line breaks, paragraphs, lists, links, images ({@code ![](name)} so
 * media shows), horizontal rules and Anki's cloze highlight. Unknown tags keep their text. Text that
 * Markdown would read as syntax is escaped.
 */
public final class HtmlToMarkdown {
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<[a-zA-Z/!]|&[#a-zA-Z0-9]+;");
    private static final Pattern MARKDOWN_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]#|])");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Pattern LINE_START_MARK = Pattern.compile("^([-+>])(?=\\s|$)");
    private static final Pattern LINE_START_NUMBER = Pattern.compile("^(\\d+)([.)])(?=\\s|$)");

    private HtmlToMarkdown() {
    }

    public static String convert(String html) {
        if (html == null || html.isEmpty()) return "";
        if (!LOOKS_LIKE_HTML.matcher(html).find()) return escape(html).strip();
        // Most Anki fields are a few formatting tags: a scan gives the same walk without a DOM.
        String walked = SimpleHtml.walk(html);
        return finish(walked != null ? walked : walkWithJsoup(html));
    }

    /** The jsoup path alone, for the tests that prove the scan gives the same Markdown. */
    static String convertWithJsoup(String html) {
        if (html == null || html.isEmpty()) return "";
        if (!LOOKS_LIKE_HTML.matcher(html).find()) return escape(html).strip();
        return finish(walkWithJsoup(html));
    }

    private static String walkWithJsoup(String html) {
        StringBuilder out = new StringBuilder();
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Node child : body.childNodes()) append(child, out, "");
        return out.toString();
    }

    private static String finish(String walked) {
        if (walked.indexOf('\n') < 0 && walked.indexOf('\u00a0') < 0) return finishLine(walked.strip());
        String text = BLANK_LINES.matcher(walked.replace("\u00a0", " ")).replaceAll("\n\n");
        String[] lines = text.strip().split("\n", -1);
        StringBuilder result = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            boolean breakBeforeNothing = i == lines.length - 1 || lines[i + 1].isBlank();
            if (breakBeforeNothing && line.endsWith("\\") && !line.endsWith("\\\\")) line = line.substring(0, line.length() - 1);
            if (i > 0) result.append('\n');
            result.append(line);
        }
        return result.toString().strip();
    }

    /** One line with nothing after it, as the loop above leaves it: a hard break at its end has nothing to break. */
    private static String finishLine(String line) {
        if (line.endsWith("\\") && !line.endsWith("\\\\")) line = line.substring(0, line.length() - 1);
        return line.strip();
    }

    private static String escape(String text) {
        // most text has nothing to escape: no matcher and no copy for it
        for (int i = 0; i < text.length(); i++) {
            if (isMarkdownSpecial(text.charAt(i))) return MARKDOWN_SPECIAL.matcher(text).replaceAll("\\\\$1");
        }
        return text;
    }

    /** The characters {@link #MARKDOWN_SPECIAL} escapes. */
    private static boolean isMarkdownSpecial(char c) {
        return switch (c) {
            case '\\', '`', '*', '_', '[', ']', '#', '|' -> true;
            default -> false;
        };
    }

    /** One text node's text, escaped; shared with {@link SimpleHtml}. */
    static void appendText(String text, StringBuilder out) {
        if (text.indexOf('\n') < 0) {
            out.append(escape(text));
            return;
        }
        // A line break in the HTML shows as a space, and so does a soft break in Markdown: keeping it
        // gives back the lines a card's Markdown had (exported as CSV and read again) instead of one line.
        String[] lines = text.split("[ \t]*\n[ \t]*", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = escape(lines[i]);
            if (i > 0) {
                out.append('\n');
                // Not a list item or quote just because the break put it at a line's start.
                line = LINE_START_MARK.matcher(line).replaceFirst("\\\\$1");
                line = LINE_START_NUMBER.matcher(line).replaceFirst("$1\\\\$2");
            }
            out.append(line);
        }
    }

    private static void append(Node node, StringBuilder out, String listPrefix) {
        if (node instanceof TextNode t) {
            appendText(t.getWholeText(), out);
            return;
        }
        if (!(node instanceof Element e)) return;
        String tag = e.normalName();
        switch (tag) {
            case "br" -> out.append("\\\n"); // CommonMark hard line break
            case "hr" -> out.append("\n\n---\n\n");
            case "b", "strong" -> wrap(e, out, "**", listPrefix);
            case "i", "em" -> wrap(e, out, "*", listPrefix);
            case "s", "strike", "del" -> wrap(e, out, "~~", listPrefix);
            case "code", "kbd", "tt" -> out.append('`').append(e.text().replace("`", "'")).append('`');
            case "pre" -> out.append("\n\n```\n").append(e.wholeText().strip()).append("\n```\n\n");
            case "img" -> {
                String src = e.attr("src");
                if (!src.isEmpty()) out.append("![").append(escape(e.attr("alt"))).append("](").append(src.replace(" ", "%20")).append(')');
            }
            case "a" -> {
                String href = e.attr("href");
                StringBuilder inner = new StringBuilder();
                for (Node c : e.childNodes()) append(c, inner, listPrefix);
                if (href.isEmpty()) out.append(inner);
                else out.append('[').append(inner).append("](").append(href.replace(" ", "%20")).append(')');
            }
            case "span" -> {
                if (e.hasClass("cloze")) wrap(e, out, "**", listPrefix);
                else children(e, out, listPrefix);
            }
            case "ul", "ol" -> {
                out.append("\n\n");
                int n = 1;
                for (Element li : e.children()) {
                    out.append(listPrefix).append(tag.equals("ol") ? (n++) + ". " : "- ");
                    children(li, out, listPrefix + "   ");
                    out.append('\n');
                }
                out.append('\n');
            }
            case "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "table" -> {
                out.append("\n\n");
                children(e, out, listPrefix);
                out.append("\n\n");
            }
            case "td", "th" -> {
                children(e, out, listPrefix);
                out.append(' ');
            }
            case "script", "style" -> { }
            default -> children(e, out, listPrefix);
        }
    }

    private static void wrap(Element e, StringBuilder out, String mark, String listPrefix) {
        StringBuilder inner = new StringBuilder();
        children(e, inner, listPrefix);
        wrapText(inner.toString(), out, mark);
    }

    /** Emphasis around {@code text}; shared with {@link SimpleHtml}. */
    static void wrapText(String text, StringBuilder out, String mark) {
        if (text.isBlank()) {
            out.append(text);
            return;
        }
        // emphasis markers must touch the text, so surrounding spaces move outside
        String lead = text.substring(0, text.length() - text.stripLeading().length());
        String trail = text.substring(text.stripTrailing().length());
        out.append(lead).append(mark).append(text.strip()).append(mark).append(trail);
    }

    private static void children(Element e, StringBuilder out, String listPrefix) {
        for (Node c : e.childNodes()) append(c, out, listPrefix);
    }
}
