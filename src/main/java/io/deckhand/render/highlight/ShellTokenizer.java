package io.deckhand.render.highlight;

import java.util.Set;

/** Shell tokens: command words, options, strings, variables, comments, keywords, prompts. */
final class ShellTokenizer extends Tokens {
    private static final Set<String> KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "for", "in", "do",
            "done", "while", "until", "case", "esac", "function", "return", "export", "local", "sudo");

    ShellTokenizer(String src) {
        super(src);
    }

    @Override
    void scan() {
        int n = src.length();
        boolean commandPosition = true;
        while (pos < n) {
            char c = src.charAt(pos);
            if (c == '\n' || c == ';' || c == '|' || c == '&' || c == '(' || c == ')') {
                if (c == '\n') {
                    text(pos, pos + 1);
                } else {
                    span("punct", pos, pos + 1);
                }
                commandPosition = c != ')';
                pos++;
            } else if (c == ' ' || c == '\t' || c == '\\') {
                text(pos, pos + 1);
                pos++;
            } else if (c == '#' && (pos == 0 || Character.isWhitespace(src.charAt(pos - 1)))) {
                int e = lineEnd(pos);
                span("com", pos, e);
                pos = e;
            } else if (c == '"' || c == '\'') {
                int e = quoted(pos, c == '"');
                span("str", pos, e);
                pos = e;
                commandPosition = false;
            } else if (c == '$' && pos + 1 < n && (src.charAt(pos + 1) == '{' || src.charAt(pos + 1) == '(')) {
                char close = src.charAt(pos + 1) == '{' ? '}' : ')';
                int e = src.indexOf(close, pos + 2);
                e = e < 0 || src.indexOf('\n', pos) >= 0 && src.indexOf('\n', pos) < e ? lineEnd(pos) : e + 1;
                span("var", pos, e);
                pos = e;
            } else {
                int j = pos;
                while (j < n && !isBreak(src.charAt(j))) {
                    j++;
                }
                word(pos, j, commandPosition);
                commandPosition = commandPosition && isPrompt(pos, j);
                pos = j;
            }
        }
    }

    private void word(int from, int to, boolean commandPosition) {
        String w = src.substring(from, to);
        if (w.startsWith("$") && w.length() > 1 && !isPrompt(from, to)) {
            span("var", from, to);
        } else if (isPrompt(from, to)) {
            span("punct", from, to);
        } else if (KEYWORDS.contains(w)) {
            span("kw", from, to);
        } else if (w.startsWith("-")) {
            span("opt", from, to);
        } else if (commandPosition) {
            span("cmd", from, to);
        } else {
            text(from, to);
        }
    }

    /** A shell prompt like {@code $} or {@code user@host:~$} at the start of a line. */
    private boolean isPrompt(int from, int to) {
        boolean lineStart = from == 0 || src.charAt(from - 1) == '\n';
        char last = src.charAt(to - 1);
        return lineStart && (last == '$' || last == '#' || last == '>') && (to - from == 1 || src.charAt(from) != '$');
    }

    private static boolean isBreak(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '|' || c == '&' || c == '"' || c == '\''
                || c == '(' || c == ')';
    }
}
