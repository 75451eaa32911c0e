package io.deckhand.notes;

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
 * Issue 9: a definition card needs a term (a name, not a label of the note's own, a sentence or a
 * numbered point) and an answer that says what the term is (not advice or a claim that merely names it).
 */
class DefinitionTermsTest {

    private static boolean asksAbout(List<CardDraft> cs, String term) {
        return cs.stream().anyMatch(c -> c.kind() == CardKind.DEFINITION && c.front().contains("**" + term + "**"));
    }

    @Test
    void aLabelledCalloutIsNoDefinitionOfItsLabel() {
        List<CardDraft> cs = md("# Ferry drill\n\n**Problem:** You have a ferry that leaks at the stern.\n\n"
                + "**Root cause:** The seal was fitted the wrong way round.\n\n**Hint:** Check the seal before the pump.\n\n"
                + "**Bilge pump:** A pump that empties water from the hull.\n");
        assertFalse(asksAbout(cs, "Problem"), cs.toString());
        assertFalse(asksAbout(cs, "Root cause"), cs.toString());
        assertFalse(asksAbout(cs, "Hint"), cs.toString());
        CardDraft pump = one(cs, CardKind.DEFINITION, "**Bilge pump**");
        assertTrue(pump.back().contains("empties water"), pump.back());
    }

    @Test
    void aTermIsANameNotASentenceNorANumberedPoint() {
        List<CardDraft> cs = md("# Kilns\n\n- Give it an hour after firing - the bricks stay hot\n"
                + "- Trap #2 - a damp shelf cracks in the heat\n- Cone 6 - a mid-range firing temperature for stoneware\n");
        assertFalse(cs.stream().anyMatch(c -> c.front().contains("Give it")), cs.toString());
        assertFalse(cs.stream().anyMatch(c -> c.front().contains("Trap #2")), cs.toString());
        one(cs, CardKind.DEFINITION, "**Cone 6**");
    }

    @Test
    void anInstructionUnderANameIsNoDefinitionButUnderACommandItIs() {
        List<CardDraft> cs = md("# Pottery\n\n## Glaze Log\n\nWrite every glaze recipe in the glaze log.\n\n```\nglaze 12: ash, clay\n```\n\n"
                + "## `fire`\n\nStart a firing with the chosen schedule.\n\n```\nfire --schedule cone6\n```\n");
        assertFalse(asksAbout(cs, "Glaze Log"), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.front().contains("fire") && c.back().contains("Start a firing")), cs.toString());
        // Terse notes say what a thing does in the imperative: "Slip" over "Add it between two pieces ...".
        List<CardDraft> terse = md("# Pottery\n\n## Slip\n\nAdd it between two pieces of leather-hard clay to join them.\n\n```\nmix 1:1\n```\n");
        assertTrue(asksAbout(terse, "Slip"), terse.toString());
    }

    @Test
    void aClaimThatNamesTheHeadingInsideItIsNoDefinition() {
        List<CardDraft> cs = md("# Pottery\n\n## Raku Kiln\n\nThe usual fuel for a Raku Kiln is propane.\n\n"
                + "## Bisque Firing\n\nA first, low firing that hardens the clay before glazing.\n");
        assertFalse(asksAbout(cs, "Raku Kiln"), cs.toString());
        one(cs, CardKind.DEFINITION, "**Bisque Firing**");
        List<CardDraft> para = md("# Pottery\n\n**Glazes**: Good pots need the right glazes to hold water.\n\nSome more text.\n");
        assertFalse(asksAbout(para, "Glazes"), para.toString());
        // What a thing does may name others of its kind: "Kiln: fires a kiln load ..." still defines it.
        List<CardDraft> doing = md("# Pottery\n\n- **Kiln**: heats a kiln load of pots to cone 6\n- **Wheel**: turns the clay while you throw\n");
        one(doing, CardKind.DEFINITION, "**Kiln**");
    }

    @Test
    void aStatementOrAShoutedLabelIsNoTerm() {
        for (String term : List.of("No glaze needed for bisque", "Or by hand", "The kiln does not cool fast", "Pots are in the shed", "The cone number may vary",
                "Glaze needs a second coat", "Kiln requires a vent",
                "KEY STEP", "Key Insight", "Root Cause", "Trap #4")) {
            assertFalse(FactRules.looksLikeTerm(term) && !Vocabulary.isSectionLabel(term), term);
        }
        for (String term : List.of("Kick Wheel", "CNI", "Cone 6", "Pug mill", "Glaze Types")) assertTrue(FactRules.looksLikeTerm(term), term);
    }

    @Test
    void theArticleIsNoPartOfTheTerm() {
        List<CardDraft> cs = md("# Pottery\n\n- The Kick Wheel is a wheel turned by the potter's foot.\n- Clay dries in a day.\n");
        one(cs, CardKind.DEFINITION, "What is **Kick Wheel**?");
    }

    @Property(tries = 300)
    void adviceOrAClaimAfterALabelIsNeverItsDefinition(@ForAll("labelled") String[] labelAndText) {
        assertTrue(FactRules.labelledClaim(labelAndText[0], labelAndText[1]), String.join(" | ", labelAndText));
    }

    @Property(tries = 300)
    void aNounPhraseAfterANameIsItsDefinition(@ForAll("defined") String[] termAndText) {
        assertFalse(FactRules.labelledClaim(termAndText[0], termAndText[1]), String.join(" | ", termAndText));
    }

    private static final List<String> LABELS = List.of("Key", "Problem", "Tip", "Important", "Root cause", "Careful", "Insight");
    private static final List<String> NOUNS = List.of("kiln", "glaze", "shelf", "cone", "wheel", "slip");

    @Provide
    Arbitrary<String[]> labelled() {
        Arbitrary<String> noun = Arbitraries.of(NOUNS);
        Arbitrary<String> advice = Combinators.combine(Arbitraries.of("Check", "Always check", "Remove", "Use", "Never use", "Set"),
                noun).as((v, n) -> v + " the " + n + " before firing");
        Arbitrary<String> person = Combinators.combine(Arbitraries.of("You", "We", "They"), noun)
                .as((p, n) -> p + " have a " + n + " that cracks");
        Arbitrary<String> claim = Combinators.combine(Arbitraries.of("The", "Only one", "Every"), noun,
                Arbitraries.of("is", "must be", "has", "should be", "can be")).as((d, n, v) -> d + " " + n + " " + v + " dry");
        return Combinators.combine(Arbitraries.of(LABELS), Arbitraries.oneOf(advice, person, claim)).as((l, t) -> new String[] {l, t});
    }

    @Provide
    Arbitrary<String[]> defined() {
        Arbitrary<String> noun = Arbitraries.of(NOUNS);
        Arbitrary<String> phrase = Combinators.combine(Arbitraries.of("A", "The", "An old"), noun, Arbitraries.of("that", "which"),
                Arbitraries.of("is fired once", "holds the pots", "can crack")).as((d, n, r, c) -> d + " " + n + " " + r + " " + c);
        Arbitrary<String> doing = Combinators.combine(Arbitraries.of("Holds", "Empties", "Heats"), noun).as((v, n) -> v + " the " + n);
        // "A kiln is a ..." defines the kiln only when the kiln is the term: the sentence's subject is the term.
        return noun.flatMap(n -> Arbitraries.oneOf(phrase, doing, Arbitraries.just("A " + n + " is a tool for the potter"))
                .map(t -> new String[] {n, t}));
    }
}
