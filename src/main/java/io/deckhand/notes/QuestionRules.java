package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Questions the note asks and answers: Q:/A: pairs, {@code #ask} lines followed by an answer, a
 * question heading or line followed by its answer, and "X? answer" on one line.
 */
final class QuestionRules {
    private static final int MAX_ANSWER_BLOCKS = 3;
    private static final int MAX_ANSWER_CHARS = 240;

    private QuestionRules() {
    }

    static void apply(RuleContext cx) {
        for (int k = 0; k < cx.size(); k++) {
            if (!cx.free(k)) continue;
            Block b = cx.at(k);
            if (b instanceof Block.QuestionAnswer qa) {
                cx.claim(k);
                cx.card(CardKind.BASIC, Inline.readable(qa.question()), Inline.readable(qa.answer()), k, k, cx.path(k));
            } else if (b instanceof Block.Ask ask) {
                ask(cx, k, ask);
            } else if (b instanceof Block.Heading h && isQuestion(h.text())) {
                answeredBelow(cx, k, h.text());
            } else if (b instanceof Block.Heading h && HowToRules.apply(cx, k, h)) {
                continue;
            } else if (b instanceof Block.Prose p && isQuestion(p.text())) {
                answeredBelow(cx, k, p.text());
            } else if (b instanceof Block.Prose p) {
                inline(cx, k, p);
            } else if (b instanceof Block.ItemList l && !l.items().isEmpty()) {
                String lastItem = l.items().get(l.items().size() - 1).text();
                if (asksAsItem(lastItem) && answerAt(cx, k + 1)) answeredBelow(cx, k, lastItem);
            }
        }
    }

    /** A verb a note uses to say what a command does or what a task is ("roll back", "evict"). */
    static boolean isTaskVerb(String word) {
        return Vocabulary.isCommandVerb(word);
    }

    /**
     * A list's last item asks what the paragraph below answers only when it is a question: with a "?", or
     * opening with a wh-word ("How to drain a node"). "May require extra heat" is a point whose subject
     * was left out; the paragraph after the list is no answer to it.
     */
    private static boolean asksAsItem(String item) {
        String s = Inline.plain(NUMBERING.matcher(item.strip()).replaceFirst("")).strip();
        return PlainLines.isQuestionLike(item) && (s.endsWith("?") || WH_OPENER.matcher(s).lookingAt());
    }

    private static final java.util.regex.Pattern WH_OPENER = java.util.regex.Pattern.compile(
            "(?i)(?:what|why|how|when|where|which|who|whom|whose)\\b");

    static boolean isQuestion(String t) {
        String s = t.strip();
        return s.endsWith("?") && PlainLines.isQuestionLike(s) && Inline.words(s) >= 2;
    }

    private static void ask(RuleContext cx, int k, Block.Ask ask) {
        String q = Inline.capitalise(Inline.readable(ask.question()));
        // "Is there a response now?" checks what a step before did: no question of its own.
        if (!answerAt(cx, k + 1) || TaskRules.isVerification(q)) return;
        // "But why would you do this?" needs the line it refers to.
        if ((refersBack(q) || pointsBack(q)) && cx.at(k - 1) instanceof Block.Prose prev && prev.text().length() <= 300
                && !prev.text().startsWith("http")) {
            q = Inline.readable(prev.text()) + "\n\n" + q;
        }
        int end = collectAnswer(cx, k + 1);
        cx.claim(k);
        cx.card(CardKind.BASIC, q, answerText(cx, k + 1, end), k, end, cx.path(k));
    }

    private static void answeredBelow(RuleContext cx, int k, String question) {
        if (!answerAt(cx, k + 1)) return;
        String q = Inline.capitalise(Inline.readable(NUMBERING.matcher(question).replaceFirst("")));
        if (refersBack(q) || TaskRules.isVerification(q)) return;
        int end = collectAnswer(cx, k + 1);
        cx.claim(k);
        List<String> context = cx.at(k) instanceof Block.Heading ? cx.parentPath(k) : cx.path(k);
        cx.card(CardKind.BASIC, q, answerText(cx, k + 1, end), k, end, context);
    }

    /** "Port vs Target Port? target port is ...", or the question on its own line of the paragraph. */
    private static void inline(RuleContext cx, int k, Block.Prose p) {
        String t = p.text();
        int qm = t.indexOf("? ");
        int nl = t.indexOf("?\n");
        if (nl >= 0 && (qm < 0 || nl < qm)) qm = nl;
        if (qm < 0) return;
        String q = t.substring(0, qm + 1).strip();
        String a = t.substring(qm + 2).strip();
        if (!PlainLines.isQuestionLike(q) || Inline.words(q) < 3 || Inline.words(a) < 3 || refersBack(q)
                || TaskRules.isVerification(q)) {
            return;
        }
        cx.claim(k);
        cx.card(CardKind.BASIC, Inline.readable(q), Inline.capitalise(Inline.readable(a)), k, k, cx.path(k));
    }

    private static final java.util.regex.Pattern POINTS_BACK = java.util.regex.Pattern.compile(
            "(?i).*\\b(this|these|those)\\s+(?!is\\b|are\\b|was\\b|were\\b)[a-z][\\w-]*.*");

    /** "Why did the project choose this RESTful API approach?": the approach is in the line before. */
    private static boolean pointsBack(String q) {
        return POINTS_BACK.matcher(q).matches();
    }

    private static final java.util.regex.Pattern CONJUNCTION_START = java.util.regex.Pattern.compile("(but|and|so|then)\\b");
    private static final java.util.regex.Pattern PRONOUN_END = java.util.regex.Pattern.compile("\\b(this|that|it)\\?$");
    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile("^\\d{1,3}[.)]\\s*");

    private static boolean refersBack(String q) {
        String l = q.toLowerCase(Locale.ROOT);
        return CONJUNCTION_START.matcher(l).lookingAt() || PRONOUN_END.matcher(l).find()
                || Inline.words(q) < 3;
    }

    /** Whether block k can answer: prose that is not itself a question or an aside, or commands. */
    private static boolean answerAt(RuleContext cx, int k) {
        if (!cx.free(k)) return false;
        Block b = cx.at(k);
        if (b instanceof Block.Prose p) {
            String t = p.text();
            // An imperative line right before a command is that command's lead-in, not an answer.
            boolean leadIn = PlainLines.isImperative(PlainLines.firstToken(t)) && cx.at(k + 1) instanceof Block.Code;
            return !isQuestion(t) && !t.startsWith("I ") && !t.startsWith("http") && !t.startsWith("![[")
                    && Inline.words(t) >= 2 && !leadIn;
        }
        return b instanceof Block.ItemList || b instanceof Block.Code c && c.lang().equals("shell");
    }

    private static int collectAnswer(RuleContext cx, int from) {
        int end = from;
        boolean commands = cx.at(from) instanceof Block.Code;
        if (cx.at(from) instanceof Block.ItemList l) {
            // The points nested under its items (blocks of their own, inside its lines) are part of the answer.
            while (end + 1 < cx.size() && cx.free(end + 1) && inside(cx.at(end + 1), l)
                    && (cx.at(end + 1) instanceof Block.ItemList || cx.at(end + 1) instanceof Block.Heading)) {
                end++;
            }
            for (int j = from; j <= end; j++) cx.claim(j);
            return end;
        }
        int chars = cx.prose(from).length();
        while (end + 1 < cx.size() && end + 1 - from < (commands ? 6 : MAX_ANSWER_BLOCKS)) {
            Block n = cx.at(end + 1);
            // Further paragraphs only while the answer stays short: the rest is the note going on.
            if (!commands && (chars += cx.prose(end + 1).length()) > MAX_ANSWER_CHARS) break;
            boolean same = commands ? n instanceof Block.Code c && c.lang().equals("shell")
                    : n instanceof Block.Prose p && answerAt(cx, end + 1) && !p.text().endsWith(":")
                    && !p.text().endsWith(" -");
            if (!same || !cx.free(end + 1)) break;
            end++;
        }
        for (int j = from; j <= end; j++) cx.claim(j);
        return end;
    }

    private static boolean inside(Block b, Block.ItemList l) {
        return b.first() >= l.first() && b.last() <= l.last();
    }

    /** One point of an answer list, with how deep it is nested and the lines it spans. */
    private record Point(String text, int depth, boolean ordered, int first, int last) {
    }

    /** A list answer with the points nested under its items indented under them, as written. */
    private static String nestedList(RuleContext cx, int from, int to) {
        List<Point> points = new ArrayList<>();
        Block.ItemList top = (Block.ItemList) cx.at(from);
        for (Block.Item it : top.items()) points.add(new Point(it.text(), 0, top.ordered(), it.first(), it.last()));
        for (int j = from + 1; j <= to; j++) {
            if (!(cx.at(j) instanceof Block.ItemList sub)) continue;
            // Under the innermost point whose lines hold the sub-list, after the points already under it.
            int parent = -1;
            for (int i = 0; i < points.size(); i++) {
                Point p = points.get(i);
                if (p.first() < sub.first() && sub.first() <= p.last() && (parent < 0 || p.depth() > points.get(parent).depth())) parent = i;
            }
            if (parent < 0) continue;
            int at = parent + 1;
            while (at < points.size() && points.get(at).depth() > points.get(parent).depth()) at++;
            List<Point> added = new ArrayList<>();
            for (Block.Item it : sub.items()) added.add(new Point(it.text(), points.get(parent).depth() + 1, sub.ordered(), it.first(), it.last()));
            points.addAll(at, added);
        }
        StringBuilder sb = new StringBuilder();
        int[] numbers = new int[64];
        for (Point p : points) {
            int d = Math.min(p.depth(), numbers.length - 1);
            numbers[d]++;
            if (d + 1 < numbers.length) numbers[d + 1] = 0;
            if (sb.length() > 0) sb.append('\n');
            sb.append("  ".repeat(d)).append(p.ordered() ? numbers[d] + ". " : "- ").append(Inline.readable(p.text()));
        }
        return sb.toString();
    }

    private static String answerText(RuleContext cx, int from, int to) {
        if (cx.at(from) instanceof Block.ItemList && to > from) return nestedList(cx, from, to);
        StringBuilder sb = new StringBuilder();
        boolean commands = cx.at(from) instanceof Block.Code;
        if (commands) {
            StringBuilder code = new StringBuilder();
            for (int j = from; j <= to; j++) code.append(((Block.Code) cx.at(j)).text()).append('\n');
            return Markdown.fence("shell", code.toString());
        }
        for (int j = from; j <= to; j++) {
            if (sb.length() > 0) sb.append(cx.at(j) instanceof Block.Prose ? " " : "\n\n");
            sb.append(Inline.readable(cx.at(j) instanceof Block.Prose ? cx.prose(j) : Markdown.of(cx.at(j))));
        }
        return sb.toString();
    }
}
