package io.deckhand.quiz.grade;

import io.deckhand.domain.text.EditDistance;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grades a typed word or phrase (a term, a cloze word, a diagram node, a field value). Case,
 * spacing, punctuation around words, quotes and Markdown markup do not count; "config map" equals
 * "ConfigMap". Small typos are forgiven by edit distance (adjacent swaps count as one edit): none
 * up to 3 letters, 1 up to 7, 2 from 8, never in numbers ({@code 80} is not {@code 8080}, {@code v1}
 * not {@code v2}). A forgiven answer is correct with the right spelling given as a difference.
 */
public final class TextGrader implements AnswerGrader {
    /** Longer texts are compared without typo tolerance (edit distance is quadratic). */
    static final int MAX_FUZZY_CHARS = 1000;

    private static final Pattern MARKUP = Pattern.compile("\\*\\*|__|~~|`+|^[*_]+|[*_]+$|(?<=\\s)[*_]+|[*_]+(?=\\s)");
    private static final Pattern QUOTES = Pattern.compile("[\"'‘’‚‛“”„‟«»‹›]");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("(^|\\s)[\\p{Punct}&&[^$#@/~.-]]+|[\\p{Punct}&&[^/%]]+(?=\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    @Override
    public Grade grade(String expected, String answer) {
        String e = expected == null ? "" : expected.strip();
        String a = answer == null ? "" : answer.strip();
        String ne = normalise(e);
        String na = normalise(a);
        if (na.isEmpty()) {
            return ne.isEmpty() ? Grade.right() : new Grade(0, false, List.of(new Difference(Difference.Kind.MISSING, "answer", e, null)));
        }
        if (ne.equals(na)) {
            return Grade.right();
        }
        String ce = compact(ne);
        String ca = compact(na);
        if (ce.equals(ca)) {
            return new Grade(1, true, List.of(new Difference(Difference.Kind.WRONG, "spelling", e, a)));
        }
        int longest = Math.max(ce.length(), ca.length());
        if (longest > MAX_FUZZY_CHARS) {
            return new Grade(0, false, List.of(new Difference(Difference.Kind.WRONG, "answer", e, a)));
        }
        int distance = distance(ce, ca);
        double score = Math.max(0, 1 - (double) distance / longest);
        if (distance <= allowedTypos(ce) && digits(ce).equals(digits(ca))) {
            return new Grade(score, true, List.of(new Difference(Difference.Kind.WRONG, "spelling", e, a)));
        }
        return new Grade(score, false, List.of(new Difference(Difference.Kind.WRONG, "answer", e, a)));
    }

    /** Lower case, no Markdown markup or quotes, no punctuation at word edges, single spaces. */
    static String normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).replace('–', '-').replace('—', '-');
        t = MARKUP.matcher(t).replaceAll("");
        t = QUOTES.matcher(t).replaceAll("");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        t = EDGE_PUNCTUATION.matcher(t).replaceAll("$1");
        return SPACES.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    /** Without spaces, hyphens and underscores: "config map", "config-map" and "configmap" are one word. */
    private static String compact(String normalised) {
        return normalised.replaceAll("[\\s_-]", "");
    }

    private static int allowedTypos(String word) {
        return word.length() <= 3 ? 0 : word.length() <= 7 ? 1 : 2;
    }

    private static List<String> digits(String text) {
        Matcher m = DIGITS.matcher(text);
        return m.results().map(java.util.regex.MatchResult::group).toList();
    }

    static int distance(String a, String b) {
        return EditDistance.of(a, b);
    }
}
