package io.deckhand.notes.gate;

import java.util.regex.Pattern;

/** Inline Markdown as the gate reads it: what is left unclosed, and the prose outside code. */
final class Markup {
    private static final Pattern ESCAPE = Pattern.compile("\\\\[\\\\`*_\\[\\](){}#+\\-.!|<>~]");
    private static final Pattern UNDERSCORE_OPEN = Pattern.compile("(?<![\\p{L}\\p{N}_\\\\])_(?=[^\\s_])");
    private static final Pattern UNDERSCORE_CLOSE = Pattern.compile("(?<=[^\\s_])_(?![\\p{L}\\p{N}_])");
    /** "1)" or "a)" opening a point: a closing bracket that never had an opening one. */
    private static final Pattern ENUMERATOR = Pattern.compile("(?:^|\\s)(?:\\d{1,2}|[a-zA-Z]|[ivx]{1,4})$");

    private Markup() {
    }

    /** The text without fenced blocks; null when a fence is never closed. */
    static String withoutFences(String text) {
        if (text.indexOf("```") < 0 && text.indexOf("~~~") < 0) return text;
        StringBuilder out = new StringBuilder(text.length() + 1);
        String open = null;
        int n = text.length();
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = n;
            String fence = fenceAt(text, start, end);
            boolean skip = false;
            if (fence != null) {
                if (open == null) {
                    open = fence;
                    skip = true;
                } else if (open.equals(fence)) {
                    open = null;
                    skip = true;
                }
            }
            if (!skip && open == null) out.append(text, start, end).append('\n');
            if (end == n) break;
            start = end + 1;
        }
        return open == null ? out.toString() : null;
    }

    /** The fence (```` ``` ```` or {@code ~~~}) opening the line from {@code from} to {@code to} after spaces, or null. */
    private static String fenceAt(String text, int from, int to) {
        int i = from;
        // The spaces of the regex class \s, but not a line break: the line has none.
        while (i < to && " \t\u000B\f\r".indexOf(text.charAt(i)) >= 0) i++;
        if (to - i < 3) return null;
        if (text.startsWith("```", i)) return "```";
        if (text.startsWith("~~~", i)) return "~~~";
        return null;
    }

    /** Inline code spans removed; null when a backtick run is never closed. */
    static String withoutCodeSpans(String text) {
        if (text.indexOf('`') < 0) return text;
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n) {
                out.append(c).append(text.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c != '`') {
                out.append(c);
                i++;
                continue;
            }
            int run = 0;
            while (i + run < n && text.charAt(i + run) == '`') run++;
            int close = closingRun(text, i + run, run);
            if (close < 0) return null;
            out.append(' ');
            i = close + run;
        }
        return out.toString();
    }

    private static int closingRun(String text, int from, int run) {
        int i = from;
        int n = text.length();
        while (i < n) {
            if (text.charAt(i) != '`') {
                i++;
                continue;
            }
            int r = 0;
            while (i + r < n && text.charAt(i + r) == '`') r++;
            if (r == run) return i;
            i += r;
        }
        return -1;
    }

    /**
     * A code span that holds a remark in brackets ("`top pod (needs the meter)`") or brackets it never
     * closes: the span swallowed prose, or was cut inside the command. Null when every span is whole.
     */
    static String codeSpanProblem(String text) {
        String t = withoutFences(text);
        if (t == null || t.indexOf('`') < 0) return null;
        int i = 0;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c != '`') {
                i++;
                continue;
            }
            int run = 0;
            while (i + run < n && t.charAt(i + run) == '`') run++;
            int close = closingRun(t, i + run, run);
            if (close < 0) return null;
            String code = t.substring(i + run, close).strip();
            if (io.deckhand.text.CodeRemark.start(code) >= 0) {
                return "a code span holds the remark \u201c" + code.substring(io.deckhand.text.CodeRemark.start(code)) + "\u201d";
            }
            if (count(code, "(") != count(code, ")") && code.indexOf('\'') < 0 && code.indexOf('"') < 0) {
                return "a code span with an unclosed bracket";
            }
            i = close + run;
        }
        return null;
    }

    /** What markup is left open in {@code text}, in the user's words, or null when all is closed. */
    static String unbalanced(String text) {
        String t = withoutFences(text);
        if (t == null) return "a code block that is never closed";
        t = withoutCodeSpans(t);
        if (t == null) return "a ` that is never closed";
        if (t.indexOf('\\') >= 0) t = ESCAPE.matcher(t).replaceAll(" ");
        if (t.indexOf('*') >= 0 && count(t, "**") % 2 != 0) return "an unclosed **";
        if (t.indexOf('_') >= 0) {
            if (count(t, "__") % 2 != 0) return "an unclosed __";
            String single = t.replace("__", "  ");
            if (UNDERSCORE_OPEN.matcher(single).results().count() != UNDERSCORE_CLOSE.matcher(single).results().count()) {
                return "an unclosed _";
            }
        }
        if (t.indexOf('{') >= 0 || t.indexOf('}') >= 0) {
            if (count(t, "{{") != count(t, "}}")) return "unclosed {{ }}";
        }
        String brackets = bracketProblem(t, '[', ']');
        if (brackets != null) return brackets;
        return bracketProblem(t, '(', ')');
    }

    private static String bracketProblem(String t, char open, char close) {
        int depth = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c != open && c != close) continue;
            if (c == open) {
                depth++;
            } else if (c == close) {
                if (depth > 0) depth--;
                else if (close != ')' || !ENUMERATOR.matcher(t.substring(Math.max(0, i - 6), i)).find()) {
                    return "a " + close + " without its " + open;
                }
            }
        }
        if (depth > 0) {
            return t.contains("](") && open == '(' ? "a link that is never closed" : "an unclosed " + open;
        }
        return null;
    }

    static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + what.length())) n++;
        return n;
    }
}
