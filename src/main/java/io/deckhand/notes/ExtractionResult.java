package io.deckhand.notes;

import io.deckhand.domain.card.CardDraft;
import java.util.List;

/** The cards extracted from some notes, and the notes that were skipped and why. */
public record ExtractionResult(List<CardDraft> drafts, List<FileProblem> problems, int notesRead) {
    public ExtractionResult {
        drafts = List.copyOf(drafts);
        problems = List.copyOf(problems);
    }

    public static ExtractionResult problem(FileProblem p) {
        return new ExtractionResult(List.of(), List.of(p), 0);
    }
}
