package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;

/** The gate's verdict on one card written out by hand, for the gate's spec examples. */
final class GateVerdicts {
    static final QualityGate GATE = QualityGate.standard();

    private GateVerdicts() {
    }

    /** The gate's verdict on a card from {@code source}. */
    static Quality judged(SourceRef source, CardKind kind, String front, String back) {
        return GATE.judge(new CardDraft(kind, front, back, "", List.of(), source));
    }

    /** The card is proposed unticked, and its reasons say {@code reason}. */
    static void unticked(Quality q, String reason) {
        assertFalse(q.passed(), q.reasons().toString());
        assertTrue(q.reasonText().contains(reason), q.reasons().toString());
    }
}
