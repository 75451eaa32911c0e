package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A section whose heading is an action ("Draining a node", "Create one from a file") and whose body is
 * the commands that do it: "How do you drain a node?" with the commands, in order. The section must be
 * that short procedure and no more: a lead-in line may open it, checks may follow it, but a further
 * step after it means the commands alone do not answer the heading. When the commands' own comments
 * or lead-in already say all the heading says, the command cards ("Which command ...?") ask it better
 * and the section is left to them: one card per fact, not two.
 */
final class HowToRules {
    /** Command lines a how-to answer may hold: a longer script is no fact to recall. */
    private static final int MAX_COMMANDS = 5;
    private static final int MAX_LEAD_IN_WORDS = 30;

    private HowToRules() {
    }

    /** Cards the action heading at k; true when it did (its section's blocks are claimed). */
    static boolean apply(RuleContext cx, int k, Block.Heading h) {
        // At a note's top level the note's title is what the action is about ("Check the installed version" in
        // a note on a tool): the card names it as other cards name their topic, else the question has no subject.
        List<String> parent = cx.parentPath(k).isEmpty() && !cx.title().isEmpty() ? List.of(cx.title()) : cx.parentPath(k);
        String action = ActionHeading.instruction(h.text(), parent.isEmpty() ? null : parent.get(parent.size() - 1));
        // In an exercise's solution a heading is a step of that exercise, working on what the steps before made.
        // "Confirm that the pods started" only checks what a step before did: no how-to of its own.
        if (action == null || TaskRules.inExercise(cx.path(k)) || TaskRules.isVerification(action)) return false;
        int j = k + 1;
        int leadIn = -1;
        // An explanation of the thing ("Helm is the package manager ...") may come first; it is left to other rules.
        if (cx.free(j) && cx.at(j) instanceof Block.Prose p && !leadsIn(p.text()) && !commentOver(cx, j)
                && CommandRules.statesAFact(Sentences.of(p.text().strip()).get(0))) {
            j++;
        }
        int explained = j;
        if (cx.free(j) && cx.at(j) instanceof Block.Prose p && (leadsIn(p.text()) || commentOver(cx, j))) leadIn = j++;
        int from = j;
        int commands = 0;
        while (cx.free(j) && cx.at(j) instanceof Block.Code c && c.lang().equals("shell")) {
            commands += c.text().split("\n").length;
            j++;
        }
        int to = j - 1;
        if (to < from || commands > MAX_COMMANDS || goesOn(cx, j, h.level())) return false;
        // Each step with a comment of its own is a command card already ("Which command do you use to ...?").
        boolean allDescribed = to > from;
        for (int i = from; i <= to && allDescribed; i++) allDescribed = !((Block.Code) cx.at(i)).comment().isBlank();
        if (allDescribed) return false;
        StringBuilder said = new StringBuilder(leadIn >= 0 ? cx.prose(leadIn) : "");
        for (int i = from; i <= to; i++) said.append(' ').append(((Block.Code) cx.at(i)).comment());
        if (!saysMore(action, said.toString())) return false;
        StringBuilder code = new StringBuilder();
        for (int i = from; i <= to; i++) {
            Block.Code c = (Block.Code) cx.at(i);
            // A step's own comment stays over it: the procedure reads as the notes wrote it.
            if (!c.comment().isBlank()) code.append("# ").append(c.comment().strip()).append('\n');
            code.append(c.text()).append('\n');
        }
        if (leadIn >= 0 && commentOver(cx, leadIn)) code.insert(0, "# " + ((Block.Prose) cx.at(leadIn)).text().strip() + "\n");
        String answer = Markdown.fence("shell", code.toString());
        if (leadIn >= 0 && !commentOver(cx, leadIn)) answer = Inline.capitalise(Inline.readable(cx.prose(leadIn)).strip()) + "\n\n" + answer;
        cx.claim(k);
        for (int i = explained; i <= to; i++) cx.claim(i);
        cx.card(CardKind.COMMAND, "How do you " + ordinaryWordsLowered(cx, h.text(), action) + "?", answer, k, to, parent);
        return true;
    }

    /**
     * A Title Case heading capitalises every word: "Verify Node Registration" asks "verify node registration",
     * keeping the words the notes write as names ("Pod", "HAProxy", "CoreDNS").
     */
    private static String ordinaryWordsLowered(RuleContext cx, String heading, String action) {
        if (!PlainLines.isTitleCase(Inline.plain(heading).strip())) return action;
        StringBuilder out = new StringBuilder();
        for (String w : action.split(" ")) {
            if (out.length() > 0) out.append(' ');
            // "That", "Won't": a function word or a negated verb is never a name.
            String lower = w.toLowerCase(Locale.ROOT);
            boolean functionWord = Vocabulary.isFunctionWord(lower) || lower.matches("[a-z]+n['’]t");
            out.append(functionWord || Names.isLoneOrdinaryWord(w) && !w.equals(w.toUpperCase(Locale.ROOT)) && !cx.isName(w)
                    ? lower : w);
        }
        return out.toString();
    }

    /**
     * A shell comment over several commands that the reading made a line of its own ("# Cancel the
     * update" over two commands): one line, the commands on the line right under it.
     */
    private static boolean commentOver(RuleContext cx, int j) {
        return cx.at(j) instanceof Block.Prose p && p.first() == p.last() && cx.at(j + 1) instanceof Block.Code c
                && c.lang().equals("shell") && c.first() == p.last() + 1 && !p.text().strip().endsWith(":");
    }

    /** "Download and install the binary:": a short line that announces the commands under it. */
    private static boolean leadsIn(String text) {
        String t = Inline.plain(text).strip();
        return t.endsWith(":") && Inline.words(t) <= MAX_LEAD_IN_WORDS && !t.contains("\n");
    }

    /**
     * Whether the section goes on with a further step after the commands: more commands or a manifest,
     * other than ones a check ("Verify it is running:") leads in to, before the next heading.
     */
    private static boolean goesOn(RuleContext cx, int j, int level) {
        String before = "";
        for (int i = j; i < cx.size(); i++) {
            Block b = cx.at(i);
            // A subsection goes on with the action; a heading of the same level or above starts another.
            if (b instanceof Block.Heading sub) return sub.level() > level && level > 0;
            if (b instanceof Block.Prose p) {
                before = p.text();
            } else if (b instanceof Block.Code c && (c.lang().equals("shell") || c.lang().equals("yaml"))) {
                if (!checks(before)) return true;
            } else if (b instanceof Block.ItemList l && l.ordered()) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.regex.Pattern FRAME = java.util.regex.Pattern.compile(
            "(?i)^(?:(?:you|we)\\s+(?:can|could|may|might|should)\\s+(?:also\\s+)?|optionally,?\\s+|to\\s+)");

    /** "Verify it is running:", "You can also test it:", "To confirm the name resolves:": a look at what was done. */
    private static boolean checks(String line) {
        String t = Inline.withoutFinalStop(Inline.plain(line).strip().replaceAll(":$", ""));
        if (TaskRules.isVerification(t)) return true;
        t = FRAME.matcher(t).replaceFirst("");
        return Vocabulary.isCheckVerb(PlainLines.firstToken(t));
    }

    /**
     * Whether the heading tells more than what the notes say of the commands: a word of the action
     * (past its verb) that the lead-in and comments do not have. "Rolling back a deployment" over
     * "# undo the last rollout" says what is rolled back; over "# roll back a deployment" it says nothing more.
     */
    static boolean saysMore(String action, String said) {
        Set<String> told = words(said);
        String[] w = action.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 1; i < w.length; i++) {
            String word = w[i].replaceAll("[^a-z0-9-]", "");
            if (word.length() < 3 || Vocabulary.isDeterminer(word)) continue;
            if (!told.contains(stem(word))) return true;
        }
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z0-9-]+")) if (!w.isEmpty()) out.add(stem(w));
        return out;
    }

    private static String stem(String w) {
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
}
