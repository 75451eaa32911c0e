package io.deckhand.exchange;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.schedule.SchedulingState;
import java.util.Objects;

/**
 * A card: which note and template ({@code ordinal}; for cloze the cloze number minus one) it comes
 * from, its deck, rendered front and back (HTML/Markdown), scheduling and flags.
 * {@code hasMemoryState} says whether stability/difficulty came from the source (Anki's FSRS data)
 * rather than being left for the importer to compute from the review log.
 * {@code tags}: the card's own tags when they differ from its note's (Deckhand tags cards, Anki
 * tags notes); null means the note's tags.
 */
public record PackageCard(
        long id,
        long noteId,
        long deckId,
        int ordinal,
        CardKind kind,
        String front,
        String back,
        SchedulingState scheduling,
        boolean hasMemoryState,
        boolean suspended,
        boolean buried,
        int flag,
        java.util.List<String> tags) {

    public PackageCard(long id, long noteId, long deckId, int ordinal, CardKind kind, String front, String back,
                       SchedulingState scheduling, boolean hasMemoryState, boolean suspended, boolean buried, int flag) {
        this(id, noteId, deckId, ordinal, kind, front, back, scheduling, hasMemoryState, suspended, buried, flag, null);
    }

    public PackageCard {
        tags = tags == null ? null : java.util.List.copyOf(tags);
        if (ordinal < 0) throw new IllegalArgumentException("card ordinal cannot be negative");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(front, "front");
        Objects.requireNonNull(back, "back");
        Objects.requireNonNull(scheduling, "scheduling");
        if (flag < 0 || flag > 7) throw new IllegalArgumentException("flag must be 0-7: " + flag);
    }

    /** The tags this card gets: its own when it has them, else its note's. */
    public java.util.List<String> tagsOr(java.util.List<String> noteTags) {
        return tags != null ? tags : noteTags;
    }
}
