package io.deckhand.domain.card;

import java.util.List;
import java.util.Objects;

/**
 * A proposed card, not yet saved: what extraction and imports produce and the preview edits.
 * Front and back are Markdown. {@code deck} is a full "Parent::Child" name or empty for the default.
 */
public record CardDraft(CardKind kind, String front, String back, String deck, List<String> tags, SourceRef source) {
    public CardDraft {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(front, "front");
        Objects.requireNonNull(back, "back");
        deck = deck == null ? "" : deck;
        tags = List.copyOf(tags);
    }

    public CardDraft withText(String newFront, String newBack) {
        return new CardDraft(kind, newFront, newBack, deck, tags, source);
    }

    public CardDraft withDeck(String newDeck) {
        return new CardDraft(kind, front, back, newDeck, tags, source);
    }
}
