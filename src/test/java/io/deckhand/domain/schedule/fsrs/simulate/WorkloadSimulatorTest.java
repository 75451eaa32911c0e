package io.deckhand.domain.schedule.fsrs.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.fsrs.FsrsModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadSimulatorTest {
    static final FsrsModel MODEL = new FsrsModel(DeckPreset.DEFAULT_FSRS6_WEIGHTS, true, 1);
    static final double[] ALWAYS_GOOD_FIRST = {0, 0, 1, 0};
    static final double[] ALWAYS_GOOD_RECALL = {0, 1, 0};

    static SimulationConfig goodOnly(int deck, int days, int newPerDay) {
        return new SimulationConfig(deck, days, newPerDay, Integer.MAX_VALUE, 36_500, new double[] {30, 20, 10, 5},
                new double[] {25, 12, 8, 6}, ALWAYS_GOOD_FIRST, ALWAYS_GOOD_RECALL, 7);
    }

    @Test
    void aNewCardAnsweredGoodIsLearnedOnDayZeroAndFirstReviewedWhenItsIntervalEnds() {
        // Good on the first answer: S = w2 * e^(w17 (-0.01 + 0.81 w18)), the interval at 90 % is S rounded
        double s0 = 2.3065 * Math.exp(0.5425 * (-0.01 + 0.81 * 0.0912));
        int firstInterval = (int) Math.round(s0 * MODEL.intervalModifier(0.9));
        Simulation s = WorkloadSimulator.simulate(MODEL, 0.9, goodOnly(1, firstInterval + 1, 1), List.of(), true);
        assertEquals(1, s.learnedPerDay()[0]);
        assertEquals(10.0, s.secondsPerDay()[0], 1e-9);
        for (int day = 0; day < firstInterval; day++) assertEquals(0, s.reviewsPerDay()[day], "day " + day);
        assertEquals(1, s.reviewsPerDay()[firstInterval]);
        // the morning after learning, the card is recalled with R(1 day, S)
        assertEquals(MODEL.retrievability(1, s0), s.memorisedPerDay()[1], 1e-6);
        assertEquals(0.0, s.memorisedPerDay()[0]);
    }

    @Test
    void aStudiedCardIsReviewedOnItsDueDayOnly() {
        List<SimulatedCard> cards = List.of(new SimulatedCard(30, 5, -27, 3));
        Simulation s = WorkloadSimulator.simulate(MODEL, 0.9, goodOnly(1, 10, 0), cards, true);
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 0, 0, 0, 0, 0}, s.reviewsPerDay());
        assertEquals(MODEL.retrievability(27, 30), s.memorisedAtStart(), 1e-9);
        assertEquals(s.memorisedAtStart(), s.memorisedPerDay()[0], 1e-9);
    }

    @Test
    void overdueCardsAreDueToday() {
        List<SimulatedCard> cards = List.of(new SimulatedCard(5, 5, -40, -20));
        Simulation s = WorkloadSimulator.simulate(MODEL, 0.9, goodOnly(1, 3, 0), cards, false);
        assertEquals(1, s.reviewsPerDay()[0]);
    }

    @Test
    void reviewsAboveTheDailyLimitWaitForTheNextDay() {
        List<SimulatedCard> cards = Collections.nCopies(10, new SimulatedCard(200, 5, -180, 0));
        SimulationConfig config = goodOnly(10, 4, 0).withLimits(4, 36_500);
        Simulation s = WorkloadSimulator.simulate(MODEL, 0.9, config, cards, false);
        assertArrayEquals(new int[] {4, 4, 2, 0}, s.reviewsPerDay());
    }

    @Test
    void zeroNewCardsAndNothingStudiedMeansNoWork() {
        Simulation s = WorkloadSimulator.simulate(MODEL, 0.9, SimulationConfig.defaults(500, 100, 0, 1), List.of(), true);
        assertEquals(0, s.totalLearned());
        assertEquals(0, s.totalReviews());
        assertEquals(0.0, s.averageMinutesPerDay());
        assertEquals(0.0, s.knowledgeAtEnd());
    }

    @Test
    void aDeckIsLearnedAtTheNewCardRateUntilNoneAreLeft() {
        Simulation s = WorkloadSimulator.simulate(MODEL, 0.9, SimulationConfig.defaults(25, 5, 10, 1), List.of(), false);
        assertArrayEquals(new int[] {10, 10, 5, 0, 0}, s.learnedPerDay());
        assertEquals(25, s.studiedAtEnd());
    }

    @Test
    void theSameSeedGivesTheSameSimulationAndAnotherSeedAnotherOne() {
        SimulationConfig config = SimulationConfig.defaults(800, 200, 20, 99);
        Simulation a = WorkloadSimulator.simulate(MODEL, 0.85, config, List.of(), true);
        Simulation b = WorkloadSimulator.simulate(MODEL, 0.85, config, List.of(), true);
        assertArrayEquals(a.reviewsPerDay(), b.reviewsPerDay());
        assertArrayEquals(a.secondsPerDay(), b.secondsPerDay());
        assertArrayEquals(a.memorisedPerDay(), b.memorisedPerDay());
        Simulation c = WorkloadSimulator.simulate(MODEL, 0.85, config.withSeed(100), List.of(), true);
        assertFalse(java.util.Arrays.equals(a.reviewsPerDay(), c.reviewsPerDay()));
    }

    @Test
    void theSweepRunsFromSeventyToNinetySevenPercent() {
        List<RetentionSweep.Point> points = RetentionSweep.sweep(MODEL, SimulationConfig.defaults(300, 120, 10, 5), List.of());
        assertEquals(28, points.size());
        assertEquals(0.70, points.get(0).desiredRetention());
        assertEquals(0.97, points.get(27).desiredRetention());
        // the ends differ by far more than the noise of one seed
        assertTrue(points.get(27).reviewsPerDay() > 2 * points.get(0).reviewsPerDay(), points.toString());
        assertTrue(points.get(27).retentionAtEnd() > points.get(0).retentionAtEnd());
    }

    @Test
    void inputsOutsideTheModelAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SimulationConfig.defaults(10, 0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> SimulationConfig.defaults(-1, 10, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> WorkloadSimulator.simulate(MODEL, 1.0,
                SimulationConfig.defaults(10, 10, 1, 1), List.of(), false));
        List<SimulatedCard> two = new ArrayList<>(Collections.nCopies(2, new SimulatedCard(1, 5, 0, 1)));
        assertThrows(IllegalArgumentException.class, () -> WorkloadSimulator.simulate(MODEL, 0.9,
                SimulationConfig.defaults(1, 10, 1, 1), two, false));
        assertThrows(IllegalArgumentException.class, () -> new SimulatedCard(1, 5, 2, 3));
    }
}
