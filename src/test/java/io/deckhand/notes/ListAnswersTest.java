package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.notes.gate.QualityGate;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a list's answer is complete. Items that say what each one is keep it, a count of the notes'
 * items is no part of the question, and what a lead-in announces comes with it or there is no card.
 */
class ListAnswersTest {

    @Test
    void namesThatCarryADescriptionKeepIt() {
        List<CardDraft> cs = md("# Lighting\n\n## Lamp kinds\n\n- **Arc lamp** — makes light with a spark between two rods.\n"
                + "- **Gas lamp** — burns coal gas behind a mantle.\n- **Oil lamp** — draws paraffin up a wick.\n");
        CardDraft c = one(cs, CardKind.LIST, "Lamp kinds");
        assertTrue(c.back().contains("burns coal gas behind a mantle"), c.back());
        assertTrue(c.back().contains("Arc lamp") && c.back().contains("draws paraffin"), c.back());
    }

    @Test
    void describedMembersKeepEachOnesPointsNotSomeOfThem() {
        List<CardDraft> cs = md("# Lamps\n\n### Lamp kinds\n- Arc lamp\n  - makes light with a spark between two rods\n"
                + "  - is generally used in old cinemas\n\n- Gas lamp\n  - burns coal gas behind a mantle\n\n"
                + "- Oil lamp (draws paraffin up a wick to a flame)\n  - gives a yellow light\n  - can be carried about\n");
        CardDraft c = one(cs, CardKind.LIST, "Lamp kinds");
        for (String point : List.of("spark between two rods", "burns coal gas", "gives a yellow light", "can be carried about")) {
            assertTrue(c.back().contains(point), c.back());
        }
    }

    @Test
    void anAnswerStopsAtItsItemsEndNotInTheNextItem() {
        List<CardDraft> cs = md("# Kilns\n\n> [!WARNING] Pitfalls\n> - Kiln heat depends on **vents**. If the vents are shut, "
                + "the glaze bubbles.\n> - Old elements can crack the shelf; watch the `zone` display.\n");
        for (CardDraft c : cs) {
            if (c.back().contains("glaze bubbles")) assertFalse(c.back().contains("elements"), c.back());
        }
        assertEquals(List.of("One point.", "- Next point."), Sentences.of("One point.\n- Next point."));
        assertEquals(List.of("One point", "> - next point"), Sentences.of("One point\n> - next point"));
        assertEquals(List.of("A point that goes on\nover two lines."), Sentences.of("A point that goes on\nover two lines."));
    }

    @Test
    void aKindOfPointsWithNoOwnerIsNoQuestion() {
        List<CardDraft> cs = md("# Drill 3: moor the ferry\n\n**Key Ideas:**\n\n- **Bow line**: holds the ferry's front to the quay\n"
                + "- **Spring line**: stops the ferry moving along the quay\n");
        assertTrue(cs.stream().noneMatch(c -> c.kind() == CardKind.LIST && c.front().endsWith("Key Ideas?")), cs.toString());
        assertTrue(ListRules.genericKind("Two Approaches") && ListRules.genericKind("Common Issues"));
        assertFalse(ListRules.genericKind("Storage Concepts") || ListRules.genericKind("Kustomize Key Concepts"));
    }

    @Test
    void anAbbreviationInBracketsIsNoDescription() {
        List<CardDraft> cs = md("# Bicycles\n\n## Saddle Types\n\n- Racing Saddle (RS)\n- Touring Saddle (TS)\n- Comfort Saddle (CS)\n");
        CardDraft c = one(cs, CardKind.LIST, "Saddle Types");
        assertTrue(c.back().contains("Touring Saddle"), c.back());
    }

    @Test
    void theQuestionDoesNotCountTheNotesItems() {
        List<CardDraft> cs = md("# Plumbing\n\n## Valve Types\n\n- Gate valve\n- Ball valve\n- Butterfly valve\n");
        CardDraft c = one(cs, CardKind.LIST, "Valve Types");
        assertFalse(c.front().matches("(?s).*\\d.*"), c.front());
    }

    @Test
    void aLeadInWithAStopAfterItsColonTakesTheCodeItAnnounces() {
        List<CardDraft> cs = md("# Kilns\n\n## Faults\n\nIf the kiln stalls before the last ramp, you will see this message:\n\n"
                + "```\nE7 ramp timeout\n```\n");
        for (CardDraft c : cs) {
            assertFalse(RuleContext.dangles(Inline.withoutFinalStop(c.back())), c.back());
        }
        assertTrue(cs.stream().filter(c -> c.front().contains("stalls")).allMatch(c -> c.back().contains("E7 ramp timeout")),
                cs.toString());
    }

    @Test
    void aPointAboutTheTermGoesOnToTheParagraphsEnd() {
        List<CardDraft> cs = md("## Scratch tray\n\nA scratch tray is a shallow box the potter fills with wet clay offcuts "
                + "before each session starts on the wheel. It sits under the wheel head, or on a shelf beside the wheel "
                + "when the potter works standing up, and it is emptied back into the clay bin when the session is over.\n");
        CardDraft c = one(cs, CardKind.DEFINITION, "Scratch tray");
        assertTrue(c.back().endsWith("when the session is over."), c.back());
    }

    @Test
    void aCommandsRemarkInBracketsStaysOutOfItsCodeSpan() {
        assertEquals("`kiln top zone` (needs the probe)", Markdown.code("kiln top zone (needs the probe)"));
        assertEquals("`echo $(date)`", Markdown.code("echo $(date)"));
        assertEquals("`(needs the probe)`", Markdown.code("(needs the probe)"));
    }

    // Properties -------------------------------------------------------------------------------------

    private static final QualityGate GATE = QualityGate.standard();

    @Property(tries = 200)
    void aCodeSpanMadeOfACommandIsNeverBrokenMarkup(@ForAll("commands") String command, @ForAll("remarks") String remark) {
        String back = Markdown.code(command + " (" + remark + ")");
        CardDraft d = new CardDraft(CardKind.BASIC, "How do you see the load of the kiln?", back, "", List.of(),
                new SourceRef("n.md", 1, 1, List.of()));
        List<String> reasons = GATE.judge(List.of(d)).get(0).quality().reasons();
        assertTrue(reasons.stream().noneMatch(r -> r.contains("formatting")), back + " -> " + reasons);
        assertTrue(back.startsWith("`" + command + "`"), back);
    }

    @Property(tries = 100)
    void describedItemsAreNeverReducedToTheirNames(@ForAll("describedItems") List<String[]> items) {
        StringBuilder note = new StringBuilder("# Workshop\n\n## Tool kinds\n\n");
        for (String[] it : items) note.append("- **").append(it[0]).append("** — ").append(it[1]).append('\n');
        List<CardDraft> cs = md(note.toString());
        for (CardDraft c : cs) {
            if (c.kind() != CardKind.LIST) continue;
            for (String[] it : items) assertTrue(c.back().contains(it[1]), () -> c.back() + " lacks " + it[1]);
        }
    }

    @Property(tries = 100)
    void noCardEndsAtALeadIn(@ForAll("leadIns") String leadIn, @ForAll("stops") String stop, @ForAll("after") String after) {
        List<CardDraft> cs = md("# Kilns\n\n## Firing\n\n" + leadIn + ":" + stop + "\n\n" + after);
        for (CardDraft c : cs) {
            assertFalse(RuleContext.dangles(Inline.withoutFinalStop(c.back().strip())), () -> c.front() + " -> " + c.back());
        }
    }

    @Provide
    Arbitrary<String> commands() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
        Arbitrary<String> flag = word.map(w -> "--" + w);
        return Combinators.combine(word, word, Arbitraries.oneOf(word, flag)).as((a, b, c) -> a + " " + b + " " + c);
    }

    @Provide
    Arbitrary<String> remarks() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
        return word.list().ofMinSize(2).ofMaxSize(4).map(ws -> String.join(" ", ws));
    }

    @Provide
    Arbitrary<List<String[]>> describedItems() {
        Arbitrary<String> name = Arbitraries.of("Chisel", "Rasp", "Plane", "Gouge", "Awl", "Spokeshave", "Mallet");
        Arbitrary<String> verb = Arbitraries.of("cuts", "smooths", "shapes", "marks", "drives", "scrapes");
        Arbitrary<String> object = Arbitraries.of("end grain", "a curved edge", "the face of a board", "a mortise wall", "soft pine");
        Arbitrary<String[]> item = Combinators.combine(name, verb, object).as((n, v, o) -> new String[] {n, v + " " + o + " by hand"});
        return item.list().ofMinSize(2).ofMaxSize(5).uniqueElements(it -> it[0]);
    }

    @Provide
    Arbitrary<String> leadIns() {
        return Arbitraries.of("If the kiln stalls before the last ramp, you will see this message", "The kiln can",
                "Glazes come in the following kinds", "The controller keeps these values", "To vent the kiln, open the bung and");
    }

    @Provide
    Arbitrary<String> stops() {
        return Arbitraries.of("", ".", " -", " -.", "..");
    }

    @Provide
    Arbitrary<String> after() {
        return Arbitraries.of("", "## Cooling\n\nThe kiln cools for a day before it is opened.\n", "```\nE7 ramp timeout\n```\n",
                "- fire to cone 6\n- hold for ten minutes\n", "| key | meaning |\n|---|---|\n| ramp | degrees per hour |\n");
    }
}
