package io.deckhand.domain.study;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The study day: it starts at {@code rollover} local time (4 am by default, as in Anki), so a late
 * night session still counts for the evening before.
 */
public record StudyDay(ZoneId zone, LocalTime rollover) {
    public static final LocalTime DEFAULT_ROLLOVER = LocalTime.of(4, 0);

    public StudyDay {
        Objects.requireNonNull(zone);
        Objects.requireNonNull(rollover);
    }

    /** The calendar date this study day is named after. */
    public LocalDate dateOf(Instant t) {
        ZonedDateTime z = t.atZone(zone);
        return z.toLocalTime().isBefore(rollover) ? z.toLocalDate().minusDays(1) : z.toLocalDate();
    }

    /** When the study day containing {@code t} started. */
    public Instant startOf(Instant t) {
        return dateOf(t).atTime(rollover).atZone(zone).toInstant();
    }

    /** When the study day containing {@code t} ends (the next day's start). */
    public Instant endOf(Instant t) {
        return dateOf(t).plusDays(1).atTime(rollover).atZone(zone).toInstant();
    }
}
