package io.deckhand.notes;

import java.util.Locale;
import java.util.Set;

/**
 * How the comment lines of a command block ("# ..." in a cheat sheet) belong to its commands: a comment
 * wrapped over several lines is one description; a line warning what running a command causes is a
 * caveat for its answer side; a comment that names the commands it heads ("# Get commands") labels the
 * group and describes none of them.
 */
final class ShellComments {
    private ShellComments() {
    }

    private static final class Holder {
        static final Set<String> OPEN_ENDS = Vocabulary.load("comment-open-ends.txt");
        static final Set<String> CAVEAT_OPENERS = Vocabulary.load("comment-caveat-openers.txt");
        static final Set<String> CONTENT_NOUNS = Vocabulary.load("comment-content-nouns.txt");
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}'’-]+");

    /**
     * Whether {@code next} carries on the comment line before it: that line ends no sentence (no stop,
     * and it starts no caveat), and the next starts in lower case, or the line before stopped mid-phrase
     * (after a comma, a preposition, a determiner or a conjunction).
     */
    static boolean wrapsOn(String before, String next) {
        if (next.isEmpty() || before.isEmpty() || isCaveat(next)) return false;
        char last = before.charAt(before.length() - 1);
        if (".!?:".indexOf(last) >= 0) return false;
        return Character.isLowerCase(next.charAt(0)) || last == ',' || RuleContext.cutOff(before) || endsOpen(before);
    }

    /** The line stops where no sentence ends: after a comma or on a word such as "with", "the", "or". */
    static boolean stopsMidPhrase(String line) {
        String t = line.strip();
        return !t.isEmpty() && (t.endsWith(",") || RuleContext.cutOff(t) || endsOpen(t));
    }

    /** The line stops on a word no sentence ends with ("... that holds a", "... together with"). */
    static boolean endsOpen(String line) {
        String[] words = line.strip().split("\\s+");
        String lastWord = words[words.length - 1].toLowerCase(Locale.ROOT);
        return words.length >= 2 && WORD.matcher(lastWord).matches() && Holder.OPEN_ENDS.contains(lastWord);
    }

    /**
     * "will cause a short outage", "Warning: drops the cache": the line warns what running the command
     * causes; it does not say what the command does. What a command prints ("will show 2 pods") is an
     * expected result, no caveat.
     */
    static boolean isCaveat(String line) {
        String l = Inline.plain(line).strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty() || CommandRules.statesExpectedResult(l)) return false;
        for (String opener : Holder.CAVEAT_OPENERS) {
            if (l.startsWith(opener) && (l.length() == opener.length() || !Character.isLetterOrDigit(l.charAt(opener.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Get commands with basic output", "Useful examples": the comment names the commands it heads (a
     * plural such as "commands" as its first or second word), so it labels them and is no question.
     */
    static boolean labelsGroup(String comment) {
        String[] words = Inline.plain(comment).strip().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < Math.min(2, words.length); i++) {
            if (Holder.CONTENT_NOUNS.contains(words[i].replaceAll("[^a-z-]", ""))) return true;
        }
        return false;
    }

    /** A caveat as a sentence for the answer side: "will cause an outage" reads "It will cause an outage." */
    static String caveatSentence(String caveat) {
        String c = Inline.plain(caveat).strip();
        if (c.isEmpty()) return "";
        String first = c.split("\\s+", 2)[0];
        if (Character.isLowerCase(first.charAt(0)) && Set.of("will", "would", "may", "might", "could").contains(first)) c = "It " + c;
        c = Inline.capitalise(c);
        char last = c.charAt(c.length() - 1);
        return ".!?".indexOf(last) >= 0 ? c : c + ".";
    }
}
