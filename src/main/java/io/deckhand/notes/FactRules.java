package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Definitions (Term - definition, **Term**: definition, a heading and its defining line) and lists. */
final class FactRules {
    private static final Pattern DASH_DEF = Pattern.compile("^(\\*\\*)?([^:*]{1,60}?)(\\*\\*)?\\s+[-–—]\\s+(.+)$");
    private static final Pattern DEFINING_START = Pattern.compile(
            "(?i)(a|an|the|usually|almost|essentially|basically|collection of|set of|group of|kind of|type of"
                    + "|this is|it is|one of|used (to|for)|way to|mechanism|component|tool|object)\\b");
    private static final Pattern NOT_A_TERM = Pattern.compile("(?i)(to|if|when|for|in|on|with|why|how|what|older)\\b");
    private static final Pattern BOLD_DEF = Pattern.compile("^\\*\\*([^*]{1,60})\\*\\*\\s*[:\\-–—]\\s*(.+)$");
    private static final int MAX_LIST_ITEMS = 12;
    private static final Pattern FLAG = Pattern.compile("\\s--?[A-Za-z]");
    private static final int MAX_ITEM_CHARS = 70;

    private FactRules() {
    }

    static void apply(RuleContext cx) {
        for (int k = 0; k < cx.size(); k++) {
            if (!cx.free(k)) continue;
            Block b = cx.at(k);
            if (b instanceof Block.Heading h) {
                headingDefinition(cx, k, h);
            } else if (b instanceof Block.Prose p) {
                String[] def = definition(p.text());
                if (def != null) {
                    cx.claim(k);
                    define(cx, k, k, def[0], def[1], cx.path(k));
                }
            } else if (b instanceof Block.ItemList l) {
                list(cx, k, l);
            }
        }
    }

    /** {term, definition} or null. */
    static String[] definition(String text) {
        String t = text.strip();
        Matcher m = BOLD_DEF.matcher(t);
        String term;
        String def;
        if (m.matches()) {
            term = m.group(1);
            def = m.group(2);
        } else {
            m = DASH_DEF.matcher(t);
            if (!m.matches()) return null;
            term = m.group(2);
            def = m.group(4);
        }
        term = Inline.plain(term).strip();
        def = def.strip();
        if (term.isEmpty() || Inline.words(term) > 6 || Inline.words(def) < 2) return null;
        String lt = term.toLowerCase(Locale.ROOT);
        if (lt.startsWith("example") || lt.startsWith("note") || lt.startsWith("ref")) return null;
        if (PlainLines.isImperative(PlainLines.firstToken(term)) && Inline.words(term) > 1) return null;
        if (def.startsWith("http") || text.endsWith("?") || term.endsWith(",")) return null;
        if (!Character.isLetterOrDigit(term.charAt(0)) || !Character.isLetterOrDigit(def.charAt(0))) return null;
        if (!looksLikeTerm(term) || startsWithShortImperative(def)) return null;
        return new String[] {term, def};
    }

    /** A name, not a phrase: capitalised (or one word), no sentence inside, not a step ("To create ..."). */
    static boolean looksLikeTerm(String term) {
        if (term.endsWith("!") || term.endsWith("?") || term.contains(",") || NOT_A_TERM.matcher(term).lookingAt()) {
            return false;
        }
        boolean oneWord = Inline.words(term) == 1;
        if (!oneWord && !Character.isUpperCase(term.charAt(0)) && !Character.isDigit(term.charAt(0))) return false;
        return oneWord || !PlainLines.isImperative(PlainLines.firstToken(term));
    }

    /** "Check coredns pods", "Verify api versions": a step, not a definition. */
    private static boolean startsWithShortImperative(String def) {
        return PlainLines.isImperative(PlainLines.firstToken(def)) && Inline.words(def) < 5;
    }

    /** Says what the heading is: "Adds ...", "A ... that ...", "Usually ...", "Volumes can be ...". */
    private static boolean isDefining(String term, String text) {
        if (startsWithShortImperative(text) || text.contains("!") || FLAG.matcher(text).find()) return false;
        String w0 = PlainLines.firstToken(text);
        if (PlainLines.isDescribingVerb(w0) || DEFINING_START.matcher(text).lookingAt()) return true;
        if (PlainLines.isImperative(w0)) return true;
        String lt = text.toLowerCase(Locale.ROOT);
        String t = term.toLowerCase(Locale.ROOT);
        return lt.startsWith(t + " is ") || lt.startsWith(t + " are ") || lt.startsWith(t + " can ")
                || lt.startsWith(t + " allow") || lt.startsWith(t + " provide");
    }

    /** The first sentences, up to about 300 characters. */
    static String firstSentences(String text) {
        if (text.length() <= 300) return text;
        List<String> parts = CardSink.split(text);
        String first = parts.get(0);
        return first.length() <= 450 ? first : text;
    }

    private static void define(RuleContext cx, int from, int to, String term, String def, List<String> context) {
        String answer = Inline.capitalise(Inline.readable(firstSentences(def)));
        cx.card(CardKind.DEFINITION, question(term, def), answer, from, to, context);
    }

    /** "What does **X** do?" when the definition says what it does ("Adds ...", "Print the logs ..."). */
    static String question(String term, String def) {
        String w0 = PlainLines.firstToken(def);
        boolean doing = PlainLines.isDescribingVerb(w0) && !w0.equalsIgnoreCase("is") && !w0.equalsIgnoreCase("are")
                || PlainLines.isImperative(w0);
        if (!doing) return whatIs(term);
        String t = Inline.plain(term);
        return (isPlural(t) ? "What do **" : "What does **") + t + "** do?";
    }

    private static boolean isPlural(String t) {
        return t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && t.length() > 3
                && Character.isLowerCase(t.charAt(t.length() - 2));
    }

    static String whatIs(String term) {
        String t = Inline.plain(term);
        boolean plural = t.endsWith("s") && !t.endsWith("ss") && !t.endsWith("us") && t.length() > 3
                && Character.isLowerCase(t.charAt(t.length() - 2));
        return (plural ? "What are **" : "What is **") + t + "**?";
    }

    /** A topic heading followed by the sentence that says what it is. */
    private static void headingDefinition(RuleContext cx, int k, Block.Heading h) {
        if (!(cx.at(k + 1) instanceof Block.Prose p) || !cx.free(k + 1)) return;
        String term = Inline.plain(h.text());
        String lt = term.toLowerCase(Locale.ROOT);
        if (Inline.words(term) > 4 || lt.contains("example") || !looksLikeTerm(term)) return;
        String text = p.text();
        if (text.startsWith("http") || text.startsWith("![[") || text.startsWith("I ") || text.endsWith("?")
                || text.endsWith(":") || text.endsWith(" -") || Inline.words(text) < 2 || !isDefining(term, text)) {
            return;
        }
        if (definition(text) != null) return;
        cx.claim(k + 1);
        define(cx, k, k + 1, term, text, cx.parentPath(k));
    }

    private static void list(RuleContext cx, int k, Block.ItemList l) {
        List<String> context = new ArrayList<>(cx.path(k));
        String intro = null;
        if (cx.at(k - 1) instanceof Block.Prose p && (p.text().endsWith("-") || p.text().endsWith(":")
                || p.text().toLowerCase(Locale.ROOT).contains("following") || Inline.words(p.text()) <= 8)) {
            List<String> sentences = CardSink.split(Inline.readable(p.text()).replaceAll("\\. ", ".\n\n"));
            intro = Inline.withoutLeadIn(sentences.get(sentences.size() - 1));
            if (intro.startsWith("http") || intro.isEmpty()) intro = null;
        }
        List<String> terms = new ArrayList<>();
        boolean allDefined = true;
        for (Block.Item item : l.items()) {
            String[] def = definition(item.text());
            if (def == null) {
                allDefined = false;
                terms.add(Inline.readable(item.text()));
            } else {
                terms.add(def[0]);
            }
        }
        cx.claim(k);
        List<String> itemContext = new ArrayList<>(context);
        if (intro != null) itemContext.add(intro);
        for (Block.Item item : l.items()) {
            String[] def = definition(item.text());
            if (def != null) cx.card(CardKind.DEFINITION, question(def[0], def[1]),
                    Inline.capitalise(Inline.readable(def[1])), k, k, itemContext);
        }
        if (terms.size() < 2 || terms.size() > MAX_LIST_ITEMS) return;
        for (String t : terms) if (t.length() > MAX_ITEM_CHARS || t.isBlank()) return;
        String heading = context.isEmpty() ? null : context.get(context.size() - 1);
        if (intro == null && (heading == null || heading.endsWith("?"))) return;
        StringBuilder back = new StringBuilder();
        for (String t : terms) back.append(l.ordered() ? "1. " : "- ").append(t).append('\n');
        String n = terms.size() == 2 ? "both" : "all " + terms.size();
        String front = intro != null ? intro + " — " + (allDefined ? "name " : "list ") + n + "."
                : "Name the " + terms.size() + " items under **" + heading + "**.";
        List<String> listContext = intro != null ? context : context.subList(0, Math.max(0, context.size() - 1));
        cx.card(CardKind.LIST, front, back.toString(), k, k, listContext);
    }
}
