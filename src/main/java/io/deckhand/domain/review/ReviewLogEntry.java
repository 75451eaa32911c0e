package io.deckhand.domain.review;

import io.deckhand.domain.card.CardId;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer as it happened. {@code before} is kept whole so that undo restores the card exactly.
 * {@code elapsedDays} is whole UTC days since the previous review (0 for a first review).
 */
public record ReviewLogEntry(
        CardId cardId,
        Instant reviewedAt,
        Rating rating,
        SchedulingState before,
        SchedulingState after,
        int elapsedDays,
        Duration answerTime) {

    public ReviewLogEntry {
        Objects.requireNonNull(cardId);
        Objects.requireNonNull(reviewedAt);
        Objects.requireNonNull(rating);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        Objects.requireNonNull(answerTime);
        if (elapsedDays < 0) throw new IllegalArgumentException("elapsed days cannot be negative");
    }
}
