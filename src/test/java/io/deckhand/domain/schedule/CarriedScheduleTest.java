package io.deckhand.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.study.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CarriedScheduleTest {
    private static final StudyDay BERLIN = new StudyDay(ZoneId.of("Europe/Berlin"), LocalTime.of(4, 0));

    @Test
    void anSm2ScheduleIsAReviewCardDueAtTheStartOfItsStudyDay() {
        SchedulingState s = CarriedSchedule.sm2(LocalDate.of(2026, 1, 3), 3, 250).toState(BERLIN);
        assertEquals(CardState.REVIEW, s.state());
        assertEquals(Instant.parse("2026-01-03T03:00:00Z"), s.due()); // 04:00 in Berlin (UTC+1)
        assertEquals(Instant.parse("2025-12-31T03:00:00Z"), s.lastReview());
        assertEquals(3, s.scheduledDays());
        assertEquals(3.0, s.stability());
        assertEquals(2.5, s.ease());
        assertEquals(1, s.reps());
    }

    @Test
    void easeMapsToDifficultyFromHardToEasy() {
        double hard = CarriedSchedule.sm2(LocalDate.of(2026, 1, 3), 3, 130).toState(BERLIN).difficulty();
        double normal = CarriedSchedule.sm2(LocalDate.of(2026, 1, 3), 3, 250).toState(BERLIN).difficulty();
        double easy = CarriedSchedule.sm2(LocalDate.of(2026, 1, 3), 3, 350).toState(BERLIN).difficulty();
        double beyond = CarriedSchedule.sm2(LocalDate.of(2026, 1, 3), 3, 900).toState(BERLIN).difficulty();
        assertEquals(10.0, hard, 1e-9);
        assertEquals(1.0, easy, 1e-9);
        assertEquals(1.0, beyond, 1e-9);
        assertTrue(normal > easy && normal < hard, "250% lies between: " + normal);
    }

    @Test
    void anFsrsScheduleKeepsItsMemory() {
        SchedulingState s = CarriedSchedule.fsrs(Instant.parse("2023-09-06T00:10:00Z"), 0, 0.4, 5.5,
                CardState.LEARNING, 1, 0, 1, Instant.parse("2023-09-06T00:00:00Z")).toState(BERLIN);
        assertEquals(CardState.LEARNING, s.state());
        assertEquals(Instant.parse("2023-09-06T00:10:00Z"), s.due());
        assertEquals(0.4, s.stability());
        assertEquals(5.5, s.difficulty());
        assertEquals(1, s.step());
        assertEquals(0, s.scheduledDays());
    }
}
