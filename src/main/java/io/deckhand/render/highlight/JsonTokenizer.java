package io.deckhand.render.highlight;

/** JSON tokens: object keys, strings, numbers, literals, punctuation. */
final class JsonTokenizer extends Tokens {
    JsonTokenizer(String src) {
        super(src);
    }

    @Override
    void scan() {
        int n = src.length();
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '"') {
                int end = quoted(pos, true);
                int j = end;
                while (j < n && Character.isWhitespace(src.charAt(j))) {
                    j++;
                }
                span(j < n && src.charAt(j) == ':' ? "key" : "str", pos, end);
                pos = end;
            } else if (c == '-' || Character.isDigit(c)) {
                int j = pos + 1;
                while (j < n && "0123456789.eE+-".indexOf(src.charAt(j)) >= 0) {
                    j++;
                }
                span("num", pos, j);
                pos = j;
            } else if (Character.isLetter(c)) {
                int j = pos;
                while (j < n && Character.isLetter(src.charAt(j))) {
                    j++;
                }
                String w = src.substring(pos, j);
                if (w.equals("true") || w.equals("false") || w.equals("null")) {
                    span("kw", pos, j);
                } else {
                    text(pos, j);
                }
                pos = j;
            } else if (c == '/' && pos + 1 < n && src.charAt(pos + 1) == '/') {
                int e = lineEnd(pos);
                span("com", pos, e);
                pos = e;
            } else if ("{}[],:".indexOf(c) >= 0) {
                span("punct", pos, pos + 1);
                pos++;
            } else {
                text(pos, pos + 1);
                pos++;
            }
        }
    }
}
