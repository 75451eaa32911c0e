package io.deckhand.notes.gate;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A card's sides as the gate reads them: the question without its heading context, plain words. */
final class CardText {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");

    private CardText() {
    }

    /**
     * The question without the heading path the notes layer puts above it as one emphasised line
     * ({@code *A › B*} and a blank line).
     */
    static String question(String front) {
        if (!front.startsWith("*") || front.startsWith("**")) return front;
        int end = front.indexOf("*\n\n", 1);
        while (end > 0 && front.charAt(end - 1) == '\\') end = front.indexOf("*\n\n", end + 1);
        return end < 0 ? front : front.substring(end + 3).strip();
    }

    /** Without inline emphasis and code marks. */
    static String plain(String s) {
        return s.replace("**", "").replace("__", "").replace("`", "").replace("*", "").strip();
    }

    /**
     * Lower-case words that carry meaning (function words left out, a plural 's' folded). Command
     * switches and paths stay whole, so {@code -c} and {@code --all-containers} differ. A hand-written
     * scan: the gate reads every card of every note, so this runs as often as anything in extraction.
     */
    static Set<String> contentWords(String s, Set<String> stopWords) {
        Set<String> out = new LinkedHashSet<>();
        forEachContentWord(s, stopWords, w -> {
            out.add(w);
            return true;
        });
        return out;
    }

    /**
     * Whether {@code s} has content words and all of them are in {@code words}; stops at the first that
     * is not, so a long answer is rarely read to its end.
     */
    static boolean hasOnlyWordsIn(String s, Set<String> words, Set<String> stopWords) {
        boolean[] any = {false};
        boolean all = forEachContentWord(s, stopWords, w -> {
            any[0] = true;
            return words.contains(w);
        });
        return all && any[0];
    }

    /** Calls {@code visit} with each content word in order; false as soon as {@code visit} says stop. */
    private static boolean forEachContentWord(String s, Set<String> stopWords, java.util.function.Predicate<String> visit) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && separates(s.charAt(i))) i++;
            int from = i;
            while (i < n && !separates(s.charAt(i))) i++;
            int a = from;
            int b = i;
            // Punctuation around a word goes; a leading '-' stays (a switch).
            while (a < b && !Character.isLetterOrDigit(s.charAt(a)) && s.charAt(a) != '-') a++;
            while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1))) b--;
            if (a >= b) continue;
            boolean meaningful = false;
            for (int k = a; k < b && !meaningful; k++) meaningful = Character.isLetterOrDigit(s.charAt(k));
            if (!meaningful) continue;
            String w = s.substring(a, b).toLowerCase(Locale.ROOT);
            // "the item's name" speaks of the item.
            if (w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"))) w = w.substring(0, w.length() - 2);
            if (stopWords.contains(w)) continue;
            if (!visit.test(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean separates(char c) {
        return Character.isWhitespace(c) || c == '`' || c == '*';
    }

    /** The last sentence of the last line of {@code s}: from the last ". ", "! " or "? " on that line. */
    static String lastSentence(String s) {
        String t = s.strip();
        int start = t.lastIndexOf('\n') + 1;
        for (int k = t.length() - 2; k >= start; k--) {
            char c = t.charAt(k);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(t.charAt(k + 1))) {
                start = k + 1;
                break;
            }
        }
        return t.substring(start).strip();
    }

    static int sentences(String prose) {
        int n = 0;
        for (String paragraph : prose.split("\n")) {
            String p = paragraph.strip();
            if (p.isEmpty()) continue;
            n += SENTENCE_END.split(p).length;
        }
        return n;
    }

    /** At most {@code max} characters of {@code s} on one line, with an ellipsis when cut. */
    static String shortened(String s, int max) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1).strip() + "\u2026";
    }
}
