package io.deckhand.domain.schedule.sm2;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.NextStates;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** State x rating table for Anki's SM-2 (default options: steps 1m 10m, relearning 10m, no fuzz). */
class Sm2SchedulerTest {
    private static final Instant NOW = Instant.parse("2024-01-01T08:00:00Z");
    private static final Sm2Scheduler ANKI = new Sm2Scheduler(Sm2Options.defaults());

    private static SchedulingState review(int days, int elapsed, double ease) {
        return new SchedulingState(CardState.REVIEW, NOW.minus(Duration.ofDays(elapsed - days)), 0, 0, days, 5, 0, 0,
                NOW.minus(Duration.ofDays(elapsed)), ease);
    }

    private static SchedulingState learning(int step) {
        return new SchedulingState(CardState.LEARNING, NOW, 0, 0, 0, 1, 0, step, NOW.minusSeconds(60), 2.5);
    }

    private static SchedulingState relearning(int step, int returnDays) {
        return new SchedulingState(CardState.RELEARNING, NOW, 0, 0, returnDays, 6, 1, step, NOW.minusSeconds(600), 2.3);
    }

    /** Expected: state, wait (seconds for steps, or days for review), step, scheduled days, ease, lapses. */
    record Row(String name, SchedulingState card, Rating rating, CardState state, long waitSecs, int step, int days,
            double ease, int lapses) {
        @Override
        public String toString() {
            return name + " / " + rating;
        }
    }

    private static final long MIN = 60;
    private static final long DAY = 86_400;

    static Stream<Arguments> table() {
        SchedulingState fresh = SchedulingState.newCard(NOW);
        return Stream.of(
                new Row("new", fresh, Rating.AGAIN, CardState.LEARNING, MIN, 0, 0, 2.5, 0),
                new Row("new", fresh, Rating.HARD, CardState.LEARNING, 330, 0, 0, 2.5, 0),
                new Row("new", fresh, Rating.GOOD, CardState.LEARNING, 10 * MIN, 1, 0, 2.5, 0),
                new Row("new", fresh, Rating.EASY, CardState.REVIEW, 4 * DAY, 0, 4, 2.5, 0),
                new Row("learning last step", learning(1), Rating.AGAIN, CardState.LEARNING, MIN, 0, 0, 2.5, 0),
                new Row("learning last step", learning(1), Rating.HARD, CardState.LEARNING, 10 * MIN, 1, 0, 2.5, 0),
                new Row("learning last step", learning(1), Rating.GOOD, CardState.REVIEW, DAY, 0, 1, 2.5, 0),
                new Row("learning last step", learning(1), Rating.EASY, CardState.REVIEW, 4 * DAY, 0, 4, 2.5, 0),
                new Row("review on time", review(10, 10, 2.5), Rating.AGAIN, CardState.RELEARNING, 10 * MIN, 0, 1, 2.3, 1),
                new Row("review on time", review(10, 10, 2.5), Rating.HARD, CardState.REVIEW, 12 * DAY, 0, 12, 2.35, 0),
                new Row("review on time", review(10, 10, 2.5), Rating.GOOD, CardState.REVIEW, 25 * DAY, 0, 25, 2.5, 0),
                new Row("review on time", review(10, 10, 2.5), Rating.EASY, CardState.REVIEW, 33 * DAY, 0, 33, 2.65, 0),
                new Row("review 4 days late", review(10, 14, 2.5), Rating.HARD, CardState.REVIEW, 12 * DAY, 0, 12, 2.35, 0),
                new Row("review 4 days late", review(10, 14, 2.5), Rating.GOOD, CardState.REVIEW, 30 * DAY, 0, 30, 2.5, 0),
                new Row("review 4 days late", review(10, 14, 2.5), Rating.EASY, CardState.REVIEW, 46 * DAY, 0, 46, 2.65, 0),
                new Row("review 6 days early", review(10, 4, 2.5), Rating.HARD, CardState.REVIEW, 6 * DAY, 0, 6, 2.35, 0),
                new Row("review 6 days early", review(10, 4, 2.5), Rating.GOOD, CardState.REVIEW, 10 * DAY, 0, 10, 2.5, 0),
                new Row("review 6 days early", review(10, 4, 2.5), Rating.EASY, CardState.REVIEW, 12 * DAY, 0, 12, 2.65, 0),
                new Row("review at minimum ease", review(1, 1, 1.3), Rating.AGAIN, CardState.RELEARNING, 10 * MIN, 0, 1, 1.3, 1),
                new Row("review at minimum ease", review(1, 1, 1.3), Rating.HARD, CardState.REVIEW, 2 * DAY, 0, 2, 1.3, 0),
                new Row("review at minimum ease", review(1, 1, 1.3), Rating.GOOD, CardState.REVIEW, 3 * DAY, 0, 3, 1.3, 0),
                new Row("review at minimum ease", review(1, 1, 1.3), Rating.EASY, CardState.REVIEW, 4 * DAY, 0, 4, 1.45, 0),
                new Row("relearning", relearning(0, 1), Rating.AGAIN, CardState.RELEARNING, 10 * MIN, 0, 1, 2.3, 1),
                new Row("relearning", relearning(0, 1), Rating.HARD, CardState.RELEARNING, 15 * MIN, 0, 1, 2.3, 1),
                new Row("relearning", relearning(0, 1), Rating.GOOD, CardState.REVIEW, DAY, 0, 1, 2.3, 1),
                new Row("relearning", relearning(0, 1), Rating.EASY, CardState.REVIEW, 2 * DAY, 0, 2, 2.3, 1))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void stateByRating(Row row) {
        SchedulingState next = ANKI.answer(row.card(), row.rating(), NOW, 1L);
        assertEquals(row.state(), next.state(), "state");
        assertEquals(NOW.plusSeconds(row.waitSecs()), next.due(), "due");
        assertEquals(row.step(), next.step(), "step");
        assertEquals(row.days(), next.scheduledDays(), "scheduled days");
        assertEquals(row.ease(), next.ease(), 1e-9, "ease");
        assertEquals(row.lapses(), next.lapses(), "lapses");
        assertEquals(row.card().reps() + 1, next.reps(), "reps");
        assertEquals(NOW, next.lastReview(), "last review");
    }

    @ParameterizedTest
    @MethodSource("maxima")
    void maximumIntervalCapsEveryAnswer(int max) {
        Sm2Scheduler capped = new Sm2Scheduler(Sm2Options.anki(List.of(Duration.ofMinutes(1)),
                List.of(Duration.ofMinutes(10)), max, false));
        NextStates n = capped.preview(review(100, 100, 2.5), NOW, 0);
        for (Rating r : List.of(Rating.HARD, Rating.GOOD, Rating.EASY)) {
            assertEquals(Math.min(max, expectedUncapped(r)), n.of(r).scheduledDays(), r.name());
        }
    }

    private static int expectedUncapped(Rating r) {
        return switch (r) {
            case HARD -> 120;
            case GOOD -> 250;
            default -> 325;
        };
    }

    static Stream<Integer> maxima() {
        return Stream.of(36500, 300, 120, 50);
    }

    @ParameterizedTest
    @MethodSource("maxima")
    void withoutRelearningStepsALapseIsAReviewOfTheMinimumInterval(int max) {
        Sm2Scheduler noSteps = new Sm2Scheduler(Sm2Options.anki(List.of(Duration.ofMinutes(1)), List.of(), max, false));
        SchedulingState next = noSteps.answer(review(20, 20, 2.0), Rating.AGAIN, NOW, 0);
        assertEquals(CardState.REVIEW, next.state());
        assertEquals(1, next.scheduledDays());
        assertEquals(1.8, next.ease(), 1e-9);
        assertEquals(1, next.lapses());
    }
}
