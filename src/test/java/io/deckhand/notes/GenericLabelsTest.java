package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a bold label of a list item under a topic heading ("**Focus**: speed over safety") is a
 * part of that topic, not a term; asked "What is Focus?" its text answers nothing, so no definition card.
 */
class GenericLabelsTest {
    private static boolean asksAbout(List<CardDraft> cards, String label) {
        return cards.stream().anyMatch(c -> c.kind() == CardKind.DEFINITION && c.front().contains("**" + label + "**"));
    }

    @Test
    void anOrdinaryLabelWhoseTextDoesNotDefineItIsNotAskedAsATerm() {
        List<CardDraft> cards = md("""
                # Gardening

                ## Spring planting

                - **Focus**: hardy seedlings that survive a late frost
                - **Soil Care Impact**: turning the beds twice keeps the roots loose
                """);
        assertFalse(asksAbout(cards, "Focus"), cards.toString());
        assertFalse(asksAbout(cards, "Soil Care Impact"), cards.toString());
    }

    @Test
    void aLabelThatIsANameCodeOrDefinedStillGetsItsCard() {
        List<CardDraft> cards = md("""
                # Gardening

                ## Tools

                - **Mulch**: a layer of bark spread over the soil to keep it moist
                - **PH**: acidity of the soil measured with a strip
                - **Trowel**: is the small hand spade used for seedlings
                """);
        assertTrue(asksAbout(cards, "Mulch"), cards.toString());
        assertTrue(asksAbout(cards, "PH"), cards.toString());
        assertTrue(asksAbout(cards, "Trowel"), cards.toString());
    }

    @Test
    void aLabelWrittenAsANameInItsOwnTextIsAName() {
        assertFalse(ListRules.isGenericLabel("**Greenhouse**: the Greenhouse keeps seedlings warm",
                "Greenhouse", "keeps the Greenhouse warm"));
        assertTrue(ListRules.isGenericLabel("**Platform**: any soil with good drainage", "Platform", "any soil with good drainage"));
        assertFalse(ListRules.isGenericLabel("**depth**: two hand widths", "depth", "two hand widths"));
        assertFalse(ListRules.isGenericLabel("Platform: any soil with good drainage", "Platform", "any soil with good drainage"));
    }

    @Provide
    Arbitrary<String> ordinaryLabels() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(9);
        return word.list().ofMinSize(1).ofMaxSize(3)
                .map(ws -> String.join(" ", ws.stream().map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).toList()));
    }

    @Property(tries = 60)
    void noDefinitionCardAsksAnOrdinaryLabelItsTextDoesNotDefine(@ForAll("ordinaryLabels") String label) {
        List<CardDraft> cards = md("# Topic\n\n## Section\n\n- **" + label + "**: only on dry days before the first frost\n"
                + "- **Other**: a drain of gravel under the beds\n");
        assertFalse(asksAbout(cards, label), cards.toString());
    }
}
