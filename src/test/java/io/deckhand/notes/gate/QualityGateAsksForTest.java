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
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Issue 9: the gate checks that a question names a subject, and that a list answer has as many points as asked. */
class QualityGateAsksForTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(String front, String back) {
        return GATE.judge(new CardDraft(CardKind.LIST, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of("Orchard"))));
    }

    private static String points(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) sb.append("- Apple variety number ").append(i).append('\n');
        return sb.toString();
    }

    @Test
    void aSectionNameAsTheSubjectNamesNothing() {
        Quality q = judged("What are the steps for **Context**, in order?", "1. Prune the branches\n2. Burn the cuttings\n");
        assertFalse(q.passed(), q.toString());
        assertTrue(q.reasonText().contains("section name"), q.reasons().toString());
        Quality labelled = judged("**Pruning day**: **Tasks:**: what are the steps, in order?", "1. Prune the branches\n2. Burn the cuttings\n");
        assertFalse(labelled.passed(), labelled.toString());
    }

    @Test
    void aRealSubjectPasses() {
        Quality q = judged("What are the steps for **Pruning an apple tree**, in order?", "1. Cut dead wood\n2. Thin the crown\n");
        assertTrue(q.passed(), q.reasons().toString());
    }

    @Test
    void aListShortOfTheCountAskedFails() {
        Quality q = judged("What are the three pruning cuts?", "- Heading cut\n- Thinning cut\n");
        assertFalse(q.passed(), q.toString());
        assertTrue(q.reasonText().contains("asks for 3, the answer lists 2"), q.reasons().toString());
        assertTrue(judged("What are the 2 pruning cuts?", "- Heading cut\n- Thinning cut\n").passed());
        // Prose is not counted: "2379 and 2380" may well be both.
        assertTrue(judged("What are the two ports of the press?", "Port 8 for the juice and port 9 for the pulp.").passed());
    }

    @Property(tries = 200)
    void aListAnswerPassesTheCountOnlyWhenItHasEnoughPoints(@ForAll @IntRange(min = 2, max = 12) int asked,
                                                             @ForAll @IntRange(min = 1, max = 12) int given,
                                                             @ForAll("counts") String style) {
        String n = style.equals("digits") ? String.valueOf(asked)
                : List.of("", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve").get(asked);
        Quality q = judged("What are the " + n + " apple varieties of the orchard?", points(given));
        assertTrue(q.reasonText().contains("asks for") == (given < asked), q.reasons().toString());
    }

    @Provide
    Arbitrary<String> counts() {
        return Arbitraries.of("digits", "words");
    }
}
