package io.deckhand.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Short answer-button labels as Anki shows them: "&lt;1m", "10m", "1h", "3d", "2.1mo", "1.5y".
 * Minutes and days are whole; hours, months (365/12 days) and years keep one decimal when needed.
 */
public final class IntervalLabel {
    private static final double MINUTE = 60;
    private static final double HOUR = 60 * MINUTE;
    private static final double DAY = 24 * HOUR;
    private static final double YEAR = 365 * DAY;
    private static final double MONTH = YEAR / 12;

    private IntervalLabel() {
    }

    /** Label for the wait from {@code now} until {@code next} is due. */
    public static String of(Instant now, SchedulingState next) {
        return of(Duration.between(now, next.due()));
    }

    public static String of(Duration wait) {
        double secs = Math.max(0, wait.toMillis() / 1000.0);
        if (secs < MINUTE) return "<1m";
        if (secs < HOUR) return Math.round(secs / MINUTE) + "m";
        if (secs < DAY) return oneDecimal(secs / HOUR) + "h";
        if (secs < MONTH) return Math.round(secs / DAY) + "d";
        if (secs < YEAR) return oneDecimal(secs / MONTH) + "mo";
        return oneDecimal(secs / YEAR) + "y";
    }

    private static String oneDecimal(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == Math.rint(r) ? Long.toString((long) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}
