package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a label of ordinary words the note names nowhere else, over a clause about something
 * else ("**Steady warmth per bed**: each bed gets its own heater"), is an aspect of its section's topic.
 * Asked "What is Steady warmth per bed?" the card has no answer, so no definition asks it, whether the
 * label opens a list item (with or without a lead-in) or a line of its own. A label the text glosses
 * ("a box with ...", "the shallow tray that ...") or one written as a name keeps its definition.
 */
class AspectLabelsTest {
    private static boolean asksAbout(List<CardDraft> cards, String label) {
        return cards.stream().anyMatch(c -> c.kind() == CardKind.DEFINITION && c.front().contains("**" + label + "**"));
    }

    @Test
    void aspectLabelsUnderALeadInAreNotAskedAsTerms() {
        List<CardDraft> cards = md("""
                # Greenhouses

                A greenhouse differs from a cold frame in three ways that matter here:

                1. **Steady warmth per bed**: each bed gets its own heater, switched by a thermostat.
                2. **Static layout**: changes don't reach the benches until the frame is rebuilt.
                3. **Cold frame**: a low box with a glass lid that traps the sun's heat.
                """);
        assertFalse(asksAbout(cards, "Steady warmth per bed"), cards.toString());
        assertFalse(asksAbout(cards, "Static layout"), cards.toString());
        assertTrue(asksAbout(cards, "Cold frame"), cards.toString());
    }

    @Test
    void anAspectLabelLineIsNotAskedAsATerm() {
        List<CardDraft> cards = md("""
                # Greenhouses

                ## Watering

                **Watering rhythm:** the hose is run twice a day in summer, once in winter, never at noon.

                **Seed tray:** the shallow plastic box that holds the compost for sowing.
                """);
        assertFalse(asksAbout(cards, "Watering rhythm"), cards.toString());
        assertTrue(asksAbout(cards, "Seed tray"), cards.toString());
    }

    @Test
    void aClauseIsToldFromAGloss() {
        assertTrue(ListRules.isClause("each bed gets its own heater"));
        assertTrue(ListRules.isClause("The course is level-first, each level a sequence of lessons"));
        assertTrue(ListRules.isClause("Changes don't reach the benches"));
        assertTrue(ListRules.isClause("give yourself an hour before the frost"));
        assertFalse(ListRules.isClause("Shows your seedlings where the light is"));
        assertTrue(ListRules.isClause("the launcher stands upwind of the crowd"));
        assertFalse(ListRules.isClause("The actual sequence of tools you reached for"));
        assertFalse(ListRules.isClause("The signals your plants give when thirsty"));
        assertFalse(ListRules.isClause("The maximum number of replicas that can be unavailable"));
        assertFalse(ListRules.isClause("A common pattern is a sidecar"));
        assertFalse(ListRules.isClause("Restarts the container when it fails"));
    }

    @Provide
    Arbitrary<String> aspectPhrases() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9);
        return word.list().ofMinSize(2).ofMaxSize(3)
                .map(ws -> Character.toUpperCase(ws.get(0).charAt(0)) + String.join(" ", ws).substring(1));
    }

    @Provide
    Arbitrary<String> clauses() {
        // Not "it": a label line's answer reads "it" as the label itself ("**X** is ..."), which then is about X.
        Arbitrary<String> subject = Arbitraries.of("each bed", "the hose", "many growers", "changes", "the frame", "most seedlings");
        Arbitrary<String> verb = Arbitraries.of("is", "are", "can", "don't", "must", "has");
        return Combinators.combine(subject, verb).as((s, v) -> s + " " + v + " stay below the glass before the first frost");
    }

    @Property(tries = 60)
    void anAspectLabelOverAClauseIsNeverAskedAsATerm(@ForAll("aspectPhrases") String label, @ForAll("clauses") String clause) {
        for (String note : List.of("# Topic\n\nThe frame differs in two ways:\n\n- **" + label + "**: " + clause + "\n- **Other**: a drain\n",
                "# Topic\n\n## Section\n\n**" + label + ":** " + clause + ".\n")) {
            List<CardDraft> cards = md(note);
            assertFalse(asksAbout(cards, label), cards.toString());
        }
    }

    @Property(tries = 60)
    void aLabelGlossedAsAThingKeepsItsDefinition(@ForAll("aspectPhrases") String label) {
        List<CardDraft> cards = md("# Topic\n\nThe parts of the frame:\n\n- **" + label + "**: A wooden box that keeps the seedlings warm\n"
                + "- **Lid**: a pane of glass on hinges\n");
        assertTrue(asksAbout(cards, label), cards.toString());
    }
}
