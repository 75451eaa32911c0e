package io.deckhand.domain.schedule;

import io.deckhand.domain.study.StudyDay;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Review state another program wrote next to a card, to be taken over when the card is first
 * saved: the Obsidian Spaced Repetition plugin's {@code <!--SR:!2026-01-03,3,250-->} (due day,
 * interval in days, ease in percent) or its FSRS form (due time, stability, difficulty, state...).
 * {@link #toState} turns it into Deckhand's state; docs/obsidian-sr.md says what maps how.
 */
public record CarriedSchedule(LocalDate dueDay, Instant dueAt, int intervalDays, int easePercent,
                              double stability, double difficulty, CardState state, int reps, int lapses,
                              int step, Instant lastReview) {
    /** FSRS difficulty for the lowest and highest SM-2 ease seen in practice (130% hardest, 350% easiest). */
    private static final double HARDEST_EASE = 1.3;
    private static final double EASIEST_EASE = 3.5;

    public CarriedSchedule {
        if (dueDay == null && dueAt == null) throw new IllegalArgumentException("a carried schedule needs a due date");
        Objects.requireNonNull(state, "state");
        if (intervalDays < 0 || reps < 0 || lapses < 0 || step < 0 || stability < 0 || difficulty < 0) {
            throw new IllegalArgumentException("schedule values cannot be negative");
        }
    }

    /** The plugin's SM-2 form: due day, interval in days, ease in percent (250 = 2.5). */
    public static CarriedSchedule sm2(LocalDate dueDay, int intervalDays, int easePercent) {
        return new CarriedSchedule(dueDay, null, Math.max(1, intervalDays), easePercent, 0, 0, CardState.REVIEW,
                1, 0, 0, null);
    }

    /** The plugin's FSRS form, values as it wrote them. */
    public static CarriedSchedule fsrs(Instant due, int intervalDays, double stability, double difficulty,
                                       CardState state, int reps, int lapses, int step, Instant lastReview) {
        return new CarriedSchedule(null, due, intervalDays, 0, stability, difficulty, state, reps, lapses, step,
                lastReview);
    }

    /**
     * The state a card starts with in Deckhand. SM-2 form: a review card due at the start of the due
     * day's study day; last reviewed one interval before that; FSRS stability = the interval (SM-2
     * schedules a review near 90% recall, the retention stability is defined at); difficulty from the
     * ease, linear from 10 at 130% to 1 at 350% (250% gives 4.6); Deckhand keeps the ease for SM-2 presets.
     */
    public SchedulingState toState(StudyDay day) {
        if (dueAt != null) {
            double ease = easePercent > 0 ? easePercent / 100.0 : SchedulingState.DEFAULT_EASE;
            int days = state == CardState.REVIEW ? Math.max(1, intervalDays) : intervalDays;
            return new SchedulingState(state, dueAt, state == CardState.NEW ? 0 : stability,
                    state == CardState.NEW ? 0 : difficulty, state == CardState.NEW ? 0 : days, reps, lapses, step,
                    state == CardState.NEW ? null : lastReview, ease);
        }
        Instant due = dueDay.atTime(day.rollover()).atZone(day.zone()).toInstant();
        Instant last = dueDay.minusDays(intervalDays).atTime(day.rollover()).atZone(day.zone()).toInstant();
        double ease = easePercent / 100.0;
        double d = 10 - 9 * (ease - HARDEST_EASE) / (EASIEST_EASE - HARDEST_EASE);
        return new SchedulingState(CardState.REVIEW, due, intervalDays, Math.max(1, Math.min(10, d)), intervalDays,
                reps, lapses, 0, last, ease > 0 ? ease : SchedulingState.DEFAULT_EASE);
    }
}
