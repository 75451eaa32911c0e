package io.deckhand.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CalendarDaysTest {
    @Test
    void countsUtcDateChangesNotElapsedHours() {
        assertEquals(1, CalendarDays.between(Instant.parse("2026-03-01T23:55:00Z"), Instant.parse("2026-03-02T00:05:00Z")));
        assertEquals(0, CalendarDays.between(Instant.parse("2026-03-01T00:05:00Z"), Instant.parse("2026-03-01T23:55:00Z")));
        assertEquals(-1, CalendarDays.between(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-01T23:59:59.999Z")));
        assertEquals(1, CalendarDays.between(Instant.parse("1969-12-31T23:59:59Z"), Instant.parse("1970-01-01T00:00:00Z")));
        assertEquals(2, CalendarDays.between(Instant.parse("2024-02-28T12:00:00Z"), Instant.parse("2024-03-01T01:00:00Z")));
    }

    /** The same count as going through the two instants' UTC dates, before and after 1970. */
    @Property
    void agreesWithTheUtcDates(@ForAll @LongRange(min = -5_000_000_000_000L, max = 5_000_000_000_000L) long fromMs,
                               @ForAll @LongRange(min = -5_000_000_000_000L, max = 5_000_000_000_000L) long toMs) {
        Instant from = Instant.ofEpochMilli(fromMs);
        Instant to = Instant.ofEpochMilli(toMs);
        long viaDates = ChronoUnit.DAYS.between(from.atOffset(ZoneOffset.UTC).toLocalDate(), to.atOffset(ZoneOffset.UTC).toLocalDate());
        assertEquals((int) viaDates, CalendarDays.between(from, to));
    }
}
