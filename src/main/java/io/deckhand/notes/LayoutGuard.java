package io.deckhand.notes;

/**
 * Spots Markdown nested deeper than any person writes (hundreds of list or quote levels). flexmark's
 * cost grows with depth on every line, so such text is read as a plain note instead.
 */
final class LayoutGuard {
    static final int MAX_DEPTH = 200;

    private LayoutGuard() {
    }

    static boolean tooDeep(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int indent = 0;
            int markers = 0;
            int k = i;
            while (k < n) {
                char c = text.charAt(k);
                if (c == ' ') {
                    indent++;
                } else if (c == '\t') {
                    indent += 4;
                } else if ((c == '-' || c == '*' || c == '+' || c == '>') && k + 1 < n
                        && (text.charAt(k + 1) == ' ' || c == '>')) {
                    markers++;
                } else {
                    break;
                }
                if (indent / 2 + markers > MAX_DEPTH) return true;
                k++;
            }
            int nl = text.indexOf('\n', k);
            if (nl < 0) break;
            i = nl + 1;
        }
        return false;
    }
}
