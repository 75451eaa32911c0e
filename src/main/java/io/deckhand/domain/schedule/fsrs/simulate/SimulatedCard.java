package io.deckhand.domain.schedule.fsrs.simulate;

/**
 * A card already studied, as the simulation starts from it: its FSRS memory and its days relative
 * to today (day 0).
 *
 * @param lastReviewDay day of the last review, 0 (today) or earlier
 * @param dueDay        day the card is due; today or earlier means due today
 */
public record SimulatedCard(double stability, double difficulty, int lastReviewDay, int dueDay) {
    public SimulatedCard {
        if (!(stability > 0) || Double.isInfinite(stability)) throw new IllegalArgumentException("stability must be positive");
        if (!(difficulty >= 1 && difficulty <= 10)) throw new IllegalArgumentException("difficulty must be from 1 to 10");
        if (lastReviewDay > 0) throw new IllegalArgumentException("the last review cannot be after today");
    }
}
