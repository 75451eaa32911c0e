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
        int[] start = {from};
        walk(s, from, to, (i, c, depth) -> {
            if (depth == 0 && c == '|') {
                out.add(new int[] {start[0], i});
                start[0] = i + 1;
            }
            return false;
        });
        out.add(new int[] {start[0], to});
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
        return walk(s, open, end, (i, c, depth) -> c == ')' && depth == 1);
    }

    /** What {@link #walk} shows of one character: its index, itself and the group depth before it. */
    private interface Step {
        boolean stopAt(int i, char c, int depth);
    }

    /**
     * Visits the characters between {@code from} and {@code to} that are regex syntax rather than a class's
     * members or an escaped character, tracking group depth; the first index where {@code step} stops, or -1.
     */
    private static int walk(String s, int from, int to, Step step) {
        int depth = 0;
        int classDepth = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0) {
                if (step.stopAt(i, c, depth)) return i;
                if (c == '(') depth++;
                if (c == ')') depth--;
            }
        }
        return -1;
    }
}
