package io.deckhand.notes.gate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive word-list pattern ({@link GateConfig#anyOf}) made cheap to run on every card: most
 * texts hold no match, and case-insensitive matching folds every character at every position the
 * alternation is tried. The text is folded once, as the regex engine folds it, and the same source
 * without the case flags rules out a match; only a text it does not rule out meets the original
 * pattern, whose match is the answer. Where folding could change what the pattern sees (letters in the
 * source that fold, escapes the folding does not cover, characters that fold into ASCII or into another
 * kind of character) the original pattern runs alone.
 */
final class FoldedPattern {
    private static final int CASE_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Pattern original;
    /** The source without the case flags, or null when folding may not be used for this source. */
    private final Pattern folded;

    /** Where a match of {@link #folded} can begin, or null: then it is searched at every position. */
    private final StartChars starts;

    /** Words every match of {@link #folded} holds one of, or null: then no text is ruled out by them. */
    private final RequiredLiterals literals;

    private FoldedPattern(Pattern original, Pattern folded) {
        this.original = original;
        this.folded = folded;
        this.starts = folded == null ? null : StartChars.of(folded.pattern());
        this.literals = folded == null ? null : RequiredLiterals.of(folded.pattern());
    }

    static FoldedPattern of(Pattern pattern) {
        boolean foldable = (pattern.flags() & CASE_FLAGS) == CASE_FLAGS
                && (pattern.flags() & ~(CASE_FLAGS | Pattern.MULTILINE)) == 0 && foldableSource(pattern.pattern());
        return new FoldedPattern(pattern,
                foldable ? Pattern.compile(pattern.pattern(), pattern.flags() & ~CASE_FLAGS) : null);
    }

    /** The original pattern's first match in {@code text} (as {@code matcher(text).find()} finds it), or null. */
    Matcher find(String text) {
        if (folded != null) {
            String f = fold(text);
            if (f != null && !foldedMatches(f)) return null;
        }
        Matcher m = original.matcher(text);
        return m.find() ? m : null;
    }

    /**
     * Whether {@link #folded} matches somewhere in {@code f}: tried only where a match can begin. With
     * transparent, non-anchoring bounds a match tried at a region's start sees the text around it as
     * {@code find} does at that position (look-behind, {@code \b}, {@code ^}).
     */
    private boolean foldedMatches(String f) {
        if (literals != null && !literals.occurIn(f)) return false;
        if (starts == null) return folded.matcher(f).find();
        Matcher m = null;
        int n = f.length();
        for (int i = 0; i < n; i++) {
            if (!starts.mayStartAt(f, i)) continue;
            if (m == null) m = folded.matcher(f).useTransparentBounds(true).useAnchoringBounds(false);
            m.region(i, n);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /** Whether a search tries only the positions where a match can begin. */
    boolean skipsPositions() {
        return starts != null;
    }

    /** Whether texts are folded first (false: the original pattern runs alone). */
    boolean folds() {
        return folded != null;
    }

    /** How the engine compares a character case-insensitively (java.util.regex, UNICODE_CASE). */
    static int fold(int c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * Every letter of the source already folded, and no construct whose meaning the folding would
     * change: inline flags, back references, Unicode properties, quoting, escaped code points.
     */
    static boolean foldableSource(String source) {
        int classDepth = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (c == '-' && classDepth > 0 && i > 0 && i + 1 < source.length()
                    && source.charAt(i - 1) != '[' && source.charAt(i + 1) != ']'
                    && !sameKind(source.charAt(i - 1), source.charAt(i + 1))) {
                // A range such as [!-^] holds capitals whose folded letters it does not hold.
                return false;
            } else if (c == '\\') {
                if (i + 1 >= source.length()) return false;
                char e = source.charAt(++i);
                if (e >= '1' && e <= '9' || "kpPQEuxNc0".indexOf(e) >= 0) return false;
            } else if (c == '(' && i + 2 < source.length() && source.charAt(i + 1) == '?'
                    && Character.isLetter(source.charAt(i + 2))) {
                return false;
            } else if (Character.isSurrogate(c) || fold(c) != c) {
                return false;
            }
        }
        return true;
    }

    /** Range ends between which folding keeps a character in the range: a..z or 0..9. */
    private static boolean sameKind(char from, char to) {
        return from >= 'a' && to <= 'z' && from <= to || from >= '0' && to <= '9' && from <= to;
    }

    /**
     * {@code text} with each character folded, the same length (offsets stay valid), or null when a
     * character would fold into ASCII from outside it or change kind (letter or digit, combining mark):
     * there {@code \w}, {@code \b} and classes could see it differently from the case-insensitive match.
     */
    static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f;
            if (c < 128) {
                f = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else if (Character.isSurrogate(c)) {
                // Kept as it is: a supplementary character folds, if at all, to another one, which no
                // folded source letter (all in the BMP) matches either way.
                if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                    int cp = text.codePointAt(i);
                    if (fold(cp) <= 0xFFFF) return null;
                }
                continue;
            } else {
                int g = fold(c);
                if (g < 128 || g > 0xFFFF || Character.isSurrogate((char) g)
                        || Character.isLetterOrDigit(g) != Character.isLetterOrDigit(c)
                        || (Character.getType(g) == Character.NON_SPACING_MARK)
                                != (Character.getType(c) == Character.NON_SPACING_MARK)) {
                    return null;
                }
                f = (char) g;
            }
            if (f != c) {
                if (out == null) out = text.toCharArray();
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }
}
