package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.Locale;

/**
 * A command with the line that explains it becomes two cards: "What does `cmd` do?" and "Which
 * command ...?". The explanation is a shell comment, the lowercase line right after (the notes'
 * habit: command, then "shows ..."), or the lead-in line right before ("Rollback a failed deployment").
 */
final class CommandRules {
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("^\\w+:.*");

    private CommandRules() {
    }

    static void apply(RuleContext cx) {
        for (int k = 0; k < cx.size(); k++) {
            if (!cx.free(k) || !(cx.at(k) instanceof Block.Code c) || !c.lang().equals("shell")) continue;
            if (c.text().contains("\n") || c.text().length() > 160) continue;
            String explanation = c.comment();
            int used = -1;
            if (explanation.isBlank() && run(cx, k)) continue;
            if (explanation.isBlank()) {
                used = explanationIndex(cx, k);
                if (used < 0) continue;
                explanation = textOf(cx.at(used));
            }
            explanation = Inline.readable(Inline.withoutFinalStop(Inline.withoutLeadIn(firstSentence(explanation))));
            if (!usable(explanation)) continue;
            cx.claim(k);
            if (used >= 0) cx.claim(used);
            String cmd = Markdown.code(c.text());
            int from = used >= 0 ? Math.min(used, k) : k;
            int to = used >= 0 ? Math.max(used, k) : k;
            cx.card(CardKind.COMMAND, "What does " + cmd + " do?", Inline.capitalise(explanation) + ".", from, to,
                    cx.path(k));
            if (saysWhatItDoes(explanation)) {
                cx.card(CardKind.COMMAND, "Which command: " + lowerFirst(explanation) + "?", cmd, from, to, cx.path(k));
            }
        }
    }

    /**
     * A lead-in line over several commands in a row ("Find namespace scoped APIs or cluster wide APIs"
     * then two commands) is one card with all of them as the answer.
     */
    private static boolean run(RuleContext cx, int k) {
        if (!(cx.free(k - 1) && cx.at(k - 1) instanceof Block.Prose p && leadsIn(p.text()))) return false;
        if (startsLower(cx.at(k + 1))) return false;
        int end = k;
        while (cx.free(end + 1) && cx.at(end + 1) instanceof Block.Code n && n.lang().equals("shell")
                && n.comment().isBlank() && !n.text().contains("\n") && !startsLower(cx.at(end + 2))) {
            end++;
        }
        if (end == k) return false;
        String lead = Inline.readable(Inline.withoutFinalStop(Inline.withoutLeadIn(firstSentence(p.text()))));
        if (!usable(lead)) return false;
        StringBuilder code = new StringBuilder();
        for (int j = k; j <= end; j++) {
            code.append(((Block.Code) cx.at(j)).text()).append('\n');
            cx.claim(j);
        }
        cx.claim(k - 1);
        cx.card(CardKind.COMMAND, "Which commands: " + lowerFirst(lead) + "?", Markdown.fence("shell", code.toString()),
                k - 1, end, cx.path(k));
        return true;
    }

    private static int explanationIndex(RuleContext cx, int k) {
        Block after = cx.at(k + 1);
        if (cx.free(k + 1) && startsLower(after)) return k + 1;
        // "kubectl drain" then "- Prepare node for maintenance ...": a dash line under a command explains it.
        if (cx.free(k + 1) && after instanceof Block.ItemList l && l.items().size() == 1) return k + 1;
        Block before = cx.at(k - 1);
        if (cx.free(k - 1) && before instanceof Block.Prose p && leadsIn(p.text())) return k - 1;
        // A capitalised line after, when it is not the lead-in of the next command.
        boolean inRun = cx.at(k - 1) instanceof Block.Code prev && prev.lang().equals("shell");
        if (!inRun && cx.free(k + 1) && after instanceof Block.Prose p && !(cx.at(k + 2) instanceof Block.Code)
                && PlainLines.isTitleCase(p.text()) == false && Inline.words(p.text()) <= 12
                && !p.text().endsWith("?")) {
            return k + 1;
        }
        return -1;
    }

    private static boolean startsLower(Block b) {
        String t = textOf(b);
        return t != null && !t.isEmpty() && Character.isLowerCase(t.charAt(0))
                && (b instanceof Block.Prose || b instanceof Block.ItemList l && l.items().size() == 1);
    }

    /** The line before a command says what it does: an imperative or a lead-in ending in "use"/"-"/":". */
    private static boolean leadsIn(String t) {
        String l = t.toLowerCase(Locale.ROOT).strip();
        if (l.startsWith("note") || l.startsWith("ps:") || l.endsWith("?") || l.contains("following")) return false;
        if (l.endsWith(" use") || l.endsWith(", use") || l.endsWith(" -") || l.endsWith(":")) return true;
        return PlainLines.isImperative(PlainLines.firstToken(l));
    }

    private static String textOf(Block b) {
        if (b instanceof Block.Prose p) return p.text();
        if (b instanceof Block.ItemList l && l.items().size() == 1) return l.items().get(0).text();
        return null;
    }

    private static boolean usable(String e) {
        String l = e.toLowerCase(Locale.ROOT);
        if (Inline.words(e) < 4 || e.length() > 300 || l.startsWith("example") || l.startsWith("i ")) return false;
        if (l.startsWith("or ") || l.startsWith("or,") || l.startsWith("and ") || l.startsWith("but ")) return false;
        if (l.contains(" i ") || l.contains("?") || l.contains(" --") || LABEL.matcher(e).matches()) return false;
        int numbers = 0;
        for (String tok : PlainLines.words(e)) if (tok.chars().anyMatch(Character::isDigit)) numbers++;
        return numbers <= 2;
    }

    /** Starts with what the command does ("shows ...", "to delete ...", "Rollback ..."), so it can be asked back. */
    private static boolean saysWhatItDoes(String e) {
        String w0 = PlainLines.firstToken(e);
        return PlainLines.isImperative(w0) || PlainLines.isDescribingVerb(w0) || w0.equalsIgnoreCase("to")
                || w0.matches("[a-z]+s") && Character.isLowerCase(e.charAt(0));
    }

    private static String firstSentence(String s) {
        int stop = s.indexOf(". ");
        return stop > 0 ? s.substring(0, stop + 1) : s;
    }

    private static String lowerFirst(String s) {
        if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))) {
            return Character.toLowerCase(s.charAt(0)) + s.substring(1);
        }
        return s;
    }
}
