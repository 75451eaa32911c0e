package io.deckhand.domain.schedule.fsrs.optimize;

/**
 * One answer from a review log, as the optimiser needs it.
 *
 * @param stateBefore the card's state when answered: 0 new, 1 learning, 2 review, 3 relearning
 */
public record ReviewRecord(long cardId, long reviewedAtMillis, int rating, int stateBefore) {
    public ReviewRecord {
        if (rating < 1 || rating > 4) throw new IllegalArgumentException("rating must be 1-4, got " + rating);
        if (stateBefore < 0 || stateBefore > 3) {
            throw new IllegalArgumentException("state must be 0-3, got " + stateBefore);
        }
    }

    /** A first answer or a learning step: where a card's usable history may start. */
    boolean learning() {
        return stateBefore <= 1;
    }
}
