package io.deckhand.notes.gate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words a case-sensitive pattern cannot match without, read from its source: every match holds at
 * least one of them. Most card texts hold none of a word list's words, and a few {@code indexOf}
 * calls then rule the pattern out where trying the alternation at every word start costs far more.
 * Null ({@link #of}) where some alternative needs no literal this reading can see (a class, a dot,
 * an escape such as {@code \s} alone): there the pattern is always tried.
 */
final class RequiredLiterals {
    /** Words found in most sentences: a set of them rules out few texts, so another need is preferred. */
    private static final Set<String> COMMON = Set.of("the", "this", "that", "these", "those", "a", "an", "and", "or",
            "of", "in", "on", "to", "is", "are", "it", "what", "how", "why", "we", "our", "you", "your");

    private final String[] words;

    private RequiredLiterals(Set<String> words) {
        this.words = minimal(words);
    }

    static RequiredLiterals of(String source) {
        Set<String> words = alternatives(source, 0, source.length());
        return words == null || words.isEmpty() ? null : new RequiredLiterals(words);
    }

    /** Whether {@code text} holds one of the words (false: the pattern cannot match anywhere in it). */
    boolean occurIn(String text) {
        for (String w : words) if (text.indexOf(w) >= 0) return true;
        return false;
    }

    List<String> words() {
        return List.of(words);
    }

    /** A word holding another of the set adds nothing: wherever it stands, the shorter one does too. */
    private static String[] minimal(Set<String> words) {
        List<String> kept = new ArrayList<>();
        for (String w : words) {
            boolean covered = false;
            for (String other : words) {
                if (!other.equals(w) && w.contains(other)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) kept.add(w);
        }
        return kept.toArray(String[]::new);
    }

    /** Split at top-level '|': a match needs one word of any alternative, so the union; null if one has none. */
    private static Set<String> alternatives(String s, int from, int to) {
        Set<String> all = new LinkedHashSet<>();
        for (int[] range : RegexSource.alternatives(s, from, to)) {
            Set<String> one = sequence(s, range[0], range[1]);
            if (one == null) return null;
            all.addAll(one);
        }
        return all;
    }

    /**
     * One alternative: the runs of plain characters it must hold and the word sets of its required
     * groups; any one of them is a necessary condition, and the one whose shortest word is longest
     * rules out most texts. Null when it holds none, or a construct this reading does not cover.
     */
    private static Set<String> sequence(String s, int p, int end) {
        List<Set<String>> needs = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (p < end) {
            char c = s.charAt(p);
            int atomEnd;
            Character literal = null;
            Set<String> group = null;
            if (c == '\\') {
                if (p + 1 >= end) return null;
                char e = s.charAt(p + 1);
                if (e < 128 && !Character.isLetterOrDigit(e)) literal = e;
                else if (Character.isLetterOrDigit(e) && "bBAzZGwWsSdDhHvVtnrfe".indexOf(e) < 0) return null;
                atomEnd = p + 2;
            } else if (c == '[') {
                atomEnd = RegexSource.classEnd(s, p, end);
                if (atomEnd < 0) return null;
            } else if (c == '(') {
                int close = RegexSource.closing(s, p, end);
                if (close < 0) return null;
                atomEnd = close + 1;
                if (s.startsWith("(?:", p)) {
                    group = alternatives(s, p + 3, close);
                } else if (s.startsWith("(?=", p) || s.startsWith("(?!", p) || s.startsWith("(?<=", p)
                        || s.startsWith("(?<!", p)) {
                    group = null; // zero-width: it consumes nothing the match holds
                } else if (s.startsWith("(?", p)) {
                    return null; // flags, named or atomic groups: not read
                } else {
                    group = alternatives(s, p + 1, close);
                }
            } else if (c == '.' || c == '^' || c == '$') {
                atomEnd = p + 1;
            } else if ("?*+{)|".indexOf(c) >= 0) {
                return null;
            } else {
                literal = c;
                atomEnd = p + 1;
            }
            boolean optional = RegexSource.optional(s, atomEnd, end);
            boolean repeated = atomEnd < end && !optional && "+{".indexOf(s.charAt(atomEnd)) >= 0;
            p = atomEnd < end && (optional || repeated) ? RegexSource.afterQuantifier(s, atomEnd, end) : atomEnd;
            if (p < 0) return null;
            if (literal != null && !optional) {
                run.append(literal.charValue());
                if (!repeated) continue;
            }
            // Anything else ends the run of characters that stand next to each other in every match.
            if (run.length() > 0) needs.add(Set.of(run.toString()));
            run.setLength(0);
            if (group != null && !group.isEmpty() && !optional) needs.add(group);
        }
        if (run.length() > 0) needs.add(Set.of(run.toString()));
        Set<String> best = null;
        for (Set<String> n : needs) {
            if (best == null || shortest(n) > shortest(best) || shortest(n) == shortest(best) && n.size() < best.size()) {
                best = n;
            }
        }
        return best;
    }

    /** The length of the set's shortest word, a word most sentences hold counted as if it were short. */
    private static int shortest(Set<String> words) {
        int min = Integer.MAX_VALUE;
        for (String w : words) min = Math.min(min, COMMON.contains(w.strip()) ? 1 : w.length());
        return min;
    }
}
