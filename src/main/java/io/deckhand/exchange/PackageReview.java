package io.deckhand.exchange;

import io.deckhand.domain.schedule.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One review-log row. {@code intervalDays} / {@code lastIntervalDays} are whole days (Anki stores
 * learning steps as negative seconds; those become 0). {@code easeFactor} is Anki's factor in
 * permille (2500 = 250%), 0 when unknown.
 */
public record PackageReview(
        long id,
        long cardId,
        Instant reviewedAt,
        Rating rating,
        ReviewKind kind,
        int intervalDays,
        int lastIntervalDays,
        int easeFactor,
        Duration answerTime) {

    public PackageReview {
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(answerTime, "answerTime");
        if (intervalDays < 0 || lastIntervalDays < 0 || easeFactor < 0) {
            throw new IllegalArgumentException("review values cannot be negative");
        }
    }
}
