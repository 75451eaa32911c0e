package io.deckhand.exchange;

import io.deckhand.domain.schedule.Rating;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One review-log row in Anki's units: {@code intervalDays} / {@code lastIntervalDays} are whole
 * days, or minus the seconds of a learning step (Anki's revlog.ivl). {@code easeFactor} is Anki's
 * factor in permille: the SM-2 ease (2500 = 250%), or with FSRS the difficulty mapped to 100-1100;
 * 0 when unknown.
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
        if (easeFactor < 0) throw new IllegalArgumentException("the ease factor cannot be negative");
    }
}
