package io.deckhand.quiz.grade;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a typed command line as a POSIX shell would: words with their quotes removed ('a b',
 * "a b" and a\ b are one word), control operators ({@code | || && ; &}, a newline) and
 * redirections ({@code > >> < 2> 2>&1 &>}). Never fails: an unclosed quote runs to the end.
 */
final class ShellTokens {
    /** A word, or an operator (control operator or redirection). */
    record Token(String text, boolean operator) {
        boolean redirection() {
            return operator && (text.contains(">") || text.contains("<"));
        }
    }

    private final String s;
    private final List<Token> tokens = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    /** Whether the word being built has any character (quoted empty strings count). */
    private boolean inWord;
    /** Whether any part of the word being built was quoted or escaped. */
    private boolean quoted;

    private ShellTokens(String s) {
        this.s = s;
    }

    static List<Token> split(String line) {
        ShellTokens t = new ShellTokens(line);
        t.run();
        return t.tokens;
    }

    private void run() {
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (i + 1 < n && s.charAt(i + 1) == '\n') {
                    i += 2; // line continuation
                    continue;
                }
                if (i + 1 < n) {
                    word.append(s.charAt(i + 1));
                }
                inWord = true;
                quoted = true;
                i += 2;
            } else if (c == '\'') {
                int end = s.indexOf('\'', i + 1);
                end = end < 0 ? n : end;
                word.append(s, i + 1, end);
                inWord = true;
                quoted = true;
                i = end + 1;
            } else if (c == '"') {
                i = doubleQuoted(i + 1);
            } else if (c == ' ' || c == '\t' || c == '\r') {
                endWord();
                i++;
            } else if (c == '\n') {
                endWord();
                operator(";");
                i++;
            } else if (c == '#' && !inWord) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '|' || c == '&' || c == ';') {
                i = control(i);
            } else if (c == '>' || c == '<') {
                i = redirection(i);
            } else {
                word.append(c);
                inWord = true;
                i++;
            }
        }
        endWord();
    }

    private int doubleQuoted(int i) {
        inWord = true;
        quoted = true;
        int n = s.length();
        while (i < n && s.charAt(i) != '"') {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && "\"\\$`\n".indexOf(s.charAt(i + 1)) >= 0) {
                if (s.charAt(i + 1) != '\n') {
                    word.append(s.charAt(i + 1));
                }
                i += 2;
            } else {
                word.append(c);
                i++;
            }
        }
        return i + 1;
    }

    private int control(int i) {
        char c = s.charAt(i);
        char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
        if (c == '&' && next == '>') {
            return redirection(i);
        }
        endWord();
        if ((c == '|' || c == '&') && next == c) {
            operator("" + c + c);
            return i + 2;
        }
        operator(String.valueOf(c));
        return i + 1;
    }

    private int redirection(int i) {
        String fd = "";
        if (inWord && !quoted && word.chars().allMatch(Character::isDigit) && word.length() <= 2) {
            fd = word.toString().equals("1") && s.charAt(i) == '>' ? "" : word.toString();
            word.setLength(0);
            inWord = false;
        }
        endWord();
        int start = i;
        int n = s.length();
        if (s.charAt(i) == '&') {
            i++;
        }
        char c = s.charAt(i);
        i++;
        while (i < n && s.charAt(i) == c && i - start < 3) {
            i++;
        }
        if (i < n && (s.charAt(i) == '&' || (c == '>' && s.charAt(i) == '|'))) {
            i++;
        }
        operator(fd + s.substring(start, i));
        return i;
    }

    private void operator(String op) {
        if (op.equals(";") && (tokens.isEmpty() || tokens.get(tokens.size() - 1).operator()
                && !tokens.get(tokens.size() - 1).redirection())) {
            return; // blank lines and "; \n" add nothing
        }
        tokens.add(new Token(op, true));
    }

    private void endWord() {
        if (inWord) {
            tokens.add(new Token(word.toString(), false));
        }
        word.setLength(0);
        inWord = false;
        quoted = false;
    }
}
