package io.deckhand.domain.schedule.fsrs.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExamPlannerTest {
    static final SimulationConfig DECK_OF_600_IN_60_DAYS = SimulationConfig.defaults(600, 60, 0, 3);

    @Test
    void aReachableTargetGivesTheNewCardsPerDayItNeeds() {
        ExamPlanner.Plan plan = ExamPlanner.plan(WorkloadSimulatorTest.MODEL, 0.9, DECK_OF_600_IN_60_DAYS, List.of(), 0.8);
        assertTrue(plan.reachable());
        // 80 % of 600 is 480 recalled: more than 480 / 60 = 8 learned a day, far fewer than all at once
        assertTrue(plan.newPerDay() > 8 && plan.newPerDay() < 600, "N = " + plan.newPerDay());
        assertTrue(plan.knowledge() >= 0.8);
        assertTrue(plan.minutesPerDay() > 0);
    }

    @Test
    void aHigherTargetNeedsMoreCardsADay() {
        ExamPlanner.Plan lower = ExamPlanner.plan(WorkloadSimulatorTest.MODEL, 0.9, DECK_OF_600_IN_60_DAYS, List.of(), 0.6);
        ExamPlanner.Plan higher = ExamPlanner.plan(WorkloadSimulatorTest.MODEL, 0.9, DECK_OF_600_IN_60_DAYS, List.of(), 0.85);
        assertTrue(higher.newPerDay() > lower.newPerDay(), lower + " / " + higher);
    }

    @Test
    void aTargetAboveWhatTheRetentionAllowsIsUnreachable() {
        ExamPlanner.Plan plan = ExamPlanner.plan(WorkloadSimulatorTest.MODEL, 0.8, DECK_OF_600_IN_60_DAYS, List.of(), 0.99);
        assertFalse(plan.reachable());
        assertEquals(600, plan.newPerDay());
        assertTrue(plan.knowledge() < 0.99);
    }

    @Test
    void aDeckAlreadyKnownWellEnoughNeedsNoNewCards() {
        List<SimulatedCard> known = Collections.nCopies(100, new SimulatedCard(400, 3, -1, 300));
        ExamPlanner.Plan plan = ExamPlanner.plan(WorkloadSimulatorTest.MODEL, 0.9,
                SimulationConfig.defaults(100, 10, 0, 1), known, 0.9);
        assertTrue(plan.reachable());
        assertEquals(0, plan.newPerDay());
        assertTrue(plan.knowledgeNow() > 0.95);
    }
}
