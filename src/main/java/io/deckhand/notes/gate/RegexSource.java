package io.deckhand.notes.gate;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading a regular expression's source as text: where its groups, classes, quantifiers and top-level
 * alternatives are. Shared by the readers that work out what a match needs ({@link StartChars},
 * {@link RequiredLiterals}); each gives up on constructs it does not cover.
 */
final class RegexSource {
    private RegexSource() {
    }

    /** The alternatives between {@code from} and {@code to}, split at top-level '|', as [start, end) pairs. */
    static List<int[]> alternatives(String s, int from, int to) {
        List<int[]> out = new ArrayList<>();
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
                out.add(new int[] {start, i});
                start = i + 1;
            }
        }
        return out;
    }

    /** A quantifier at {@code i} that lets the atom before it match nothing. */
    static boolean optional(String s, int i, int end) {
        return i < end && (s.charAt(i) == '?' || s.charAt(i) == '*' || s.startsWith("{0", i) || s.startsWith("{,", i));
    }

    /** Past the quantifier at {@code i} and its lazy or possessive mark; -1 if it does not close. */
    static int afterQuantifier(String s, int i, int end) {
        int j = i + 1;
        if (s.charAt(i) == '{') {
            j = s.indexOf('}', i);
            if (j < 0 || j >= end) return -1;
            j++;
        }
        return j < end && (s.charAt(j) == '?' || s.charAt(j) == '+') ? j + 1 : j;
    }

    /** Past the ']' closing the class opened at {@code open} (classes nest), or -1. */
    static int classEnd(String s, int open, int end) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }

    /** The ')' closing the group opened at {@code open}, or -1. */
    static int closing(String s, int open, int end) {
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
