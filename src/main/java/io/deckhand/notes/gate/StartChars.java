package io.deckhand.notes.gate;

import java.util.BitSet;

/**
 * The characters a match of a case-sensitive pattern can begin with, read from its source, each with
 * what its alternative needs just before it ({@code \b}, {@code ^}, nothing): a search then tries only
 * the positions where such a character stands (for {@code \b} not inside an ASCII word, for {@code ^}
 * at a line's start) instead of the whole alternation at every position. Null ({@link #of}) for any
 * source this reading does not cover (an alternative that may match nothing or opens with a class, a
 * dot, an end anchor): there the pattern is searched as it is.
 */
final class StartChars {
    /** First characters of alternatives that need nothing before them. */
    final BitSet free = new BitSet();
    /** Of alternatives that open with {@code \b}. */
    final BitSet afterBoundary = new BitSet();
    /** Of alternatives that open with {@code ^}. */
    final BitSet atLineStart = new BitSet();

    private StartChars() {
    }

    static StartChars of(String source) {
        return alternatives(source, 0, source.length());
    }

    /** Whether a match of the pattern may begin at {@code i} of {@code text}. */
    boolean mayStartAt(String text, int i) {
        char c = text.charAt(i);
        if (free.get(c)) return true;
        char before = i == 0 ? '\n' : text.charAt(i - 1);
        if (atLineStart.get(c) && (before == '\n' || before == '\r' || before == '\u0085' || before == '\u2028'
                || before == '\u2029')) {
            return true;
        }
        // Inside an ASCII word there is no boundary, whatever the JDK's \b counts as a word character.
        return afterBoundary.get(c) && (i == 0 || !(asciiLetterOrDigit(c) && (asciiLetterOrDigit(before) || before == '_')));
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private boolean isEmpty() {
        return free.isEmpty() && afterBoundary.isEmpty() && atLineStart.isEmpty();
    }

    private void add(StartChars other) {
        free.or(other.free);
        afterBoundary.or(other.afterBoundary);
        atLineStart.or(other.atLineStart);
    }

    /** The alternatives between {@code from} and {@code to} (split at top-level '|'), merged; null if any is not read. */
    private static StartChars alternatives(String s, int from, int to) {
        StartChars all = new StartChars();
        for (int[] range : RegexSource.alternatives(s, from, to)) {
            StartChars one = alternative(s, range[0], range[1], false, false);
            if (one == null) return null;
            all.add(one);
        }
        return all.isEmpty() ? null : all;
    }

    /** One alternative from {@code p}; {@code caret}, {@code boundary}: what was read before {@code p}. */
    private static StartChars alternative(String s, int p, int end, boolean caret, boolean boundary) {
        while (p < end) {
            char c = s.charAt(p);
            StartChars atom = new StartChars();
            int atomEnd;
            if (c == '^') {
                caret = true;
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
                    atom.free.set('0', '9' + 1);
                } else if (e == 's') {
                    for (char w : " \t\n\u000B\f\r".toCharArray()) atom.free.set(w);
                } else if (e == 'w') {
                    atom.free.set('a', 'z' + 1);
                    atom.free.set('A', 'Z' + 1);
                    atom.free.set('0', '9' + 1);
                    atom.free.set('_');
                } else if (e < 128 && !Character.isLetterOrDigit(e)) {
                    atom.free.set(e);
                } else {
                    return null;
                }
                atomEnd = p + 2;
            } else if (c == '(') {
                int close = RegexSource.closing(s, p, end);
                if (close < 0) return null;
                if (s.startsWith("(?=", p) || s.startsWith("(?!", p) || s.startsWith("(?<=", p) || s.startsWith("(?<!", p)) {
                    // Zero-width: it only narrows where a match starts.
                    if (close + 1 < end && "?*+{".indexOf(s.charAt(close + 1)) >= 0) return null;
                    p = close + 1;
                    continue;
                }
                int inner = s.startsWith("(?:", p) ? p + 3 : s.startsWith("(?", p) ? -1 : p + 1;
                if (inner < 0) return null;
                atom = alternatives(s, inner, close);
                if (atom == null) return null;
                atomEnd = close + 1;
            } else if ("[.$)|?*+{".indexOf(c) >= 0) {
                return null;
            } else {
                atom.free.set(c);
                atomEnd = p + 1;
            }
            StartChars out = new StartChars();
            if (caret) {
                // Either need is a necessary condition; a line's start is the narrower one.
                out.atLineStart.or(atom.free);
                out.atLineStart.or(atom.afterBoundary);
                out.atLineStart.or(atom.atLineStart);
            } else if (boundary) {
                out.afterBoundary.or(atom.free);
                out.afterBoundary.or(atom.afterBoundary);
                out.atLineStart.or(atom.atLineStart);
            } else {
                out.add(atom);
            }
            if (!RegexSource.optional(s, atomEnd, end)) return out;
            // "(?:the\s+)?following": a match starts with the optional part or with what follows it.
            int after = RegexSource.afterQuantifier(s, atomEnd, end);
            StartChars rest = alternative(s, after < 0 ? end : after, end, caret, boundary);
            if (rest == null) return null;
            out.add(rest);
            return out;
        }
        return null;
    }
}
