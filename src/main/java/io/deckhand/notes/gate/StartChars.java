package io.deckhand.notes.gate;

import java.util.BitSet;

/**
 * The characters a match of a case-sensitive pattern can begin with, read from its source, and whether
 * every alternative opens with {@code \b}: a search then tries only the positions where such a
 * character stands (not inside a word when a boundary is required), instead of the whole alternation at
 * every position. Null ({@link #of}) for any source this reading does not cover (an alternative that may
 * start with an optional part, a class, a dot, an end anchor): there the pattern is searched as it is.
 */
final class StartChars {
    final BitSet chars;
    /** Every alternative needs a word boundary just before its first character. */
    final boolean wordStart;

    private StartChars(BitSet chars, boolean wordStart) {
        this.chars = chars;
        this.wordStart = wordStart;
    }

    static StartChars of(String source) {
        return alternatives(source, 0, source.length());
    }

    /** The alternatives between {@code from} and {@code to} (split at top-level '|'), merged; null if any is not read. */
    private static StartChars alternatives(String s, int from, int to) {
        BitSet chars = new BitSet();
        boolean wordStart = true;
        int start = from;
        int depth = 0;
        int classDepth = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : '|';
            if (i < to && c == '\\') {
                i++;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && c == '(') {
                depth++;
            } else if (classDepth == 0 && c == ')') {
                depth--;
            } else if (classDepth == 0 && depth == 0 && c == '|') {
                StartChars one = alternative(s, start, i);
                if (one == null) return null;
                chars.or(one.chars);
                wordStart &= one.wordStart;
                start = i + 1;
            }
        }
        return chars.isEmpty() ? null : new StartChars(chars, wordStart);
    }

    private static StartChars alternative(String s, int p, int end) {
        boolean boundary = false;
        while (p < end) {
            char c = s.charAt(p);
            BitSet set = new BitSet();
            boolean atomBoundary = false;
            int atomEnd;
            if (c == '^') {
                p++;
                continue;
            } else if (c == '\\') {
                if (p + 1 >= end) return null;
                char e = s.charAt(p + 1);
                if (e == 'b' && !(p + 2 < end && s.charAt(p + 2) == '{')) {
                    boundary = true;
                    p += 2;
                    continue;
                } else if (e == 'd') {
                    set.set('0', '9' + 1);
                } else if (e == 's') {
                    for (char w : " \t\n\u000B\f\r".toCharArray()) set.set(w);
                } else if (e == 'w') {
                    set.set('a', 'z' + 1);
                    set.set('A', 'Z' + 1);
                    set.set('0', '9' + 1);
                    set.set('_');
                } else if (e < 128 && !Character.isLetterOrDigit(e)) {
                    set.set(e);
                } else {
                    return null;
                }
                atomEnd = p + 2;
            } else if (c == '(') {
                int close = closing(s, p, end);
                if (close < 0) return null;
                if (s.startsWith("(?=", p) || s.startsWith("(?!", p) || s.startsWith("(?<=", p) || s.startsWith("(?<!", p)) {
                    // Zero-width: it only narrows where a match starts.
                    if (optional(s, close + 1, end) || close + 1 < end && "+{".indexOf(s.charAt(close + 1)) >= 0) return null;
                    p = close + 1;
                    continue;
                }
                int inner = s.startsWith("(?:", p) ? p + 3 : s.startsWith("(?", p) ? -1 : p + 1;
                if (inner < 0) return null;
                StartChars group = alternatives(s, inner, close);
                if (group == null) return null;
                set = group.chars;
                atomBoundary = group.wordStart;
                atomEnd = close + 1;
            } else if ("[.$)|?*+{".indexOf(c) >= 0) {
                return null;
            } else {
                set.set(c);
                atomEnd = p + 1;
            }
            if (!optional(s, atomEnd, end)) return new StartChars(set, boundary || atomBoundary);
            // "(?:the\\s+)?following": a match starts with the optional part or with what follows it.
            StartChars rest = alternative(s, afterQuantifier(s, atomEnd, end), end);
            if (rest == null) return null;
            set.or(rest.chars);
            return new StartChars(set, boundary || atomBoundary && rest.wordStart);
        }
        return null;
    }

    /** Past the quantifier at {@code i} and its lazy or possessive mark; {@code end} if it does not close. */
    private static int afterQuantifier(String s, int i, int end) {
        int j = i + 1;
        if (s.charAt(i) == '{') {
            j = s.indexOf('}', i);
            if (j < 0 || j >= end) return end;
            j++;
        }
        return j < end && (s.charAt(j) == '?' || s.charAt(j) == '+') ? j + 1 : j;
    }

    /** A quantifier at {@code i} that lets the atom before it match nothing. */
    private static boolean optional(String s, int i, int end) {
        return i < end && (s.charAt(i) == '?' || s.charAt(i) == '*' || s.startsWith("{0", i) || s.startsWith("{,", i));
    }

    /** The ')' closing the group opened at {@code open}, or -1. */
    private static int closing(String s, int open, int end) {
        int depth = 0;
        int classDepth = 0;
        for (int i = open; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && c == '(') {
                depth++;
            } else if (classDepth == 0 && c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
