package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.find;
import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
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
 * Issue 9: a list is carded as a set to recall ("What are the 3 Valve Types?") only when its items are
 * names; advice, claims and labels over points of their own are no members of a set.
 */
class ListMembersTest {

    @Test
    void namedMembersUnderAPluralHeadingAreASetToRecall() {
        List<CardDraft> cs = md("# Plumbing\n\n## Valve Types\n\n- Gate valve\n- Ball valve\n- Butterfly valve\n");
        CardDraft c = one(cs, CardKind.LIST, "Valve Types");
        assertTrue(c.back().contains("Butterfly valve"), c.back());
    }

    @Test
    void adviceUnderAPluralHeadingIsNoSetOfNames() {
        List<CardDraft> cs = md("# Baking\n\n## Guidelines\n\n- Flour from a fresh bag\n- Weigh the flour\n"
                + "- Bake on the middle shelf\n- Create a starter a day before\n");
        assertTrue(find(cs, CardKind.LIST, "What are the 4").isEmpty(), cs.toString());
    }

    @Test
    void claimsAboutATopicAreNoMembersOfIt() {
        List<CardDraft> cs = md("# Kilns\n\n## Gas Kilns\n\n- Ceramic fibre chamber\n- Designed to fire stoneware\n"
                + "- Burners are under the floor\n");
        assertTrue(find(cs, CardKind.LIST, "What are the 3").isEmpty(), cs.toString());
    }

    @Test
    void aListUnderALabelOfItsPartInTheNoteIsNotAskedFor() {
        List<CardDraft> cs = md("# Harbour drill\n\n## Drill 4: moor the ferry\n\n**Tasks:**\n\n"
                + "1. Throw the bow line to the quay\n2. Tie the stern line to the second bollard\n3. Lower the ramp\n");
        assertTrue(cs.stream().noneMatch(c -> c.kind() == CardKind.LIST), cs.toString());
    }

    @Test
    void aBoldLeadInNamingAKindAsksForItWithoutItsMarkup() {
        List<CardDraft> cs = md("# Harbour\n\nSome cranes stand on rails.\n\n**Harbour cranes:**\n\n- Gantry crane\n- Jib crane\n"
                + "- Floating crane\n");
        CardDraft c = one(cs, CardKind.LIST, "harbour cranes");
        assertFalse(c.front().contains("**Harbour cranes") || c.front().contains(":**"), c.front());
        assertTrue(c.back().contains("Floating crane"), c.back());
    }

    @Test
    void aHeadingWithTwoNamesForOneThingIsNoContrast() {
        List<CardDraft> cs = md("# Plumbing\n\n## Gate valve or sluice valve\n\n- lifts a wedge out of the flow\n"
                + "- is generally used fully open or fully closed\n");
        assertTrue(cs.stream().noneMatch(c -> c.front().contains("differ")), cs.toString());
        List<CardDraft> vs = md("# Plumbing\n\n## Gate valve vs ball valve\n\n- a gate valve lifts a wedge out of the flow\n"
                + "- a ball valve turns a bored ball a quarter turn\n");
        one(vs, CardKind.LIST, "differ");
    }

    @Test
    void namesUnderAClaimAreItsExamplesNotASetOfTheTopic() {
        List<CardDraft> cs = md("# Kilns\n\n## Considerations\n\n- the kiln you buy must reach cone 6\n  - Skutt\n  - Paragon\n");
        assertTrue(find(cs, CardKind.LIST, "What are the 2").isEmpty(), cs.toString());
    }

    @Property(tries = 300)
    void aClaimOrAdviceIsNeverAName(@ForAll("claims") String item) {
        assertFalse(ListRules.isAName(item), item);
    }

    @Property(tries = 300)
    void aShortNounPhraseIsAName(@ForAll("nounPhrases") String item) {
        assertTrue(ListRules.isAName(item), item);
    }

    private static final List<String> NOUNS = List.of("valve", "kiln", "burner", "chamber", "shelf", "crate", "pallet", "gear");
    private static final List<String> ADJECTIVES = List.of("Gate", "Ball", "Ceramic", "Cold", "Hot", "Main", "Spare");

    @Provide
    Arbitrary<String> claims() {
        Arbitrary<String> noun = Arbitraries.of(NOUNS);
        Arbitrary<String> advice = Combinators.combine(Arbitraries.of("Create", "Check", "Copy", "Remove", "Install", "Set"),
                Arbitraries.of("a", "the", "every", "your"), noun).as((v, d, n) -> v + " " + d + " " + n);
        Arbitrary<String> claim = Combinators.combine(Arbitraries.of(ADJECTIVES), noun, Arbitraries.of("is", "are", "can be", "must be"),
                Arbitraries.of("hot", "cleaned weekly", "spare")).as((a, n, v, c) -> a + " " + n + " " + v + " " + c);
        Arbitrary<String> participle = Combinators.combine(Arbitraries.of("Designed", "Used", "Built", "Meant"),
                Arbitraries.of("to", "for", "by"), noun).as((p, w, n) -> p + " " + w + " the " + n);
        Arbitrary<String> label = Combinators.combine(Arbitraries.of(ADJECTIVES), noun).as((a, n) -> a + " " + n + "s:");
        Arbitrary<String> relative = Combinators.combine(Arbitraries.of(ADJECTIVES), noun, Arbitraries.of("that", "which", "it"))
                .as((a, n, r) -> a + " " + n + " " + r + " cracks");
        return Arbitraries.oneOf(advice, claim, participle, label, relative);
    }

    @Provide
    Arbitrary<String> nounPhrases() {
        Arbitrary<String> noun = Arbitraries.of(NOUNS);
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of(ADJECTIVES), noun).as((a, n) -> a + " " + n),
                Combinators.combine(Arbitraries.of(ADJECTIVES), noun, Arbitraries.of("(GV)", "(BV)", "")).as((a, n, x) -> (a + " " + n + " " + x).strip()),
                noun.map(n -> "`" + n + "`"));
    }
}
