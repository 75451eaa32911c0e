package io.deckhand.domain.schedule.fsrs.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Review log to training items, on small spelled-out histories. */
class TrainingSetTest {
    private static final long DAY = 86_400_000L;
    private static final long T0 = 1_704_099_600_000L; // 2024-01-01T09:00Z

    private static ReviewRecord r(long card, long millis, int rating, int state) {
        return new ReviewRecord(card, millis, rating, state);
    }

    @Test
    void sameDayAnswersStayInTheHistoryButAreNotItems() {
        TrainingSet set = TrainingSet.of(List.of(
                r(1, T0, 1, 0), r(1, T0 + 600_000, 3, 1), r(1, T0 + DAY, 3, 2),
                r(1, T0 + DAY + 60_000, 3, 2), r(1, T0 + 4 * DAY, 2, 2)), ZoneOffset.UTC, 4);
        CardHistory card = set.cards().get(0);
        assertArrayEquals(new int[] {1, 3, 3, 3, 2}, card.ratings());
        assertArrayEquals(new int[] {0, 0, 1, 0, 3}, card.deltaDays());
        assertEquals(List.of(2, 4), set.items().stream().map(TrainingItem::current).toList());
        TrainingItem last = set.items().get(1);
        assertEquals(2, last.longTermReviews());
        assertEquals(3, last.currentDelta());
        assertEquals(1, last.firstLongTermDelta());
    }

    @Test
    void daysStartAtTheRolloverHourInTheZone() {
        // 02:00 and 05:00 UTC on the same date are different study days when the day starts at 4
        List<ReviewRecord> log = List.of(r(1, T0 - 7 * 3_600_000L, 3, 0), r(1, T0 - 4 * 3_600_000L, 3, 2));
        assertEquals(1, TrainingSet.of(log, ZoneOffset.UTC, 4).items().size());
        assertEquals(0, TrainingSet.of(log, ZoneOffset.UTC, 0).items().size());
        // in UTC+10 both are on the same local morning, after 4 am
        assertEquals(0, TrainingSet.of(log, ZoneId.of("Australia/Brisbane"), 4).items().size());
    }

    @Test
    void aCardLearntAgainFromNewStartsOverAndOneNeverLearntIsSkipped() {
        TrainingSet set = TrainingSet.of(List.of(
                r(1, T0, 3, 0), r(1, T0 + 3 * DAY, 3, 2),
                r(1, T0 + 10 * DAY, 2, 0), r(1, T0 + 12 * DAY, 3, 2),
                r(2, T0, 3, 2), r(2, T0 + 5 * DAY, 3, 2)), ZoneOffset.UTC, 4);
        assertEquals(1, set.cards().size());
        assertArrayEquals(new int[] {2, 3}, set.cards().get(0).ratings());
        assertArrayEquals(new int[] {0, 2}, set.cards().get(0).deltaDays());
    }

    @Test
    void itemsAreInTheOrderTheyWereAnswered() {
        TrainingSet set = TrainingSet.of(List.of(
                r(1, T0, 3, 0), r(1, T0 + 5 * DAY, 3, 2),
                r(2, T0 + 60_000, 3, 0), r(2, T0 + 2 * DAY, 1, 2), r(2, T0 + 9 * DAY, 3, 3)), ZoneOffset.UTC, 4);
        assertEquals(List.of(2L, 1L, 2L), set.items().stream().map(i -> i.card().cardId()).toList());
        assertEquals(1, set.items().get(2).lapses());
    }
}
