package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Spec examples: a command or list answer that sends the reader elsewhere in the notes is unticked. */
class PointerAnswersTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static Quality judged(CardKind kind, String front, String back) {
        return GATE.judge(new CardDraft(kind, front, back, "", List.of(), new SourceRef("n.md", 1, 1, List.of())));
    }

    @Test
    void aCommandAnsweredWithAPointerIsUnticked() {
        for (String back : List.of("Finds the fields of a part, see the kiln commands section above.",
                "For more information see this [link](https://example.org/kilns).",
                "To see the glaze, run the below command.")) {
            Quality q = judged(CardKind.COMMAND, "What does `kilnctl explain glaze` do?", back);
            assertFalse(q.passed(), back);
            assertTrue(q.reasonText().contains("refers to the notes"), q.reasons().toString());
        }
    }

    @Test
    void aListWithAPointIntoAnotherSectionIsUnticked() {
        Quality q = judged(CardKind.LIST, "*Kilns*\n\nWhat are the problems of firing?",
                "- cracking - handled by slow cooling\n- bubbling - explained below\n");
        assertFalse(q.passed(), q.reasons().toString());
    }

    @Test
    void anAnswerThatStandsOnItsOwnIsKept() {
        Quality q = judged(CardKind.COMMAND, "What does `kilnctl explain glaze` do?", "Shows the fields a glaze can set.");
        assertTrue(q.passed(), q.reasons().toString());
        Quality l = judged(CardKind.LIST, "*Kilns*\n\nWhat are the problems of firing?",
                "- cracking - handled by slow cooling\n- bubbling - handled by a slower ramp\n");
        assertTrue(l.passed(), l.reasons().toString());
    }
}
