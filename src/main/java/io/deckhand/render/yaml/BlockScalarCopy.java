package io.deckhand.render.yaml;

import io.deckhand.text.YamlLine;

/**
 * Copies the lines of a literal or folded block scalar (`key: |`) under its key. Their own indentation
 * is lost too, so code inside (JSON, scripts) is indented by its open brackets.
 */
final class BlockScalarCopy {
    private final int indent;
    private final String path;
    private int depth;
    private boolean guessed;

    BlockScalarCopy(int indent, String path) {
        this.indent = indent;
        this.path = path;
    }

    void copy(YamlLine l, ReindentedLines out) {
        if (l.kind() == YamlLine.Kind.BLANK) {
            out.verbatim("");
            return;
        }
        String t = l.text();
        boolean closesFirst = t.startsWith("}") || t.startsWith("]") || t.startsWith(")");
        if (closesFirst) {
            depth = Math.max(0, depth - 1);
        }
        if (!guessed && (t.contains("{") || t.contains("}"))) {
            guessed = true;
            out.guess("text of `" + path + "` indented by its braces");
        }
        out.verbatim(" ".repeat(indent + 4 * depth) + t);
        int opens = count(t, '{') + count(t, '[') + count(t, '(');
        int closes = count(t, '}') + count(t, ']') + count(t, ')');
        int leading = closesFirst ? 1 : 0;
        depth = Math.max(0, depth + opens - (closes - leading));
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
