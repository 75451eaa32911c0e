package io.deckhand.app.stats;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.review.ReviewLogEntry;
import java.util.List;

/**
 * One card for the card-info view: its answers (oldest first) and its forgetting curve, R(t) from
 * its stability for t days after the last review; {@code retrievabilityNow} -1 and no curve when
 * the card has no FSRS memory (new, or an SM-2 deck). {@code daysSinceReview} -1 when never reviewed.
 */
public record CardInfo(Card card, String deck, List<ReviewLogEntry> history, List<Point> curve,
                       double retrievabilityNow, long daysSinceReview) {
    public CardInfo {
        history = List.copyOf(history);
        curve = List.copyOf(curve);
    }

    /** Probability of recall {@code r} at {@code days} after the last review. */
    public record Point(double days, double r) {
    }
}
