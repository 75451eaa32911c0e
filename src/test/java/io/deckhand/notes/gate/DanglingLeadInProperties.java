package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An answer that stops at a lead-in is caught whatever stray stops, dashes or empty items trail it. */
class DanglingLeadInProperties {
    private static final QualityGate GATE = QualityGate.standard();

    private static List<String> reasons(String back) {
        CardDraft d = new CardDraft(CardKind.BASIC, "How is the hedge trimmed?", back, "", List.of(),
                new SourceRef("n.md", 1, 1, List.of()));
        return GATE.judge(List.of(d)).get(0).quality().reasons();
    }

    private static boolean saysLeadIn(List<String> reasons) {
        return reasons.stream().anyMatch(r -> r.contains("lead-in"));
    }

    @Property(tries = 200)
    void anEmptyListItemAtTheEndIsCaught(@ForAll("sentences") String sentence, @ForAll("marker") String marker) {
        List<String> r = reasons(sentence + " in the dry weeks of early summer\n" + marker);
        assertTrue(saysLeadIn(r), () -> sentence + "|" + marker + " -> " + r);
    }

    @Provide
    Arbitrary<String> marker() {
        return Arbitraries.of("-", "- .", "*", "+", "1.", "12)", "  - ");
    }

    @Property(tries = 300)
    void aLeadInWithOnlyNoiseAfterItIsCaught(@ForAll("sentences") String sentence, @ForAll("leadIns") String leadIn,
                                             @ForAll("noise") String noise) {
        List<String> r = reasons(sentence + " " + leadIn + noise);
        assertTrue(saysLeadIn(r), () -> sentence + " " + leadIn + noise + " -> " + r);
    }

    @Property(tries = 300)
    void aFinishedSentenceWithStrayStopsIsNoLeadIn(@ForAll("sentences") String sentence, @ForAll("inlineNoise") String noise) {
        List<String> r = reasons(sentence + " in the dry weeks of early summer" + noise);
        assertFalse(saysLeadIn(r), () -> sentence + noise + " -> " + r);
    }

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.of("Cut", "the", "young", "shoots", "back", "hard", "with", "sharp", "shears", "twice")
                .list().ofMinSize(2).ofMaxSize(8).map(l -> String.join(" ", l));
    }

    @Provide
    Arbitrary<String> leadIns() {
        return Arbitraries.of("like this:", "as follows", "the following steps", "using the following:",
                "as shown below", "with these settings:");
    }

    @Provide
    Arbitrary<String> inlineNoise() {
        return Arbitraries.of("", ".", " .", " -", " -.", "*", " **", " \u2014");
    }

    @Provide
    Arbitrary<String> noise() {
        return Arbitraries.of("", ".", " .", " -", " -.", "*", " **", "\n-", "\n- .", "\n1.", "\n2)", " \u2014");
    }
}
