package io.deckhand.domain.schedule.fsrs.optimize;

/**
 * What the model must predict: the answer at {@code current} of {@code card}, from the answers
 * before it (as fsrs-rs's FSRSItem, without copying the history).
 */
public record TrainingItem(CardHistory card, int current) {
    public int length() {
        return current + 1;
    }

    public int rating(int i) {
        return card.ratings()[i];
    }

    public int deltaDays(int i) {
        return card.deltaDays()[i];
    }

    public int currentRating() {
        return card.ratings()[current];
    }

    public int currentDelta() {
        return card.deltaDays()[current];
    }

    public boolean recalled() {
        return currentRating() > 1;
    }

    /** Answers on a later day than the one before (the first answer never counts). */
    public int longTermReviews() {
        return card.longTermUpTo(current);
    }

    /** Days between the first answer and the first answer on a later day. */
    public int firstLongTermDelta() {
        for (int i = 0; i <= current; i++) if (deltaDays(i) > 0) return deltaDays(i);
        throw new IllegalStateException("item has no answer on a later day");
    }

    /** Lapses (Again on a later day) before the current answer. */
    public int lapses() {
        return card.lapsesBefore(current);
    }

    long time() {
        return card.time(current);
    }
}
