package io.deckhand.app.study;

import java.time.Duration;

/** Today's work in a deck; {@code retention} is NaN when no review card was answered today. */
public record DaySummary(int studied, Duration timeSpent, double retention, int dueTomorrow) {
}
