package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a line left over under a task statement (a fragment without a verb, a note, an arrow
 * chain) belongs to the statement it follows and is never a task front of its own.
 */
class TaskLeftoverLinesTest {
    private static String withSolution(String statementBlocks) {
        return "# Exercises\n\n" + statementBlocks + """


                <details><summary>Solution</summary>

                ```bash
                tool start --flag=value
                ```

                </details>
                """;
    }

    private static CardDraft onlyCard(List<CardDraft> cards) {
        assertEquals(1, cards.size(), cards.toString());
        return cards.get(0);
    }

    @Test
    void aVerblessFragmentClosingAListJoinsTheItemAboveIt() {
        CardDraft c = onlyCard(md(withSolution("- Start the gadget called widget in the lab\n- On slot `7`")));
        assertTrue(c.front().startsWith("Start the gadget called widget"), c.front());
        assertTrue(c.front().contains("On slot"), c.front());
    }

    @Test
    void aNoteParagraphUnderTheStatementJoinsIt() {
        CardDraft c = onlyCard(md(withSolution(
                "Change the colour of the banner to green.\n\nNote: Only touch the colour, nothing else.")));
        assertTrue(c.front().startsWith("Change the colour of the banner"), c.front());
        assertTrue(c.front().contains("Only touch the colour"), c.front());
    }

    @Test
    void anArrowChainJoinsTheStatementAboveIt() {
        CardDraft c = onlyCard(md(withSolution(
                "Allow messages to flow only between the rooms, in order:\n\n`hall` → `kitchen` → `cellar`")));
        assertTrue(c.front().startsWith("Allow messages to flow"), c.front());
        assertTrue(c.front().contains("kitchen"), c.front());
    }

    @Test
    void aLeftoverLineWithNothingAboveItIsNoTask() {
        List<CardDraft> cards = md(withSolution("## Notes\n\nOn slot `7` of the rack"));
        assertTrue(cards.stream().noneMatch(c -> c.front().startsWith("On slot")), cards.toString());
    }

    @Test
    void aHeadingIsNeverALeftoverOfTheBlockAboveIt() {
        CardDraft c = onlyCard(md(withSolution("Some words about gadgets in general here.\n\n### Using the gadget rack")));
        assertTrue(c.front().startsWith("Using the gadget rack"), c.front());
    }

    @Test
    void aLineStartingWithAPrepositionButGivingAnOrderIsATask() {
        assertFalse(TaskRules.isLeftover("Using the image alpine, create a box named crate"));
        assertFalse(TaskRules.isLeftover("In the lab namespace, delete every gadget"));
        assertFalse(TaskRules.isLeftover("On which port does the gadget listen?"));
        assertTrue(TaskRules.isLeftover("On port `80`"));
        assertTrue(TaskRules.isLeftover("with two copies and a label tier=front"));
        assertTrue(TaskRules.isLeftover("Hint: read the manual first"));
        assertTrue(TaskRules.isLeftover("a -> b -> c"));
        assertFalse(TaskRules.isLeftover("Route the traffic from a -> b through the gateway object"));
    }

    @Provide
    Arbitrary<String> leftovers() {
        // Four letters or more: a random two-letter word is often a real one ("if", "to"), and a note line
        // ending in one is an unfinished sentence, which rightly gives no card.
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(8);
        Arbitrary<String> fragment = Combinators.combine(
                Arbitraries.of("On", "With", "In", "Using", "Without", "Via"), word.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(1, 9999))
                .as((p, ws, n) -> p + " " + String.join(" ", ws) + " `" + n + "`");
        Arbitrary<String> note = Combinators.combine(Arbitraries.of("Note", "Hint", "Tip"), word.list().ofMinSize(2).ofMaxSize(6))
                .as((lead, ws) -> lead + ": " + String.join(" ", ws));
        Arbitrary<String> chain = word.list().ofMinSize(2).ofMaxSize(5)
                .map(ws -> String.join(" → ", ws.stream().map(w -> "`" + w + "`").toList()));
        return Arbitraries.oneOf(fragment, note, chain);
    }

    @Property(tries = 60)
    void noTaskFrontIsALeftoverLine(@ForAll("leftovers") String leftover, @ForAll boolean asListItem) {
        String blocks = asListItem
                ? "- Start the gadget called widget in the lab\n- " + leftover
                : "Start the gadget called widget in the lab.\n\n" + leftover;
        List<CardDraft> cards = md(withSolution(blocks));
        for (CardDraft c : cards) {
            assertFalse(TaskRules.isLeftover(c.front().lines().findFirst().orElse("")), c.front());
        }
        assertTrue(cards.stream().anyMatch(c -> c.front().startsWith("Start the gadget")
                && c.front().contains(leftover.substring(leftover.length() - 3))), cards.toString());
    }
}
