package io.deckhand.notes;

import io.deckhand.domain.card.CardDraft;
import java.util.List;

/**
 * Why one note gave the cards it gave: all its cards (each with the gate's verdict), the parts of the
 * note no rule made a card from, and why the note was skipped if it was.
 */
public record NoteExplanation(String path, List<CardDraft> cards, List<UnusedBlock> unused, List<FileProblem> problems) {
    public NoteExplanation {
        cards = List.copyOf(cards);
        unused = List.copyOf(unused);
        problems = List.copyOf(problems);
    }

    /** Lines {@code firstLine..lastLine} (1-based) of the note, what kind of part they are, and why no card came of them. */
    public record UnusedBlock(int firstLine, int lastLine, String part, String why, String excerpt) {
    }

    public List<CardDraft> rejected() {
        return cards.stream().filter(c -> !c.quality().passed()).toList();
    }
}
