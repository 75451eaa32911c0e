package io.deckhand.domain.schedule.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.NextStates;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fuzzed review intervals stay in the Anki/ts-fsrs band around the exact interval. */
class FsrsFuzzTest {
    private static final Instant LAST = Instant.parse("2024-03-01T10:00:00Z");

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 2, 3, 5, 12, 40, 150, 900, 20000})
    void fuzzedIntervalsStayInRange(double stability) {
        Fsrs6Scheduler exact = new Fsrs6Scheduler(FsrsOptions.defaults(DeckPreset.DEFAULT_FSRS6_WEIGHTS, false));
        Fsrs6Scheduler fuzzed = new Fsrs6Scheduler(FsrsOptions.defaults(DeckPreset.DEFAULT_FSRS6_WEIGHTS, true));
        int days = (int) Math.max(1, Math.round(stability));
        SchedulingState card = new SchedulingState(CardState.REVIEW, LAST.plus(Duration.ofDays(days)), stability, 5,
                days, 4, 0, 0, LAST, 2.5);
        Instant now = card.due();
        NextStates plain = exact.preview(card, now, 0);
        for (long seed = 0; seed < 300; seed++) {
            NextStates f = fuzzed.preview(card, now, seed);
            for (Rating r : new Rating[] {Rating.HARD, Rating.GOOD, Rating.EASY}) {
                int base = (int) Math.min(Math.max(1, Math.round(f.of(r).stability() * exact.intervalModifier())), 36500);
                int got = f.of(r).scheduledDays();
                if (base < 3) {
                    assertTrue(got >= base, "short intervals are not fuzzed below: " + got);
                    continue;
                }
                FuzzRange range = FuzzRange.of(base, days, 36500);
                // Ordering can push Good/Easy one day past the band, never below it.
                assertTrue(got >= range.min() && got <= range.max() + 2, r + " " + got + " outside " + range);
            }
            assertEquals(plain.good().stability(), f.good().stability(), "fuzz never touches memory");
            assertEquals(CardState.RELEARNING, f.again().state());
        }
    }
}
