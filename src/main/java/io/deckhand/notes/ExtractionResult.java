package io.deckhand.notes;

import io.deckhand.domain.card.CardDraft;
import java.util.ArrayList;
import java.util.List;

/** The cards extracted from some notes, and the notes that were skipped and why. */
public record ExtractionResult(List<CardDraft> drafts, List<FileProblem> problems, int notesRead) {
    public ExtractionResult {
        drafts = List.copyOf(drafts);
        problems = List.copyOf(problems);
    }

    public static ExtractionResult empty() {
        return new ExtractionResult(List.of(), List.of(), 0);
    }

    public static ExtractionResult problem(FileProblem p) {
        return new ExtractionResult(List.of(), List.of(p), 0);
    }

    public ExtractionResult plus(ExtractionResult other) {
        List<CardDraft> d = new ArrayList<>(drafts);
        d.addAll(other.drafts);
        List<FileProblem> p = new ArrayList<>(problems);
        p.addAll(other.problems);
        return new ExtractionResult(d, p, notesRead + other.notesRead);
    }
}
