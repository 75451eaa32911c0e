package io.deckhand.app.exchange;

/**
 * The commonest card side, one line of text with {@code `code`} spans and {@code **strong**} or
 * {@code *emphasised*} words, straight to the HTML {@link io.deckhand.render.markdown.MarkdownRenderer}
 * gives for it, without running the parser and the sanitiser (most of a large export's time).
 * Anything this does not recognise with certainty gives {@code null}, and the caller uses the full
 * renderer; a property test holds both equal.
 */
final class InlineMarkdownRenderer {
    private static final int MAX_LENGTH = 2_000;
    /** Text characters that mean nothing to Markdown (or its extensions) in the middle of a line. */
    private static final String PLAIN_PUNCTUATION = " .,?;:()'\"!-+=/%@#$";
    /** What may follow a closing delimiter so that it can only close (not open) emphasis. */
    private static final String AFTER_CLOSER = " .,?;:)!";

    private InlineMarkdownRenderer() {
    }

    /** The HTML fragment, or null when the text needs the full renderer. */
    static String toHtml(String text) {
        int n = text.length();
        if (n == 0 || n > MAX_LENGTH || !Character.isLetter(text.charAt(0)) || text.charAt(n - 1) == ' ') return null;
        // the renderer fences lines like these as manifests or diagrams
        if (text.contains("kind:") || text.contains("apiVersion:") || text.contains("graph ")
                || text.contains("flowchart ")) {
            return null;
        }
        StringBuilder html = new StringBuilder(n + 32).append("<p>");
        int open = 0; // length of the emphasis delimiter waiting for its closer, 0 for none
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '`') {
                int end = text.indexOf('`', i + 1);
                if (end < 0 || end == i + 1 || (end + 1 < n && text.charAt(end + 1) == '`')) return null;
                if (!appendCode(html, text, i + 1, end)) return null;
                i = end + 1;
            } else if (c == '*') {
                int run = i + 1 < n && text.charAt(i + 1) == '*' ? 2 : 1;
                if (i + run < n && text.charAt(i + run) == '*') return null;
                char before = i == 0 ? ' ' : text.charAt(i - 1);
                char after = i + run < n ? text.charAt(i + run) : ' ';
                if (open == 0 && before == ' ' && (Character.isLetterOrDigit(after) || after == '`')) {
                    html.append(run == 2 ? "<strong>" : "<em>");
                    open = run;
                } else if (open == run && (Character.isLetterOrDigit(before) || before == '`') && AFTER_CLOSER.indexOf(after) >= 0) {
                    html.append(run == 2 ? "</strong>" : "</em>");
                    open = 0;
                } else {
                    return null;
                }
                i += run;
            } else if (Character.isLetterOrDigit(c) || PLAIN_PUNCTUATION.indexOf(c) >= 0) {
                html.append(c);
                i++;
            } else {
                return null;
            }
        }
        return open == 0 ? html.append("</p>\n").toString() : null;
    }

    /** Code span content as the renderer leaves it; false for what it treats differently (edge spaces). */
    private static boolean appendCode(StringBuilder html, String text, int from, int to) {
        if (text.charAt(from) == ' ' || text.charAt(to - 1) == ' ') return false;
        html.append("<code>");
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < ' ' || c == '\u007f' || c == '\u00a0' || Character.isSurrogate(c)) return false;
            if (c == ' ' && text.charAt(i - 1) == ' ') return false; // the renderer collapses runs of spaces
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                default -> html.append(c);
            }
        }
        html.append("</code>");
        return true;
    }
}
