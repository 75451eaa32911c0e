package io.deckhand.app.study;

import java.time.LocalDate;

/** How many answers were given on one study day. */
public record DailyReviews(LocalDate day, int count) {
}
