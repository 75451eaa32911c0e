package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a card that asks back what another card answers is a duplicate even when the
 * rephrasing leaves fewer shared words than two cards asked the same way need; two cards on
 * neighbouring facts, asked the same way, are both kept.
 */
class ReversePairTest {
    private static final QualityGate GATE = QualityGate.standard();

    private static CardDraft draft(int line, String front, String back) {
        return new CardDraft(CardKind.COMMAND, front, back, "", List.of(), new SourceRef("n.md", line, line, List.of()));
    }

    @Test
    void aQuestionAskedBackTheOtherWayIsADuplicate() {
        List<CardDraft> judged = GATE.judge(List.of(
                draft(1, "Which command marks a shelf as closed for stocking tonight?", "`pantry close shelf`"),
                draft(2, "What does `pantry close shelf` do?", "Marks a shelf as closed for stocking.")));
        assertTrue(judged.get(0).quality().passed(), judged.get(0).quality().reasons().toString());
        assertFalse(judged.get(1).quality().passed(), judged.get(1).quality().reasons().toString());
        assertTrue(judged.get(1).quality().reasonText().contains("other way round"), judged.get(1).quality().reasons().toString());
    }

    @Test
    void neighbouringFactsAskedTheSameWayAreBothKept() {
        List<CardDraft> judged = GATE.judge(List.of(
                draft(1, "Which command marks a shelf as closed for stocking tonight?", "`pantry close shelf`"),
                draft(2, "Which command marks a shelf as open for stocking tonight?", "`pantry open shelf`")));
        for (CardDraft d : judged) assertEquals(List.of(), d.quality().reasons());
    }
}
