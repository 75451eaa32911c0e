package io.deckhand.domain.schedule.sm2;

import io.deckhand.domain.schedule.CalendarDays;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.FuzzSeed;
import io.deckhand.domain.schedule.NextStates;
import io.deckhand.domain.schedule.Scheduler;
import io.deckhand.domain.schedule.SchedulingState;
import java.time.Instant;
import java.util.Objects;

/**
 * SM-2 as Anki's v3 scheduler does it. Ease moves by -0.2 (Again), -0.15 (Hard), +0.15 (Easy),
 * never below 1.3. A relearning card keeps in {@code scheduledDays} the interval it returns to.
 * FSRS memory fields are carried through untouched.
 */
public final class Sm2Scheduler implements Scheduler {
    private static final long DAY_MS = 86_400_000L;

    private final Sm2Options options;
    private final Sm2Steps learning;
    private final Sm2Steps relearning;

    public Sm2Scheduler(Sm2Options options) {
        this.options = Objects.requireNonNull(options, "options");
        this.learning = new Sm2Steps(options.learningSteps());
        this.relearning = new Sm2Steps(options.relearningSteps());
    }

    public Sm2Options options() {
        return options;
    }

    @Override
    public NextStates preview(SchedulingState current, Instant now, long fuzzSeed) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(now, "now");
        Double fuzz = options.fuzz() ? FuzzSeed.unit(fuzzSeed) : null;
        Ctx c = new Ctx(current, now, fuzz);
        return switch (current.state()) {
            case NEW, LEARNING -> learning(c);
            case REVIEW -> review(c);
            case RELEARNING -> relearning(c);
        };
    }

    private record Ctx(SchedulingState card, Instant now, Double fuzz) {
    }

    private NextStates learning(Ctx c) {
        int step = c.card().state() == CardState.NEW ? 0 : c.card().step();
        double ease = options.startingEase();
        int grad = fuzzed(c, options.graduatingIntervalDays(), 1);
        long again = learning.againSecs();
        long hard = learning.hardSecs(step);
        long good = learning.goodSecs(step);
        return new NextStates(
                again < 0 ? review(c, grad, ease, c.card().lapses()) : inSteps(c, CardState.LEARNING, again, 0, 0),
                hard < 0 ? review(c, grad, ease, c.card().lapses()) : inSteps(c, CardState.LEARNING, hard, step, 0),
                good < 0 ? review(c, grad, ease, c.card().lapses())
                        : inSteps(c, CardState.LEARNING, good, learning.nextIndex(step), 0),
                review(c, fuzzed(c, options.easyIntervalDays(), 1), ease, c.card().lapses()));
    }

    private NextStates review(Ctx c) {
        SchedulingState s = c.card();
        int scheduled = Math.max(1, s.scheduledDays());
        int elapsed = s.lastReview() == null ? scheduled : CalendarDays.between(s.lastReview(), c.now());
        int daysLate = elapsed - scheduled;
        double ease = Math.max(s.ease(), Sm2Options.MINIMUM_EASE);
        int hard;
        int good;
        int easy;
        if (daysLate < 0) {
            // Reviewed early: base the intervals on the time actually waited (Anki's early-review rule).
            double waited = Math.max(elapsed, 0);
            hard = passing(c, Math.max(waited * options.hardMultiplier(), scheduled * options.hardMultiplier() / 2), 0, false);
            good = passing(c, Math.max(waited * ease, scheduled), 0, false);
            double reducedBonus = options.easyBonus() - (options.easyBonus() - 1) / 2;
            easy = passing(c, Math.max(waited * ease, scheduled) * reducedBonus, 0, false);
        } else {
            boolean hardShortens = options.hardMultiplier() <= 1.0;
            hard = passing(c, scheduled * options.hardMultiplier(), hardShortens ? 0 : s.scheduledDays() + 1, true);
            good = passing(c, (scheduled + daysLate / 2.0) * ease, hardShortens ? s.scheduledDays() + 1 : hard + 1, true);
            easy = passing(c, (scheduled + daysLate) * ease * options.easyBonus(), good + 1, true);
        }
        return new NextStates(
                lapse(c, scheduled, ease),
                review(c, hard, Math.max(ease - 0.15, Sm2Options.MINIMUM_EASE), s.lapses()),
                review(c, good, ease, s.lapses()),
                review(c, easy, ease + 0.15, s.lapses()));
    }

    private SchedulingState lapse(Ctx c, int scheduled, double ease) {
        int lapses = c.card().lapses() + 1;
        double newEase = Math.max(ease - 0.2, Sm2Options.MINIMUM_EASE);
        int days = fuzzed(c, scheduled * options.lapseMultiplier(), options.minimumLapseDays());
        long again = relearning.againSecs();
        if (again < 0) return review(c, days, newEase, lapses);
        return withEase(inSteps(c, CardState.RELEARNING, again, 0, days), newEase, lapses);
    }

    private NextStates relearning(Ctx c) {
        SchedulingState s = c.card();
        int back = Math.max(1, Math.min(s.scheduledDays(), options.maximumIntervalDays()));
        int step = s.step();
        long again = relearning.againSecs();
        long hard = relearning.hardSecs(step);
        long good = relearning.goodSecs(step);
        int againDays = fuzzed(c, back * options.lapseMultiplier(), options.minimumLapseDays());
        return new NextStates(
                again < 0 ? review(c, back, s.ease(), s.lapses()) : inSteps(c, CardState.RELEARNING, again, 0, againDays),
                hard < 0 ? review(c, back, s.ease(), s.lapses()) : inSteps(c, CardState.RELEARNING, hard, step, back),
                good < 0 ? review(c, back, s.ease(), s.lapses())
                        : inSteps(c, CardState.RELEARNING, good, relearning.nextIndex(step), back),
                review(c, Math.min(back + 1, options.maximumIntervalDays()), s.ease(), s.lapses()));
    }

    /** Interval * interval modifier, at least {@code minimum}, at most the maximum, fuzzed if asked. */
    private int passing(Ctx c, double interval, int minimum, boolean fuzz) {
        double ivl = interval * options.intervalModifier();
        return Sm2Fuzz.apply(fuzz ? c.fuzz() : null, ivl, minimum, options.maximumIntervalDays());
    }

    private int fuzzed(Ctx c, double days, int minimum) {
        return Sm2Fuzz.apply(c.fuzz(), Math.max(days, minimum), minimum, options.maximumIntervalDays());
    }

    private SchedulingState inSteps(Ctx c, CardState state, long secs, int step, int scheduledDays) {
        SchedulingState s = c.card();
        return new SchedulingState(state, c.now().plusSeconds(secs), s.stability(), s.difficulty(), scheduledDays,
                s.reps() + 1, s.lapses(), step, c.now(), s.ease());
    }

    private SchedulingState review(Ctx c, int days, double ease, int lapses) {
        SchedulingState s = c.card();
        return new SchedulingState(CardState.REVIEW, c.now().plusMillis(days * DAY_MS), s.stability(), s.difficulty(),
                days, s.reps() + 1, lapses, 0, c.now(), ease);
    }

    private static SchedulingState withEase(SchedulingState s, double ease, int lapses) {
        return new SchedulingState(s.state(), s.due(), s.stability(), s.difficulty(), s.scheduledDays(), s.reps(),
                lapses, s.step(), s.lastReview(), ease);
    }
}
