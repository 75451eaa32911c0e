package io.deckhand.app.notes;

import io.deckhand.domain.card.CardDraft;
import java.util.List;

/** Cards proposed from some notes (nothing saved), and the notes that were skipped. */
public record Extraction(List<CardDraft> drafts, List<SkippedNote> skipped, int notesRead) {
    public Extraction {
        drafts = List.copyOf(drafts);
        skipped = List.copyOf(skipped);
    }
}
