package io.deckhand.render.diagram;

import java.util.ArrayList;
import java.util.List;

/** Position in a flowchart text and the lexing of its words, ids and separators; shared by the statement readers. */
final class FlowchartCursor {
    final String src;
    int pos;

    FlowchartCursor(String src) {
        this.src = src;
    }

    /** A node id: stops at whitespace, brackets, quotes, link starts, ':::' and '@{'. */
    String readId() {
        int start = pos;
        int i = pos;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (Character.isWhitespace(c) || "[](){}<>|;\",".indexOf(c) >= 0) {
                break;
            }
            char next = i + 1 < src.length() ? src.charAt(i + 1) : '\0';
            if ((c == '-' && (next == '-' || next == '.' && i > start)) || (c == '=' && next == '=') || (c == '~' && next == '~')
                    || (c == ':' && src.startsWith(":::", i)) || (c == '@' && i > start && (next == '{' || "-=~.<".indexOf(next) >= 0))
                    || (c == '&' && i == start && (next == '\0' || Character.isWhitespace(next)))) {
                break;
            }
            i++;
        }
        pos = i;
        return src.substring(start, i);
    }

    String readUntilSpace() {
        int start = pos;
        while (pos < src.length() && !Character.isWhitespace(src.charAt(pos)) && src.charAt(pos) != ';') {
            pos++;
        }
        return src.substring(start, pos);
    }

    String restOfStatement() {
        int start = pos;
        while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != ';') {
            pos++;
        }
        return src.substring(start, pos);
    }

    static List<String> styles(String text) {
        List<String> out = new ArrayList<>();
        for (String s : text.strip().split(",")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    String peekWord() {
        int i = pos;
        while (i < src.length() && (Character.isLetterOrDigit(src.charAt(i)) || src.charAt(i) == '_' || src.charAt(i) == '-')) {
            if (src.charAt(i) == '-' && !src.startsWith("flowchart-elk", pos)) {
                break;
            }
            i++;
        }
        return src.substring(pos, i);
    }

    void skipSpaces() {
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
            pos++;
        }
    }

    void skipSeparators() {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (Character.isWhitespace(c) || c == ';') {
                pos++;
            } else if (src.startsWith("%%", pos)) {
                int nl = src.indexOf('\n', pos);
                pos = nl < 0 ? src.length() : nl + 1;
            } else if (pos == 0 && src.startsWith("---", pos)) {
                int end = src.indexOf("\n---", 3);
                pos = end < 0 ? src.length() : end + 4;
            } else {
                return;
            }
        }
    }

    boolean at(char c) {
        return pos < src.length() && src.charAt(pos) == c;
    }

    String tokenAt(int i) {
        int end = i;
        while (end < src.length() && end - i < 20 && !Character.isWhitespace(src.charAt(end))) {
            end++;
        }
        return end == i ? String.valueOf(src.charAt(i)) : src.substring(i, end);
    }

    FlowchartSyntaxException error(String message) {
        return errorAt(pos, message);
    }

    FlowchartSyntaxException errorAt(int at, String message) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < Math.min(at, src.length()); i++) {
            if (src.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new FlowchartSyntaxException(line, col, message);
    }

    /** Mermaid's sanitiser keeps a {@code <} that does not open a tag as {@code &lt;}; so do we. */
    static String escapeLoneAngle(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
            b.append(c == '<' && !Character.isLetter(next) && next != '/' ? "&lt;" : String.valueOf(c));
        }
        return b.toString();
    }
}
