package io.deckhand.notes.gate;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Pieces of a practice task that are no card alone. A task is its statement, the rules it sets on its
 * solution ("Do not delete the quota"), a solution and a check: a rule asked or answered without the
 * task it limits teaches nothing; a part's heading ("Task 3 - Storage") is a title, not an answer; and
 * what a lab's setup created is the lab's trivia, not the exam's. Each check gives the reason, or null.
 */
public final class TaskFragments {
    private static final Pattern ITEM_MARK = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]*`");
    private static final Pattern COMMAND_ASKED = Pattern.compile("(?i)\\b(?:commands?|how)\\b");
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]*");

    /** "Do not ...", "Never ...": how a rule a task sets on its solution opens (constraint-openers.txt). */
    private static final List<String> OPENERS = GateConfig.linesOf("constraint-openers.txt").stream()
            .map(s -> s.toLowerCase(Locale.ROOT)).toList();
    /** "Keep the labels unchanged", "Leave the taints in place": keeping something as it is (constraint-keeps.txt). */
    private static final Pattern KEEPS = Pattern.compile("(?i)^(?:keep|leave|retain|preserve)\\b.*\\b(?:"
            + GateConfig.linesOf("constraint-keeps.txt").stream().map(Pattern::quote).collect(Collectors.joining("|"))
            + ")\\b(?:[.;,].*)?$");
    private final Pattern heading;
    private final Set<String> setupNouns = GateConfig.wordsOf("gate-setup-nouns.txt");
    private final Set<String> setupVerbs = GateConfig.wordsOf("gate-setup-verbs.txt");

    TaskFragments() {
        String parts = GateConfig.wordsOf("gate-numbered-parts.txt").stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // "Task 3 - SECTION: Storage", "Question 2: Pods": a part's number then its title.
        heading = Pattern.compile("(?i)^(?:" + parts + "|q)\\s*#?\\d{1,3}[a-z]?\\s*[-\u2013\u2014:.|)]\\s*\\S.*");
    }

    /**
     * Whether a line is a rule a task sets on its solution: a prohibition, or keeping something as it is.
     * The one definition: the rules (`TaskRules`, which keep such a line on its task's statement) ask it too.
     */
    public static boolean isConstraint(String line) {
        String t = ITEM_MARK.matcher(CardText.plain(line).strip()).replaceFirst("").strip();
        String lower = t.toLowerCase(Locale.ROOT);
        for (String o : OPENERS) {
            if (lower.startsWith(o + " ")) return true;
        }
        return KEEPS.matcher(t).matches();
    }

    /** A front that is only a task's rule ("Do not rename resources."): it has no task to solve. */
    String constraintFront(String question) {
        String q = question.strip();
        if (q.endsWith("?") || q.contains("\n") || !isConstraint(q)) return null;
        return "The front is only a rule of a task (\u201c" + CardText.shortened(CardText.plain(q), 40)
                + "\u201d), not the task it limits.";
    }

    /**
     * An answer that is a list of a task's rules (its "Constraints:" list), opened by one and at least half
     * of them: "Each container must stay within 100m" beside "Do not delete the quota" is one too.
     */
    String constraintBack(String back) {
        List<String> items = back.strip().lines().filter(l -> ITEM_MARK.matcher(l).find()).toList();
        if (items.isEmpty() || !isConstraint(items.get(0))) return null;
        long rules = items.stream().filter(TaskFragments::isConstraint).count();
        return 2 * rules >= items.size() ? "The answer is only the rules a task sets, which mean nothing without the task." : null;
    }

    /** An answer that is one heading line ("Task 3 - SECTION: Storage", "## Setup"): a title, no fact. */
    String headingBack(String back) {
        String b = back.strip();
        if (b.isEmpty() || b.contains("\n")) return null;
        String plain = CardText.plain(b).strip();
        boolean heading = b.startsWith("#") && b.matches("#{1,6}\\s+\\S.*")
                || this.heading.matcher(plain).matches() && !plain.endsWith(".");
        return heading ? "The answer is only a heading (\u201c" + CardText.shortened(plain, 40) + "\u201d), not a fact." : null;
    }

    /** "What does the setup script create?", "Which pods did the lab create?": lab trivia. */
    String setupFault(String question) {
        String q = question.strip();
        // "Which command creates the lab's namespace?" asks a command: the lab only places it.
        if (!q.endsWith("?") || COMMAND_ASKED.matcher(q).find()) return null;
        // Names in code ("`create-cluster.sh`") are no words of the question.
        String words = CODE_SPAN.matcher(q).replaceAll(" ").toLowerCase(Locale.ROOT);
        boolean noun = false;
        boolean verb = false;
        var m = WORD.matcher(words);
        while (m.find()) {
            noun |= setupNouns.contains(m.group());
            verb |= setupVerbs.contains(m.group());
        }
        return noun && verb ? "It asks what a lab's setup made, which is the lab's own detail, not the exam's." : null;
    }
}
