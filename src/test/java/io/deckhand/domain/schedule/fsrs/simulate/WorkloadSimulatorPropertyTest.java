package io.deckhand.domain.schedule.fsrs.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.schedule.fsrs.FsrsModel;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WorkloadSimulatorPropertyTest {
    static final FsrsModel MODEL = WorkloadSimulatorTest.MODEL;

    @Provide
    Arbitrary<List<SimulatedCard>> studied() {
        Arbitrary<SimulatedCard> card = Combinators.combine(
                Arbitraries.doubles().between(0.1, 400),
                Arbitraries.doubles().between(1, 10),
                Arbitraries.integers().between(-300, 0),
                Arbitraries.integers().between(-30, 300))
                .as(SimulatedCard::new);
        return card.list().ofMaxSize(150);
    }

    @Property(tries = 25)
    void higherDesiredRetentionMeansMoreReviewsAndHigherRetention(
            @ForAll @IntRange(min = 150, max = 600) int deck, @ForAll @IntRange(min = 5, max = 30) int newPerDay,
            @ForAll @IntRange(min = 90, max = 365) int days, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        SimulationConfig config = SimulationConfig.defaults(deck, days, newPerDay, seed);
        Simulation low = WorkloadSimulator.simulate(MODEL, 0.75, config, List.of(), false);
        Simulation high = WorkloadSimulator.simulate(MODEL, 0.95, config, List.of(), false);
        assertTrue(high.totalReviews() > low.totalReviews(), high.totalReviews() + " <= " + low.totalReviews());
        assertTrue(high.averageMinutesPerDay() > low.averageMinutesPerDay());
        assertTrue(high.retentionAtEnd() > low.retentionAtEnd(), high.retentionAtEnd() + " <= " + low.retentionAtEnd());
    }

    @Property(tries = 40)
    void aSeedDeterminesTheSimulation(@ForAll("studied") List<SimulatedCard> cards,
                                      @ForAll @IntRange(min = 0, max = 300) int extra, @ForAll @IntRange(min = 0, max = 40) int newPerDay,
                                      @ForAll @IntRange(min = 1, max = 200) int days, @ForAll @DoubleRange(min = 0.7, max = 0.97) double retention,
                                      @ForAll long seed) {
        SimulationConfig config = SimulationConfig.defaults(cards.size() + extra, days, newPerDay, seed).withLimits(60, 3650);
        Simulation a = WorkloadSimulator.simulate(MODEL, retention, config, cards, true);
        Simulation b = WorkloadSimulator.simulate(MODEL, retention, config, new ArrayList<>(cards), true);
        assertArrayEquals(a.reviewsPerDay(), b.reviewsPerDay());
        assertArrayEquals(a.learnedPerDay(), b.learnedPerDay());
        assertArrayEquals(a.secondsPerDay(), b.secondsPerDay());
        assertArrayEquals(a.memorisedPerDay(), b.memorisedPerDay());
    }

    @Property(tries = 40)
    void figuresStayConsistent(@ForAll("studied") List<SimulatedCard> cards, @ForAll @IntRange(min = 0, max = 300) int extra,
                               @ForAll @IntRange(min = 0, max = 40) int newPerDay, @ForAll @IntRange(min = 1, max = 200) int days,
                               @ForAll @IntRange(min = 0, max = 80) int reviewLimit,
                               @ForAll @DoubleRange(min = 0.7, max = 0.97) double retention, @ForAll long seed) {
        SimulationConfig config = SimulationConfig.defaults(cards.size() + extra, days, newPerDay, seed).withLimits(reviewLimit, 36_500);
        Simulation s = WorkloadSimulator.simulate(MODEL, retention, config, cards, true);
        assertEquals(days + 1, s.memorisedPerDay().length);
        assertEquals(s.memorisedAtStart(), s.memorisedPerDay()[0], 1e-6);
        assertEquals(s.memorisedAtEnd(), s.memorisedPerDay()[days], 1e-6);
        assertTrue(s.memorisedAtEnd() <= s.studiedAtEnd() + 1e-9);
        assertTrue(s.knowledgeAtEnd() >= 0 && s.knowledgeAtEnd() <= 1);
        assertEquals(Math.min(extra, (long) newPerDay * days), s.totalLearned());
        for (int r : s.reviewsPerDay()) assertTrue(r <= reviewLimit);
        for (double sec : s.secondsPerDay()) assertTrue(sec >= 0 && Double.isFinite(sec));
    }

    @Property(tries = 40)
    void zeroNewCardsMeansNoLearning(@ForAll("studied") List<SimulatedCard> cards, @ForAll @IntRange(min = 0, max = 300) int extra,
                                     @ForAll @IntRange(min = 1, max = 200) int days, @ForAll long seed) {
        Simulation s = WorkloadSimulator.simulate(MODEL, 0.9, SimulationConfig.defaults(cards.size() + extra, days, 0, seed), cards, false);
        assertEquals(0, s.totalLearned());
        assertEquals(cards.size(), s.studiedAtEnd());
    }

    @Property(tries = 15)
    void anExamPlanIsTheFewestNewCardsThatReachTheTarget(
            @ForAll @IntRange(min = 20, max = 400) int deck, @ForAll @IntRange(min = 5, max = 120) int days,
            @ForAll @DoubleRange(min = 0.3, max = 0.95) double target, @ForAll @LongRange(min = 0, max = 10_000) long seed) {
        SimulationConfig config = SimulationConfig.defaults(deck, days, 0, seed);
        ExamPlanner.Plan plan = ExamPlanner.plan(MODEL, 0.9, config, List.of(), target);
        Simulation with = WorkloadSimulator.simulate(MODEL, 0.9, config.withNewPerDay(plan.newPerDay()), List.of(), false);
        assertEquals(with.knowledgeAtEnd(), plan.knowledge(), 1e-12);
        if (plan.reachable()) {
            assertTrue(with.knowledgeAtEnd() >= target);
            Simulation fewer = WorkloadSimulator.simulate(MODEL, 0.9, config.withNewPerDay(plan.newPerDay() - 1), List.of(), false);
            assertTrue(fewer.knowledgeAtEnd() < target);
        } else {
            assertEquals(deck, plan.newPerDay());
            assertTrue(with.knowledgeAtEnd() < target);
        }
    }
}
