package io.deckhand.domain.card;

import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.schedule.SchedulingState;
import java.util.List;
import java.util.Objects;

/** A saved card with its scheduling state. Front and back are Markdown. */
public record Card(
        CardId id,
        NoteId noteId,
        DeckId deckId,
        CardKind kind,
        String front,
        String back,
        List<String> tags,
        SchedulingState scheduling,
        boolean suspended) {

    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(deckId, "deckId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(front, "front");
        Objects.requireNonNull(back, "back");
        Objects.requireNonNull(scheduling, "scheduling");
        tags = List.copyOf(tags);
    }

    public Card withScheduling(SchedulingState next) {
        return new Card(id, noteId, deckId, kind, front, back, tags, next, suspended);
    }

    public Card withContent(String newFront, String newBack, List<String> newTags, DeckId newDeck) {
        return new Card(id, noteId, newDeck, kind, newFront, newBack, newTags, scheduling, suspended);
    }
}
