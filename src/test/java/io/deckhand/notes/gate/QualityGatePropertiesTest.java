package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.notes.NoteParser;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * Over generated notes (headings, prose, lists, code, tables, explicit cards, with stray markup,
 * lead-ins and layout words mixed in): every card the gate passes is well-formed, checked here by
 * simpler rules of this test's own.
 */
class QualityGatePropertiesTest {
    private static final NoteParser PARSER = new NoteParser();
    private static final Pattern LAYOUT = Pattern.compile(
            "(?i)list all \\d|\\(\\d+/\\d+\\)|(noted|listed|mentioned) (under|above|below)|as follows|the \\d+ points");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");

    @Property(tries = 300)
    void everyCardThatPassesHasBalancedMarkupNoLayoutReferenceAndNoDanglingLeadIn(
            @ForAll("notes") String note, @ForAll boolean markdown) {
        List<CardDraft> cards = PARSER.parse(markdown ? "notes/n.md" : "notes/n.txt", note).drafts();
        for (CardDraft c : cards) {
            Quality q = c.quality();
            assertTrue(q.score() >= 0 && q.score() <= 1);
            assertEquals(q.passed(), q.score() >= QualityGate.standard().threshold());
            assertEquals(q.passed(), q.reasons().isEmpty() || q.score() >= QualityGate.standard().threshold());
            if (!q.passed()) {
                assertFalse(q.reasons().isEmpty(), "a card below the gate says why");
                continue;
            }
            for (String side : List.of(c.front(), c.back())) {
                assertTrue(balanced(side), () -> "unbalanced markup passed: " + side);
                assertFalse(danglingColon(side), () -> "dangling lead-in passed: " + side);
            }
            assertFalse(LAYOUT.matcher(c.front()).find(), () -> "layout reference passed: " + c.front());
        }
    }

    @Property(tries = 300)
    void anyTextIsJudgedWithoutFailing(@ForAll @StringLength(max = 300) String front,
                                       @ForAll @StringLength(max = 300) String back) {
        CardDraft d = new CardDraft(CardKind.BASIC, front, back, "", List.of(), new SourceRef("x.md", 1, 1, List.of()));
        List<CardDraft> judged = QualityGate.standard().judge(List.of(d, d));
        assertEquals(2, judged.size());
        for (CardDraft j : judged) {
            assertTrue(j.quality().score() >= 0 && j.quality().score() <= 1);
            assertEquals(front, j.front());
            assertEquals(back, j.back());
        }
    }

    /** Fences toggle on ``` lines; outside them code spans close, ** pairs up, [ ] nest and a link's ( closes. */
    static boolean balanced(String text) {
        StringBuilder prose = new StringBuilder();
        boolean inFence = false;
        for (String line : text.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                inFence = !inFence;
            } else if (!inFence) {
                prose.append(line).append('\n');
            }
        }
        if (inFence) return false;
        String t = CODE_SPAN.matcher(prose.toString().replaceAll("\\\\.", " ")).replaceAll(" ");
        if (t.indexOf('`') >= 0) return false;
        if ((t.length() - t.replace("**", "").length()) / 2 % 2 != 0) return false;
        return nests(t, '[', ']') && (t.indexOf("](") < 0 || t.indexOf(')', t.indexOf("](")) > 0);
    }

    private static boolean nests(String t, char open, char close) {
        int depth = 0;
        for (char ch : t.toCharArray()) {
            if (ch == open) depth++;
            if (ch == close && --depth < 0) return false;
        }
        return depth == 0;
    }

    static boolean danglingColon(String side) {
        String t = side.strip();
        while (!t.isEmpty() && "*_ ".indexOf(t.charAt(t.length() - 1)) >= 0) t = t.substring(0, t.length() - 1);
        return t.endsWith(":");
    }

    @Provide
    Arbitrary<String> notes() {
        Arbitrary<String> word = Arbitraries.of("soil", "water", "Compost", "roots", "the", "is", "a", "plant",
                "seeds", "bed", "ConfigMap", "`mulch`", "pH", "sun", "grows", "means", "holds", "Example", "Overview");
        Arbitrary<String> stray = Arbitraries.of("", "", "", "**", "_", "`", "[", "]", "(", ")", "](http://x.example",
                ":", " as follows", " list all 3", " (2/3)", " Here's a template:", " noted under Soil", " above.",
                " ✅", " c2VlZHMgYW5kIHNvaWwgYW5kIHdhdGVyIGFuZCBzdW4K");
        Arbitrary<String> phrase = Combinators.combine(word.list().ofMinSize(1).ofMaxSize(9), stray, stray)
                .as((ws, s1, s2) -> String.join(" ", ws) + s1 + (ws.size() > 3 ? "" : s2));
        Arbitrary<String> line = Arbitraries.oneOf(
                phrase.map(p -> "# " + p),
                phrase.map(p -> "## " + p),
                phrase.map(p -> p + "."),
                phrase.map(p -> p + " is " + p + "."),
                phrase.map(p -> "- " + p),
                phrase.map(p -> "  - " + p),
                phrase.map(p -> "1. " + p),
                Combinators.combine(phrase, phrase).as((a, b) -> a + "?::" + b),
                Combinators.combine(phrase, phrase).as((a, b) -> a + ":::" + b),
                Combinators.combine(phrase, phrase).as((a, b) -> "Q: " + a + "?\nA: " + b),
                phrase.map(p -> "```yaml\nkind: " + p.replace("`", "") + "\n```"),
                phrase.map(p -> "```"),
                phrase.map(p -> "$ kubectl get " + p.replace("`", "")),
                Combinators.combine(phrase, phrase).as((a, b) -> "| " + a + " | " + b + " |\n|---|---|\n| x | " + b + " |"),
                Arbitraries.just(""));
        return line.list().ofMinSize(1).ofMaxSize(25).map(ls -> String.join("\n", ls) + "\n");
    }
}
