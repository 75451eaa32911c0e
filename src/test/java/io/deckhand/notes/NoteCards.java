package io.deckhand.notes;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Optional;

/** Spec-example helpers: the cards of a small Markdown or plain-text note, and finding one of them. */
final class NoteCards {
    private static final NoteParser PARSER = new NoteParser();

    private NoteCards() {
    }

    static List<CardDraft> md(String text) {
        return PARSER.parse("note.md", text).drafts();
    }

    static List<CardDraft> txt(String text) {
        return PARSER.parse("note.txt", text).drafts();
    }

    static Optional<CardDraft> find(List<CardDraft> cards, CardKind kind, String frontPart) {
        return cards.stream().filter(c -> c.kind() == kind && c.front().contains(frontPart)).findFirst();
    }

    static CardDraft one(List<CardDraft> cards, CardKind kind, String frontPart) {
        return find(cards, kind, frontPart).orElseThrow(() -> new AssertionError(
                "no " + kind + " card with '" + frontPart + "' in " + cards));
    }
}
