package io.deckhand.domain.schedule.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.NextStates;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.Scheduler;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.schedule.fsrs.Fsrs6Scheduler;
import io.deckhand.domain.schedule.sm2.Sm2Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchedulersTest {
    private static final Instant NOW = Instant.parse("2024-01-01T08:00:00Z");
    private static final DeckPreset PRESET = DeckPreset.defaults(new PresetId(1), "Default").withFuzz(false);

    @Test
    void fsrsPresetUsesItsWeightsStepsAndRetention() {
        Scheduler s = Schedulers.forPreset(PRESET);
        Fsrs6Scheduler fsrs = assertInstanceOf(Fsrs6Scheduler.class, s);
        assertEquals(1.0, fsrs.intervalModifier(), 1e-8);
        NextStates n = s.preview(SchedulingState.newCard(NOW), NOW, 0);
        assertEquals(NOW.plus(Duration.ofMinutes(1)), n.again().due());
        assertEquals(NOW.plus(Duration.ofMinutes(10)), n.good().due());
        assertEquals(2.3065, n.good().stability(), 1e-9);
        assertEquals(8, n.easy().scheduledDays());

        DeckPreset lower = new DeckPreset(PRESET.id(), "Lower", SchedulerKind.FSRS6, 0.8, List.of(Duration.ofMinutes(5)),
                List.of(), 10, 20, 200, false, DeckPreset.DEFAULT_FSRS6_WEIGHTS);
        NextStates m = Schedulers.forPreset(lower).preview(SchedulingState.newCard(NOW), NOW, 0);
        assertEquals(NOW.plus(Duration.ofMinutes(5)), m.again().due());
        assertEquals(CardState.REVIEW, m.good().state(), "single step: Good graduates");
        assertEquals(8, m.good().scheduledDays(), "round(2.3065 * 3.316)");
        assertEquals(10, m.easy().scheduledDays(), "capped by the maximum interval");
    }

    @Test
    void sm2PresetGivesAnkisScheduler() {
        Scheduler s = Schedulers.forPreset(PRESET.withScheduler(SchedulerKind.SM2));
        assertInstanceOf(Sm2Scheduler.class, s);
        SchedulingState easy = s.answer(SchedulingState.newCard(NOW), Rating.EASY, NOW, 0);
        assertEquals(4, easy.scheduledDays());
        assertEquals(2.5, easy.ease(), 1e-9);
    }
}
