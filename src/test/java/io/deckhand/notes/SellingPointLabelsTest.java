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
 * Spec examples (issue 9): a bullet whose label says what its topic is like ("**Easy to use**:",
 * "**Cross-platform**:") or names a quality the topic has, over a claim about the topic
 * ("**Configurability**: lets you ..."), is a point made about the topic. No ticked card asks it as a
 * term ("What is Configurability?"); a label in the same list that names a thing keeps its definition.
 */
class SellingPointLabelsTest {
    private static boolean asksTicked(List<CardDraft> cards, String label) {
        return cards.stream().anyMatch(c -> (c.kind() == CardKind.DEFINITION || c.kind() == CardKind.BASIC)
                && c.quality().passed() && c.front().contains("**" + label + "**"));
    }

    @Test
    void sellingPointsOfATopicAreNoTerms() {
        List<CardDraft> cards = md("""
                # Electric kilns

                An electric kiln is an insulated chamber heated by coils that fires clay.

                ## Why studios pick them

                - **Configurability**: lets you set a firing curve per shelf.
                - **Easy to use**: one dial starts a firing and the controller does the rest.
                - **Cross-regional**: runs on any mains supply the studio has.
                - **Thermocouple**: a sensor that reads the chamber's heat for the controller.
                """);
        assertFalse(asksTicked(cards, "Configurability"), cards.toString());
        assertFalse(asksTicked(cards, "Easy to use"), cards.toString());
        assertFalse(asksTicked(cards, "Cross-regional"), cards.toString());
        assertTrue(asksTicked(cards, "Thermocouple"), cards.toString());
    }

    @Provide
    Arbitrary<String> describingLabels() {
        Arbitrary<String> nouns = Arbitraries.of("shelf", "region", "studio", "batch", "glaze", "zone", "vent");
        Arbitrary<String> adjectives = Arbitraries.of("Lightweight", "Portable", "Stackable", "Easy to clean", "Simple to load",
                "Quick to heat", "Optional", "Energy efficient", "Highly flexible", "Continuous");
        Arbitrary<String> compounds = Combinators.combine(Arbitraries.of("Cross", "Multi", "Self", "Non", "Zero"), nouns)
                .as((p, n) -> p + "-" + n);
        Arbitrary<String> qualities = Arbitraries.of("Configurability", "Scalability", "Extensibility", "Portability",
                "Usability", "Simplicity", "Elasticity", "Repairability");
        return Arbitraries.oneOf(adjectives, compounds, qualities);
    }

    @Provide
    Arbitrary<String> claims() {
        return Arbitraries.of("lets you set a curve per shelf", "the kiln can fire two loads a day",
                "works with any clay body the studio buys", "one dial starts a firing", "no extra wiring is needed",
                "saves an hour on every firing", "you can move it between rooms");
    }

    /** A bullet whose label is an adjective or a quality over a claim about its topic never gives a ticked term card. */
    @Property(tries = 60)
    void aDescribingLabelNeverGivesATickedTermCard(@ForAll("describingLabels") String label, @ForAll("claims") String claim,
                                                   @ForAll("claims") String other) {
        List<CardDraft> cards = md("# Electric kilns\n\nAn electric kiln is an insulated chamber that fires clay.\n\n"
                + "## Benefits\n\n- **" + label + "**: " + claim + ".\n- **Thermocouple**: a sensor that reads the heat; "
                + other + ".\n");
        assertFalse(asksTicked(cards, label), label + " / " + claim + " -> " + cards);
    }
}
