package io.deckhand.notes.gate;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A card's sides as the gate reads them: the question without its heading context, plain words. */
final class CardText {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=\\S)");
    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");

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

    /**
     * The words of {@code s} as {@link #contentWords} reads them, and each again without its inner
     * punctuation ("x-fs" also as "xfs"), and the initials of each run of three to six words ("Create, Read,
     * Update, Delete" also as "crud"): what a side says whatever its case, hyphens or abbreviation.
     */
    static Set<String> saidWords(String s, Set<String> stopWords) {
        Set<String> out = new LinkedHashSet<>();
        java.util.List<String> all = new java.util.ArrayList<>();
        forEachContentWord(s, Set.of(), w -> {
            all.add(w);
            if (!stopWords.contains(w)) {
                out.add(w);
                out.add(joined(w));
                out.add(stem(w));
            }
            return true;
        });
        for (int i = 0; i < all.size(); i++) {
            StringBuilder initials = new StringBuilder();
            for (int j = i; j < Math.min(all.size(), i + 6); j++) {
                char c = all.get(j).charAt(0);
                if (!Character.isLetter(c)) break;
                initials.append(c);
                if (initials.length() >= 3) out.add(initials.toString());
            }
        }
        return out;
    }

    private static final Pattern NAMED_SPAN = Pattern.compile("`([^`\n]{1,80})`|\\*\\*([^*\n]{1,80})\\*\\*");
    private static final Pattern PART_BREAK = Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})|(?<=\\p{Lu})(?=\\p{Lu}\\p{Ll})");

    /**
     * The word parts packed inside the identifiers of {@code front}'s code spans and bold names,
     * lower case and as their {@link #stem}: "ebs.csi.aws.com" gives ebs, csi, aws and com,
     * "PullImage" gives pull and image. A name or code on the front already says these words.
     */
    static Set<String> identifierParts(String front) {
        Set<String> out = new LinkedHashSet<>();
        var m = NAMED_SPAN.matcher(front);
        while (m.find()) {
            String span = m.group(1) != null ? m.group(1) : m.group(2);
            for (String part : PART_BREAK.split(span)) {
                if (part.isEmpty()) continue;
                String w = part.toLowerCase(Locale.ROOT);
                out.add(w);
                out.add(stem(w));
                if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) out.add(w.substring(0, w.length() - 1));
            }
        }
        return out;
    }

    /**
     * Whether each content word of {@code s} is in {@code said} as written, without its inner punctuation
     * or as its {@link #stem} ("applies" for "applying").
     */
    static boolean saysNothingBeyond(String s, Set<String> said, Set<String> stopWords) {
        return saysNothingBeyond(s, said, Set.of(), stopWords);
    }

    /** As {@link #saysNothingBeyond(String, Set, Set)} with the words of both sets said (neither is copied). */
    static boolean saysNothingBeyond(String s, Set<String> said, Set<String> alsoSaid, Set<String> stopWords) {
        boolean[] any = {false};
        boolean all = forEachContentWord(s, stopWords, w -> {
            any[0] = true;
            return isSaid(w, said, alsoSaid) || isSaid(joined(w), said, alsoSaid) || isSaid(stem(w), said, alsoSaid);
        });
        return all && any[0];
    }

    private static boolean isSaid(String w, Set<String> said, Set<String> alsoSaid) {
        return said.contains(w) || alsoSaid.contains(w);
    }

    /**
     * A word without its verb ending: "applying", "applied" and "apply" alike, "running" as "run",
     * "restarts" (its 's' folded already) as "restart". Only for comparing; never shown. Short words are
     * left whole ("need" stays, "bed" is no "b").
     */
    static String stem(String w) {
        String s = w;
        boolean ending = s.length() > 5 && s.endsWith("ing") || s.length() > 4 && s.endsWith("ed");
        if (ending) s = s.substring(0, s.length() - (s.endsWith("ing") ? 3 : 2));
        else if (s.length() > 4 && s.endsWith("ie")) s = s.substring(0, s.length() - 2) + "i";
        if (s.length() > 3 && s.endsWith("e")) s = s.substring(0, s.length() - 1);
        // "runn" from "running" is "run"; "fill" stays whole.
        int n = s.length();
        if (n > 3 && s.charAt(n - 1) == s.charAt(n - 2) && "bdgmnprt".indexOf(s.charAt(n - 1)) >= 0 && ending) {
            s = s.substring(0, n - 1);
        }
        if (s.endsWith("y") && s.length() > 3) s = s.substring(0, s.length() - 1) + "i";
        return s;
    }

    /** "x-fs", "X_FS" and "x.fs" alike: letters and digits only. */
    private static String joined(String w) {
        StringBuilder sb = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetterOrDigit(c)) sb.append(c);
        }
        return sb.toString();
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
        String one = SPACE_RUN.matcher(s).replaceAll(" ").strip();
        return one.length() <= max ? one : one.substring(0, max - 1).strip() + "\u2026";
    }
}
