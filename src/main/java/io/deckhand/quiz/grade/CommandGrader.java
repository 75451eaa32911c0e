package io.deckhand.quiz.grade;

import io.deckhand.quiz.grade.CommandParser.Part;
import io.deckhand.quiz.grade.CommandParser.Segment;
import io.deckhand.quiz.grade.ShellTokens.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Grades a typed shell command by meaning. kubectl is understood ({@code k} alias, flags in any
 * order, {@code --flag=value} or {@code --flag value}, short or long flags and bundled letters such
 * as {@code -it}, resource short names and plurals, {@code type/name} or {@code type name}); other
 * programs get the same treatment of flags as a set and positionals in order. Pipelines and
 * lists are compared part by part, redirections by operator, and the words after {@code --} in order.
 * The score is the share of matching parts; only an equivalent command is correct.
 */
public final class CommandGrader implements AnswerGrader {
    /** Longer answers are not commands; they are graded wrong without being parsed. */
    static final int MAX_CHARS = 64 * 1024;
    /** Above this many words a list is compared position by position: the alignment table grows as the square. */
    private static final int MAX_ALIGNED = 2000;

    private final CommandVocabulary vocabulary = CommandVocabulary.bundled();

    @Override
    public Grade grade(String expected, String answer) {
        String e = prompted(expected);
        String a = prompted(answer);
        if (a.isBlank()) {
            return e.isBlank() ? Grade.right()
                    : new Grade(0, false, List.of(new Difference(Difference.Kind.MISSING, "command", shorten(e), null)));
        }
        if (e.length() > MAX_CHARS || a.length() > MAX_CHARS) {
            return new Grade(0, false, List.of(new Difference(Difference.Kind.WRONG, "command",
                    shorten(e), "a text of " + a.length() / 1024 + " KB; commands are graded up to " + MAX_CHARS / 1024 + " KB")));
        }
        List<Token> expectedTokens = ShellTokens.split(e);
        List<Token> answerTokens = ShellTokens.split(a);
        Set<String> valueFlags = new HashSet<>();
        CommandParser.collectValueFlags(expectedTokens, valueFlags);
        CommandParser.collectValueFlags(answerTokens, valueFlags);
        CommandParser parser = new CommandParser(vocabulary, valueFlags);
        Tally tally = new Tally();
        compare(parser.parse(expectedTokens), parser.parse(answerTokens), tally);
        return tally.grade();
    }

    /** Text without a pasted shell prompt ("$ kubectl ..."). */
    private static String prompted(String text) {
        String t = text == null ? "" : text.strip();
        return t.startsWith("$ ") ? t.substring(2) : t;
    }

    private static String shorten(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private void compare(List<Segment> expected, List<Segment> answer, Tally tally) {
        int n = Math.max(expected.size(), answer.size());
        for (int i = 0; i < n; i++) {
            String prefix = n > 1 ? "command " + (i + 1) + ": " : "";
            if (i >= answer.size()) {
                tally.differ(expected.get(i).size(), new Difference(Difference.Kind.MISSING, "command " + (i + 1),
                        expected.get(i).text(), null));
            } else if (i >= expected.size()) {
                tally.differ(answer.get(i).size(), new Difference(Difference.Kind.EXTRA, "command " + (i + 1),
                        null, answer.get(i).text()));
            } else {
                Segment e = expected.get(i);
                Segment a = answer.get(i);
                segment(e, a, prefix, tally);
                if (i < n - 1) {
                    tally.compare(prefix + "operator after it", e.next(), a.next());
                }
            }
        }
    }

    private void segment(Segment e, Segment a, String prefix, Tally tally) {
        tally.compare(prefix + "program", e.program(), a.program());
        keyed(e.env(), a.env(), prefix, "=", tally);
        aligned(e.positionals(), a.positionals(), Part::text, Part::role, prefix, tally);
        List<Part> et = after(e.trailing());
        List<Part> at = after(a.trailing());
        aligned(et, at, Part::text, Part::role, prefix, tally);
        flags(e.flags(), a.flags(), prefix, tally);
        keyed(e.redirects(), a.redirects(), prefix, "", tally);
    }

    private static List<Part> after(List<String> trailing) {
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < trailing.size(); i++) {
            parts.add(new Part("after --, word " + (i + 1), trailing.get(i)));
        }
        return parts;
    }

    private static void keyed(Map<String, String> e, Map<String, String> a, String prefix, String suffix, Tally tally) {
        Set<String> keys = new LinkedHashSet<>(e.keySet());
        keys.addAll(a.keySet());
        for (String k : keys) {
            tally.compare(prefix + k + suffix, e.get(k), a.get(k));
        }
    }

    private static void flags(Map<String, List<String>> e, Map<String, List<String>> a, String prefix, Tally tally) {
        Set<String> keys = new LinkedHashSet<>(e.keySet());
        keys.addAll(a.keySet());
        for (String k : keys) {
            List<String> missing = new ArrayList<>(e.getOrDefault(k, List.of()));
            List<String> extra = new ArrayList<>();
            for (String v : a.getOrDefault(k, List.of())) {
                if (missing.remove(v)) {
                    tally.matched++;
                } else {
                    extra.add(v);
                }
            }
            if (missing.isEmpty() && extra.isEmpty()) {
                continue;
            }
            Difference.Kind kind = missing.isEmpty() ? Difference.Kind.EXTRA
                    : extra.isEmpty() ? Difference.Kind.MISSING : Difference.Kind.WRONG;
            tally.differ(Math.max(missing.size(), extra.size()), new Difference(kind, prefix + k,
                    missing.isEmpty() ? null : String.join(", ", missing), extra.isEmpty() ? null : String.join(", ", extra)));
        }
    }

    /**
     * Compares two ordered lists by their longest common subsequence; the gaps become differences.
     * Unmatched parts count max(expected, answer) - common, so the score is the same either way round.
     */
    private static <T> void aligned(List<T> e, List<T> a, Function<T, String> text, Function<T, String> role,
                                    String prefix, Tally tally) {
        if (e.size() > MAX_ALIGNED || a.size() > MAX_ALIGNED) {
            for (int i = 0; i < Math.max(e.size(), a.size()); i++) { // the table would not fit in memory
                T x = i < e.size() ? e.get(i) : a.get(i);
                tally.compare(prefix + role.apply(x), i < e.size() ? text.apply(e.get(i)) : null,
                        i < a.size() ? text.apply(a.get(i)) : null);
            }
            return;
        }
        int[][] lcs = lcs(e, a, text);
        tally.matched += lcs[0][0];
        tally.unmatched += Math.max(e.size(), a.size()) - lcs[0][0];
        int i = 0;
        int j = 0;
        while (i < e.size() || j < a.size()) {
            int gi = i;
            int gj = j;
            // Advance both to the next matched pair, collecting the gap on each side.
            while (i < e.size() && j < a.size() && !text.apply(e.get(i)).equals(text.apply(a.get(j)))) {
                if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                    i++;
                } else {
                    j++;
                }
            }
            if (i >= e.size() || j >= a.size()) {
                i = e.size();
                j = a.size();
            }
            int k = 0;
            for (; gi + k < i && gj + k < j; k++) {
                T x = e.get(gi + k);
                tally.differences.add(new Difference(Difference.Kind.WRONG, prefix + role.apply(x), text.apply(x),
                        text.apply(a.get(gj + k))));
            }
            for (int r = gi + k; r < i; r++) {
                tally.differences.add(new Difference(Difference.Kind.MISSING, prefix + role.apply(e.get(r)), text.apply(e.get(r)), null));
            }
            for (int r = gj + k; r < j; r++) {
                tally.differences.add(new Difference(Difference.Kind.EXTRA, prefix + role.apply(a.get(r)), null, text.apply(a.get(r))));
            }
            i++;
            j++;
        }
    }

    /** Suffix table: lcs[i][j] is the length of the longest common subsequence of e[i..] and a[j..]. */
    private static <T> int[][] lcs(List<T> e, List<T> a, Function<T, String> text) {
        int[][] t = new int[e.size() + 1][a.size() + 1];
        for (int i = e.size() - 1; i >= 0; i--) {
            for (int j = a.size() - 1; j >= 0; j--) {
                t[i][j] = text.apply(e.get(i)).equals(text.apply(a.get(j))) ? t[i + 1][j + 1] + 1
                        : Math.max(t[i + 1][j], t[i][j + 1]);
            }
        }
        return t;
    }

    /** Matched and unmatched parts, and the differences found. */
    private static final class Tally {
        int matched;
        int unmatched;
        final List<Difference> differences = new ArrayList<>();

        void compare(String where, String expected, String actual) {
            if (expected != null && expected.equals(actual)) {
                matched++;
            } else if (expected != null || actual != null) {
                differ(1, new Difference(expected == null ? Difference.Kind.EXTRA
                        : actual == null ? Difference.Kind.MISSING : Difference.Kind.WRONG, where, expected, actual));
            }
        }

        void differ(int parts, Difference d) {
            unmatched += parts;
            differences.add(d);
        }

        Grade grade() {
            int total = matched + unmatched;
            double score = total == 0 ? 1 : (double) matched / total;
            return new Grade(score, differences.isEmpty(), differences);
        }
    }
}
