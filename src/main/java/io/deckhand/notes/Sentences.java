package io.deckhand.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where prose breaks into sentences: after . ! ? (and any emphasis closing on it) followed by white space and a sentence start
 * (capital, inline code, or a lowercase word after a full stop that ends no abbreviation such as
 * "e.g."), and at blank lines; never inside a code span or brackets ("(is it worse?)"). One rule for splitting long answers, cloze context and definitions.
 */
final class Sentences {
    private static final Pattern ABBREVIATED = Pattern.compile("(e\\.g|i\\.e|etc|ex|vs|approx|incl|cf|resp|[a-z])\\.");

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (int[] span : spans(text)) out.add(text.substring(span[0], span[1]));
        return out;
    }

    /** Start and end offsets of each sentence, without surrounding white space; none empty. */
    static List<int[]> spans(String text) {
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        // A sentence ends only outside code and brackets: "(is it worse?)" and "`a. B`" run on.
        int brackets = 0;
        boolean inCode = false;
        for (int k = 0; k <= text.length(); k++) {
            boolean last = k == text.length();
            if (!last) {
                char c = text.charAt(k);
                if (c == '`') inCode = !inCode;
                else if (!inCode && c == '(' && closesOnItsLine(text, k)) brackets++;
                else if (!inCode && c == ')' && brackets > 0) brackets--;
                else if (c == '\n') {
                    // A line closes whatever it left open: a stray "(" or "`" holds no later line in.
                    brackets = 0;
                    inCode = false;
                }
            }
            if (!last && (brackets > 0 || inCode) && text.charAt(k) != '\n') continue;
            if (!last && !endsAt(text, k)) continue;
            int to = last ? text.length() : k + 1;
            int a = start;
            int b = to;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (b > a) spans.add(new int[] {a, b});
            start = to;
        }
        return spans;
    }

    private static boolean endsAt(String text, int k) {
        if (k + 1 >= text.length()) return false;
        char c = text.charAt(k);
        // A line that starts a list item starts a new point: no sentence runs on into the next item.
        if (c == '\n') return text.charAt(k + 1) == '\n' || itemAt(text, k + 1);
        // "**Short on time?** Start with ...": emphasis closing right after the mark ends the sentence with it.
        int mark = k;
        while (mark > 0 && (text.charAt(mark) == '*' || text.charAt(mark) == '_')) mark--;
        if (mark < k) c = text.charAt(mark);
        if (c != '.' && c != '!' && c != '?' || !Character.isWhitespace(text.charAt(k + 1))) return false;
        int next = k + 1;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) next++;
        if (next == text.length()) return true;
        if (text.lastIndexOf('\n', next) > k && itemAt(text, text.lastIndexOf('\n', next) + 1)) return true;
        char n = text.charAt(next);
        return Character.isUpperCase(n) || n == '`'
                || Character.isLowerCase(n) && c == '.' && !abbreviationBefore(text, mark);
    }

    private static final Pattern ITEM_START = Pattern.compile("[ \\t]*(?:>[ \\t]*)*(?:[-*+\\u2022]|\\d{1,3}[.)])[ \\t]+\\S");

    /** A ")" follows the "(" at {@code at} on its line: a smiley's or a typo's stray bracket holds nothing in. */
    private static boolean closesOnItsLine(String text, int at) {
        int close = text.indexOf(')', at);
        int eol = text.indexOf('\n', at);
        return close > 0 && (eol < 0 || close < eol);
    }

    /** A list marker ("- ", "* ", "2. ", also inside a quote) opens the line starting at {@code at}. */
    private static boolean itemAt(String text, int at) {
        return ITEM_START.matcher(text).region(at, text.length()).lookingAt();
    }

    /** "e.g." or "etc." ends at k: no sentence end. */
    static boolean abbreviationBefore(String text, int k) {
        int start = text.lastIndexOf(' ', k) + 1;
        String word = text.substring(start, k + 1).toLowerCase(Locale.ROOT);
        return ABBREVIATED.matcher(word).matches() || word.indexOf('.') < word.length() - 1;
    }
}
