package io.deckhand.text;

/**
 * A hostile-input limit: flexmark's time grows with the square of the list items one line opens
 * ("1. 1. 1. … x" ten thousand deep took 7 s). Past {@link #MAX_DEPTH} markers on one line, the next
 * marker is escaped, so the rest of the line is the innermost item's text. No note nests that deep.
 */
public final class DeepLists {
    public static final int MAX_DEPTH = 32;

    private DeepLists() {
    }

    /** The text unchanged (same instance) unless a line opens more than {@link #MAX_DEPTH} list items. */
    public static String cap(String text) {
        StringBuilder out = null;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.length();
            int escapeAt = markerPastLimit(text, lineStart, lineEnd);
            if (escapeAt >= 0) {
                if (out == null) out = new StringBuilder(text.length() + 16).append(text, 0, lineStart);
                out.append(text, lineStart, escapeAt).append('\\').append(text, escapeAt, lineEnd);
            } else if (out != null) {
                out.append(text, lineStart, lineEnd);
            }
            if (out != null && lineEnd < text.length()) out.append('\n');
            lineStart = lineEnd + 1;
        }
        return out == null ? text : out.toString();
    }

    /** Where the punctuation of the first marker past the limit is, or -1. */
    private static int markerPastLimit(String text, int from, int to) {
        int i = from;
        int depth = 0;
        while (i < to) {
            while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
            int markEnd = marker(text, i, to);
            if (markEnd < 0) return -1;
            if (++depth > MAX_DEPTH) return markEnd - 1; // the '.', ')' or bullet
            i = markEnd;
        }
        return -1;
    }

    /** The end of a list marker at {@code i} ("1." "1)" "-" "*" "+" followed by a space or tab), or -1. */
    private static int marker(String text, int i, int to) {
        int j = i;
        if (j < to && (text.charAt(j) == '-' || text.charAt(j) == '*' || text.charAt(j) == '+')) {
            j++;
        } else {
            int digits = 0;
            while (j < to && Character.isDigit(text.charAt(j)) && digits < 10) {
                j++;
                digits++;
            }
            if (digits == 0 || j >= to || (text.charAt(j) != '.' && text.charAt(j) != ')')) return -1;
            j++;
        }
        return j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t') ? j : -1;
    }
}
