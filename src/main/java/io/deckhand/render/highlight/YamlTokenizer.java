package io.deckhand.render.highlight;

import java.util.regex.Pattern;

/** Line-based YAML tokens: keys, scalars by kind, comments, anchors, document markers. */
final class YamlTokenizer extends Tokens {
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d[\\d_]*(\\.\\d*)?([eE][-+]?\\d+)?|0x[0-9a-fA-F]+|\\.inf|\\.nan)");
    private static final Pattern KEYWORD = Pattern.compile("(?i)true|false|null|yes|no|on|off|~");

    YamlTokenizer(String src) {
        super(src);
    }

    @Override
    void scan() {
        while (pos <= src.length()) {
            int end = lineEnd(pos);
            line(pos, end);
            if (end < src.length()) {
                out.append('\n');
            }
            pos = end + 1;
        }
    }

    private void line(int from, int to) {
        int i = from;
        while (i < to && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
            i++;
        }
        text(from, i);
        if (i >= to) {
            return;
        }
        if (src.charAt(i) == '#') {
            span("com", i, to);
            return;
        }
        if (src.startsWith("---", i) || src.startsWith("...", i)) {
            span("kw", i, i + 3);
            rest(i + 3, to);
            return;
        }
        while (i + 1 <= to && src.charAt(i) == '-' && (i + 1 == to || src.charAt(i + 1) == ' ')) {
            span("punct", i, i + 1);
            int j = i + 1;
            while (j < to && src.charAt(j) == ' ') {
                j++;
            }
            text(i + 1, j);
            i = j;
        }
        int colon = keyColon(i, to);
        if (colon >= 0) {
            span("key", i, colon);
            span("punct", colon, colon + 1);
            rest(colon + 1, to);
        } else {
            rest(i, to);
        }
    }

    /** Index of the colon ending a mapping key on this line, or -1. */
    private int keyColon(int from, int to) {
        int i = from;
        if (i < to && (src.charAt(i) == '"' || src.charAt(i) == '\'')) {
            i = Math.min(quoted(i, src.charAt(i) == '"'), to);
        }
        for (; i < to; i++) {
            char c = src.charAt(i);
            if (c == '#' && i > from && src.charAt(i - 1) == ' ') {
                return -1;
            }
            if (c == ':' && (i + 1 == to || src.charAt(i + 1) == ' ' || src.charAt(i + 1) == '\t')) {
                return i > from ? i : -1;
            }
        }
        return -1;
    }

    /** A value: scalar then an optional comment. */
    private void rest(int from, int to) {
        int i = from;
        while (i < to && src.charAt(i) == ' ') {
            i++;
        }
        text(from, i);
        if (i >= to) {
            return;
        }
        char c = src.charAt(i);
        if (c == '#') {
            span("com", i, to);
            return;
        }
        int valueEnd;
        if (c == '"' || c == '\'') {
            valueEnd = Math.min(quoted(i, c == '"'), to);
            span("str", i, valueEnd);
        } else {
            valueEnd = commentStart(i, to);
            int trimmed = valueEnd;
            while (trimmed > i && src.charAt(trimmed - 1) == ' ') {
                trimmed--;
            }
            String v = src.substring(i, trimmed);
            String kind;
            if (c == '&' || c == '*') {
                kind = "var";
            } else if (c == '|' || c == '>') {
                kind = "punct";
            } else if (NUMBER.matcher(v).matches()) {
                kind = "num";
            } else if (KEYWORD.matcher(v).matches()) {
                kind = "kw";
            } else {
                kind = "str";
            }
            span(kind, i, trimmed);
            text(trimmed, valueEnd);
        }
        if (valueEnd < to) {
            int h = commentStart(valueEnd, to);
            text(valueEnd, h);
            span("com", h, to);
        }
    }

    private int commentStart(int from, int to) {
        for (int i = from; i < to; i++) {
            if (src.charAt(i) == '#' && (i == from || src.charAt(i - 1) == ' ')) {
                return i;
            }
        }
        return to;
    }
}
