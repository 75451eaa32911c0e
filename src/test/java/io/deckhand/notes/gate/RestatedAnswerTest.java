package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Spec examples: a definition or table answer that only restates its front teaches nothing and is unticked. */
class RestatedAnswerTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(CardKind kind, String front, String back) {
        return GATE.judge(new CardDraft(kind, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    private static void restated(CardKind kind, String front, String back) {
        Quality q = judged(kind, front, back);
        assertFalse(q.passed(), front + " -> " + back);
        assertTrue(q.reasonText().contains("only restates"), q.reasons().toString());
    }

    @Test
    void anAnswerMadeOfTheTermAndTheHeadingsWordsIsUnticked() {
        restated(CardKind.DEFINITION, "*Kettle parts*\n\nWhat is **spout**?", "uses a spout");
        restated(CardKind.TABLE_FACT, "*Bicycle › Frame fields*\n\nsize: meaning?", "the size of the bicycle");
        restated(CardKind.TABLE_FACT, "*Lamp*\n\nWattage — description?", "The lamp's wattage.");
    }

    @Test
    void anAnswerWithOneWordOfItsOwnIsKept() {
        Quality q = judged(CardKind.DEFINITION, "*Kettle parts*\n\nWhat is **spout**?", "the tube water is poured through");
        assertTrue(q.passed(), q.reasons().toString());
        Quality t = judged(CardKind.TABLE_FACT, "*Bicycle › Frame fields*\n\nsize: meaning?", "the seat tube length in cm");
        assertTrue(t.passed(), t.reasons().toString());
    }

    @Test
    void aCommandMadeOfTheFrontsWordsStillTeachesItsForm() {
        Quality q = judged(CardKind.TABLE_FACT, "*Kettle tool commands*\n\nAction: **descale** — Command?", "`kettle descale`");
        assertTrue(q.passed(), q.reasons().toString());
    }

    @Test
    void otherKindsAreLeftToTheirOwnRules() {
        // A question card may rightly be answered with a word of its heading ("Which part? The spout.").
        Quality q = judged(CardKind.BASIC, "*Kettle parts*\n\nWhich part pours?", "the spout of the kettle");
        assertFalse(q.reasonText().contains("only restates"), q.reasons().toString());
    }

    @Provide
    Arbitrary<String> words() {
        java.util.Set<String> stop = GateConfig.wordsOf("gate-stopwords.txt");
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9)
                .filter(w -> !stop.contains(w) && !stop.contains(w + "q"));
    }

    @Property(tries = 200)
    void anAnswerOfOnlyTheFrontsWordsIsAlwaysUnticked(@ForAll("words") String heading, @ForAll("words") String term) {
        Quality q = judged(CardKind.DEFINITION, "*" + heading + "*\n\nWhat is **" + term + "**?", "the " + term + " of the " + heading);
        assertFalse(q.passed(), q.reasons().toString());
    }

    @Property(tries = 200)
    void anAnswerWithAWordTheFrontLacksIsNeverCalledARestatement(@ForAll("words") String term, @ForAll("words") String own) {
        net.jqwik.api.Assume.that(!term.equals(own + "q"));
        String answer = "the " + term + " " + own + "q";
        Quality q = judged(CardKind.DEFINITION, "What is **" + term + "**?", answer);
        assertFalse(q.reasonText().contains("only restates"), q.reasons().toString());
    }
}
