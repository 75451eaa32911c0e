package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 9: near-duplicates are found across the notes of one extraction, not only within a note. */
class AcrossNotesTest {
    private static CardDraft judged(String path, String front, String back) {
        CardDraft d = new CardDraft(CardKind.BASIC, front, back, "", List.of(), new SourceRef(path, 1, 1, List.of()));
        return d.withQuality(QualityGate.standard().judge(d));
    }

    @Test
    void theLaterNoteCardThatSaysTheSameLosesPoints() {
        List<CardDraft> out = AcrossNotes.markDuplicates(List.of(
                judged("a.md", "When are broad beans sown outdoors?", "In late autumn or early spring, after frost."),
                judged("b.md", "When are broad beans sown outdoors?", "In early spring or late autumn, after frost."),
                judged("b.md", "How deep are garlic cloves planted?", "Five centimetres, pointed end up.")));
        assertTrue(out.get(0).quality().passed());
        assertFalse(out.get(1).quality().passed(), out.get(1).quality().reasonText());
        assertTrue(out.get(1).quality().reasonText().contains("a.md"), out.get(1).quality().reasonText());
        assertEquals(List.of(), out.get(2).quality().reasons());
    }

    @Test
    void cardsOfOneNoteAreLeftToTheGate() {
        List<CardDraft> in = List.of(
                judged("a.md", "When are broad beans sown outdoors?", "In late autumn or early spring, after frost."),
                judged("a.md", "When are broad beans sown outdoors?", "In early spring or late autumn, after frost."));
        assertEquals(in, AcrossNotes.markDuplicates(in));
    }
}
