package io.deckhand.notes.gate;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A card's sides as the gate reads them: the question without its heading context, plain words. */
final class CardText {
    private static final Pattern SPACE = Pattern.compile("[\\s`*]+");
    /** Punctuation around a word; inside it (flags, paths, key=value) it is part of the word. */
    private static final Pattern EDGES = Pattern.compile("^[^\\p{L}\\p{N}-]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
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
     * switches and paths stay whole, so {@code -c} and {@code --all-containers} differ.
     */
    static Set<String> contentWords(String s, Set<String> stopWords) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : SPACE.split(s.toLowerCase(Locale.ROOT))) {
            String w = EDGES.matcher(raw).replaceAll("");
            if (w.isEmpty() || stopWords.contains(w) || !LETTER_OR_DIGIT.matcher(w).find()) continue;
            out.add(w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    /** The last sentence of the last paragraph (or line) of {@code s}. */
    static String lastSentence(String s) {
        String t = s.strip();
        int nl = t.lastIndexOf('\n');
        if (nl >= 0) t = t.substring(nl + 1).strip();
        String[] parts = SENTENCE_END.split(t);
        return parts[parts.length - 1].strip();
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
