package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lists: a card to name the items (or recall the statements, or the steps in order) and a definition
 * for each item that defines its term.
 */
final class ListRules {
    private static final int MAX_LIST_ITEMS = 12;
    private static final int MAX_ITEM_CHARS = 70;

    private ListRules() {
    }

    /**
     * "Reclaim policies:" over lines "Retain - keep the volume ..." (a list whose markers were lost, or
     * never written): the lines are a list introduced by the line, with a definition for each.
     */
    static boolean definitionRun(RuleContext cx, int k, String text) {
        if (!(text.endsWith(":") || text.endsWith(" -")) || Inline.words(text) > 10) return false;
        List<Block.Item> items = new ArrayList<>();
        int end = k;
        while (cx.free(end + 1) && cx.at(end + 1) instanceof Block.Prose p && FactRules.definition(p.text()) != null) {
            end++;
            items.add(new Block.Item(p.text(), p.first(), p.last()));
        }
        if (items.size() < 2) return false;
        cx.claim(k);
        list(cx, k + 1, end, k, new Block.ItemList(items, false, items.get(0).first(), items.get(items.size() - 1).last()));
        return true;
    }

    private static final Pattern IS_DEF = Pattern.compile(
            "^(`[^`]{1,40}`|\\*\\*[^*]{1,40}\\*\\*|[A-Za-z][\\w\\-./]*(?:\\s[A-Za-z][\\w\\-./]*){0,2})\\s+(is|are)\\s+"
                    + "((?:a|an|the|what|one|where|how)\\s.+)$");
    private static final Pattern COLON_DEF = Pattern.compile("^(`[^`]{1,60}`|[A-Za-z][\\w\\-.]{2,60})\\s*:\\s+(.+)$");
    private static final Pattern SAME_AS_BEFORE = Pattern.compile("(?i)^(the same|same|same as above|likewise)\\b[,;]?\\s*(.*)$");
    private static final int MAX_STATEMENT_CHARS = 300;
    /** "a piece of storage ...", "the smallest unit ...", "used to ...": a point that says what its heading is. */
    private static final Pattern DESCRIBING_POINT = Pattern.compile("(a|an|the|one|used (to|for)|way to|set of|kind of)\\s");

    /**
     * A list item that defines its term: the usual forms, and in lists also "`port` is the port ..."
     * and "requiredDuringScheduling...: a hard rule" (one token or code before the colon).
     */
    static String[] itemDefinition(String text) {
        String[] def = FactRules.definition(text);
        if (def != null) return def;
        String t = text.strip();
        Matcher m = IS_DEF.matcher(t);
        if (m.matches()) {
            String term = Inline.plain(m.group(1)).strip();
            if (!FactRules.NOT_A_TERM.matcher(term).lookingAt() && !term.equalsIgnoreCase("it") && !term.equalsIgnoreCase("this")
                    && !term.equalsIgnoreCase("there")) {
                return new String[] {term, Inline.capitalise(m.group(3))};
            }
        }
        m = COLON_DEF.matcher(t);
        if (m.matches() && Inline.words(m.group(2)) >= 3 && !PlainLines.isDataLine(t.replace("`", ""))
                || m.matches() && m.group(1).startsWith("`") && Inline.words(m.group(2)) >= 2) {
            String term = Inline.plain(m.group(1)).strip();
            if (!FactRules.NOT_A_TERM.matcher(term).lookingAt() && !PlainLines.isImperative(term)) {
                return new String[] {term, m.group(2).strip()};
            }
        }
        return null;
    }

    static void list(RuleContext cx, int k, Block.ItemList l) {
        list(cx, k, k, k - 1, l);
    }

    /** A list made of blocks {@code from..to}, maybe introduced by the prose block at {@code introAt}. */
    private static void list(RuleContext cx, int from, int to, int introAt, Block.ItemList l) {
        int k = from;
        List<String> context = new ArrayList<>(cx.path(k));
        String intro = null;
        if (cx.at(introAt) instanceof Block.Prose p && (p.text().endsWith("-") || p.text().endsWith(":")
                || p.text().toLowerCase(Locale.ROOT).contains("following") || Inline.words(p.text()) <= 8)) {
            List<String> sentences = Sentences.of(Inline.readable(p.text()));
            intro = sentences.isEmpty() ? "" : Inline.withoutLeadIn(sentences.get(sentences.size() - 1));
            if (intro.startsWith("http") || intro.isEmpty()) intro = null;
        }
        List<String[]> defs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        boolean allDefined = true;
        for (Block.Item item : l.items()) {
            String[] def = itemDefinition(item.text());
            defs.add(def);
            if (def == null) {
                allDefined = false;
                names.add(shortName(Inline.readable(item.text())));
            } else {
                names.add(def[0]);
            }
        }
        for (int j = from; j <= to; j++) cx.claim(j);
        List<String> itemContext = new ArrayList<>(context);
        if (intro != null) itemContext.add(intro);
        String previous = null;
        for (String[] def : defs) {
            if (def != null) {
                String answer = def[1];
                Matcher same = SAME_AS_BEFORE.matcher(answer);
                // "ClusterRole - the same, but cluster-wide": say what it is the same as.
                if (same.matches() && previous != null) answer = "Like **" + previous + "**, " + same.group(2);
                else if (same.matches()) answer = null;
                if (answer != null) {
                    cx.card(CardKind.DEFINITION, FactRules.question(def[0], def[1]),
                            Inline.capitalise(Inline.readable(answer)), from, to, itemContext);
                }
                previous = def[0];
            }
        }
        if (names.size() < 2 || names.size() > MAX_LIST_ITEMS) return;
        String heading = context.isEmpty() ? null : context.get(context.size() - 1);
        if (intro == null && (heading == null || heading.endsWith("?"))) return;
        List<String> listContext = intro != null ? context : context.subList(0, Math.max(0, context.size() - 1));
        boolean named = names.stream().allMatch(t -> t.length() <= MAX_ITEM_CHARS && !t.isBlank());
        // Points that open by saying what the heading is ("a piece of storage ...") describe it.
        String first = l.items().get(0).text();
        boolean describes = intro == null && !FactRules.isPlural(heading) && FactRules.looksLikeTerm(heading)
                && Inline.words(heading) <= 4 && !PlainLines.isImperative(PlainLines.firstToken(first))
                && DESCRIBING_POINT.matcher(first).lookingAt();
        if (describes) named = false;
        if (steps(l) && allImperative(l)) {
            // "Install a container runtime ..." / "Install kube tools ...": things to do, not names.
            String how = l.ordered() ? ", in order?" : "?";
            statements(cx, from, to, l, intro != null ? intro + " — what are the " + l.items().size() + " steps" + how
                    : "What are the " + l.items().size() + " steps for **" + heading + "**" + how, listContext);
        } else if (named) {
            StringBuilder back = new StringBuilder();
            for (String t : names) back.append(l.ordered() ? "1. " : "- ").append(t).append('\n');
            String n = names.size() == 2 ? "both" : "all " + names.size();
            String front = intro != null ? intro + " — " + (allDefined ? "name " : "list ") + n + "."
                    : "Name the " + names.size() + " items under **" + heading + "**.";
            cx.card(CardKind.LIST, front, back.toString(), from, to, listContext);
        } else {
            // Statements ("Labels can be used to select objects, annotations cannot ..."): recall them all.
            statements(cx, from, to, l, intro != null ? intro + " — what are the " + l.items().size() + " points?"
                    : describes ? FactRules.whatIs(heading)
                    : "What are the " + l.items().size() + " points noted under **" + heading + "**?", listContext);
        }
    }

    /** An ordered list of mostly imperatives, or any list of nothing but imperatives. */
    private static boolean allImperative(Block.ItemList l) {
        if (l.ordered()) return true;
        for (Block.Item it : l.items()) {
            if (!PlainLines.isImperative(PlainLines.firstToken(Inline.plain(it.text())))) return false;
        }
        return true;
    }

    /** Most items start with an imperative: a procedure. */
    private static boolean steps(Block.ItemList l) {
        int imperative = 0;
        for (Block.Item it : l.items()) if (PlainLines.isImperative(PlainLines.firstToken(Inline.plain(it.text())))) imperative++;
        return imperative * 2 >= l.items().size();
    }

    /** The whole items as the answer, split between items into parts that are not a wall of text. */
    private static void statements(RuleContext cx, int from, int to, Block.ItemList l, String front, List<String> context) {
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = 1;
        for (Block.Item it : l.items()) {
            String text = Inline.readable(it.text());
            if (text.length() > MAX_STATEMENT_CHARS) return;
            String line = (l.ordered() ? (n++) + ". " : "- ") + text + "\n";
            if (cur.length() > 0 && cur.length() + line.length() > CardSink.MAX_BACK_CHARS) {
                parts.add(cur.toString());
                cur.setLength(0);
            }
            cur.append(line);
        }
        parts.add(cur.toString());
        for (int p = 0; p < parts.size(); p++) {
            String f = parts.size() == 1 ? front : front + " (" + (p + 1) + "/" + parts.size() + ")";
            cx.card(CardKind.LIST, f, parts.get(p), from, to, context);
        }
    }

    /** "Secret (always mounted as RO)" is named "Secret"; "Check the kubelet: `systemctl ...`" "Check the kubelet". */
    static String shortName(String item) {
        String t = item.strip();
        for (String sep : new String[] {" (", ": ", " - ", " – ", " — "}) {
            int at = t.indexOf(sep);
            if (at > 0 && Inline.words(t.substring(0, at)) <= 4 && at + sep.length() < t.length()) return t.substring(0, at).strip();
        }
        return t;
    }
}
