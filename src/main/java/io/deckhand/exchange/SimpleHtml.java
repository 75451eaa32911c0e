package io.deckhand.exchange;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The walk {@link HtmlToMarkdown} makes over jsoup's tree, done by a scan for the HTML most Anki
 * fields hold: text, entities and well-nested {@code b strong i em s u span sub sup div code}
 * without attributes, and {@code br}. Anything else (an attribute, a tag out of order or left open,
 * another tag or entity, a comment, a control character) returns null and jsoup reads the field:
 * HTML5's tree building repairs such input in ways only a full parser gets right.
 * {@code HtmlToMarkdownSameAsJsoupTest} checks that both paths give the same Markdown.
 */
final class SimpleHtml {
    /** Emphasis tags and their Markdown marks. */
    private static final Map<String, String> WRAPS = Map.of("b", "**", "strong", "**", "i", "*", "em", "*", "s", "~~");
    /** Tags whose text goes on as it is. */
    private static final Set<String> TRANSPARENT = Set.of("u", "span", "sub", "sup");
    /** HTML5 keeps at most three equal formatting elements open before it reorders: stay well below. */
    private static final int MAX_DEPTH = 24;
    private static final Map<String, Character> ENTITIES = Map.of(
            "amp", '&', "lt", '<', "gt", '>', "quot", '"', "apos", '\'', "nbsp", '\u00a0');

    private SimpleHtml() {
    }

    /** One open element: its name and, for emphasis, the text gathered inside it. */
    private record Open(String name, StringBuilder out) {
    }

    /** The walk's output before {@code HtmlToMarkdown.finish}, or null when jsoup must read {@code html}. */
    static String walk(String html) {
        Deque<Open> open = new ArrayDeque<>();
        StringBuilder root = new StringBuilder(html.length() + 16);
        StringBuilder out = root;
        StringBuilder text = new StringBuilder();
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '&') {
                i = entity(html, i, text);
                if (i < 0) return null;
                continue;
            }
            if (c != '<') {
                if (c < 0x20 && c != '\n' && c != '\t') return null; // CR, NUL, form feed: the parser rewrites them
                text.append(c);
                i++;
                continue;
            }
            char next = i + 1 < n ? html.charAt(i + 1) : ' ';
            if (!isAsciiLetter(next) && next != '/' && next != '!' && next != '?') {
                text.append('<'); // HTML5 reads "<" before anything else as text
                i++;
                continue;
            }
            boolean end = next == '/';
            int j = end ? i + 2 : i + 1;
            int nameStart = j;
            while (j < n && isAsciiLetterOrDigit(html.charAt(j))) j++;
            if (j == nameStart) return null;
            String name = html.substring(nameStart, j).toLowerCase(Locale.ROOT);
            while (j < n && html.charAt(j) == ' ') j++;
            boolean selfClosing = j < n && html.charAt(j) == '/';
            if (selfClosing) j++;
            if (j >= n || html.charAt(j) != '>') return null;
            i = j + 1;
            if (!text.isEmpty()) {
                HtmlToMarkdown.appendText(text.toString(), out);
                text.setLength(0);
            }
            if (name.equals("br")) {
                if (end) return null;
                out.append("\\\n");
            } else if (selfClosing) {
                return null;
            } else if (end) {
                Open top = open.peek();
                if (top == null || !top.name().equals(name)) return null;
                open.pop();
                StringBuilder parent = open.isEmpty() ? root : open.peek().out();
                String mark = WRAPS.get(name);
                if (mark != null) HtmlToMarkdown.wrapText(top.out().toString(), parent, mark);
                else if (name.equals("div")) parent.append("\n\n");
                out = parent;
            } else if (name.equals("code")) {
                i = code(html, i, out);
                if (i < 0) return null;
            } else if (WRAPS.containsKey(name) || TRANSPARENT.contains(name) || name.equals("div")) {
                if (open.size() >= MAX_DEPTH) return null;
                if (name.equals("div")) out.append("\n\n");
                if (WRAPS.containsKey(name)) out = new StringBuilder();
                open.push(new Open(name, out));
            } else {
                return null;
            }
        }
        if (!open.isEmpty()) return null;
        if (!text.isEmpty()) HtmlToMarkdown.appendText(text.toString(), out);
        return root.toString();
    }

    /**
     * A {@code <code>} element holding plain text only: its text as jsoup's {@code text()} gives it
     * for text that needs no whitespace folding. Returns the index after {@code </code>}, or -1.
     */
    private static int code(String html, int from, StringBuilder out) {
        int close = html.indexOf('<', from);
        if (close < 0 || !html.regionMatches(true, close, "</code>", 0, 7)) return -1;
        StringBuilder content = new StringBuilder();
        for (int i = from; i < close; ) {
            char c = html.charAt(i);
            if (c == '&') {
                i = entity(html, i, content);
                if (i < 0) return -1;
            } else {
                content.append(c);
                i++;
            }
        }
        // jsoup's text() folds whitespace runs and trims; plain single spaces between words need neither
        for (int k = 0; k < content.length(); k++) {
            char c = content.charAt(k);
            boolean space = c == ' ';
            boolean edge = k == 0 || k == content.length() - 1;
            if (c < 0x20 || c == '\u00a0' || c == '\u00ad' || c == '\u200b' || space && (edge || content.charAt(k - 1) == ' ')) {
                return -1;
            }
        }
        out.append('`').append(content.toString().replace("`", "'")).append('`');
        return close + 7;
    }

    /**
     * Decodes the entity at {@code html[at] == '&'} into {@code text}; returns the index after it, or
     * -1 for one this scan does not know (jsoup then decides, e.g. {@code &copy} without its semicolon).
     */
    private static int entity(String html, int at, StringBuilder text) {
        int n = html.length();
        int i = at + 1;
        if (i >= n || !(isAsciiLetterOrDigit(html.charAt(i)) || html.charAt(i) == '#')) {
            text.append('&'); // a lone ampersand is text
            return i;
        }
        if (html.charAt(i) == '#') {
            i++;
            boolean hex = i < n && (html.charAt(i) == 'x' || html.charAt(i) == 'X');
            if (hex) i++;
            int start = i;
            long value = 0;
            while (i < n && i - start < 7 && Character.digit(html.charAt(i), hex ? 16 : 10) >= 0) {
                value = value * (hex ? 16 : 10) + Character.digit(html.charAt(i), hex ? 16 : 10);
                i++;
            }
            if (i == start || i >= n || html.charAt(i) != ';') return -1;
            // printable code points the parser takes as they are (not C1 controls, surrogates or non-characters)
            boolean plain = value >= 0x20 && value <= 0x7e || value >= 0xa0 && value < 0xd800 || value >= 0xe000 && value < 0xfdd0;
            if (!plain) return -1;
            text.append((char) value);
            return i + 1;
        }
        int start = i;
        while (i < n && isAsciiLetterOrDigit(html.charAt(i))) i++;
        Character decoded = ENTITIES.get(html.substring(start, i));
        if (decoded == null || i >= n || html.charAt(i) != ';') return -1;
        text.append(decoded.charValue());
        return i + 1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }
}
