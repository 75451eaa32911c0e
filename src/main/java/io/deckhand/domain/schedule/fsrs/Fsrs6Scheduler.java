package io.deckhand.domain.schedule.fsrs;

import io.deckhand.domain.schedule.CalendarDays;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.FuzzSeed;
import io.deckhand.domain.schedule.NextStates;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.Scheduler;
import io.deckhand.domain.schedule.SchedulingState;
import java.time.Instant;
import java.util.Objects;

/**
 * FSRS-6 scheduling policy: (re)learning steps, intervals from stability and desired retention,
 * ordering of the review intervals and fuzz. With fuzz off the results equal ts-fsrs 5.x exactly.
 */
public final class Fsrs6Scheduler implements Scheduler {
    private static final long DAY_MS = 86_400_000L;
    private static final long MINUTE_MS = 60_000L;

    private final FsrsModel model;
    private final FsrsOptions options;
    private final double intervalModifier;
    private final LearningSteps learningSteps;
    private final LearningSteps relearningSteps;

    public Fsrs6Scheduler(FsrsOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.model = new FsrsModel(options.weights(), options.shortTerm(), options.relearningSteps().size());
        this.intervalModifier = model.intervalModifier(options.desiredRetention());
        this.learningSteps = new LearningSteps(options.learningSteps());
        this.relearningSteps = new LearningSteps(options.relearningSteps());
    }

    public FsrsModel model() {
        return model;
    }

    public FsrsOptions options() {
        return options;
    }

    public double intervalModifier() {
        return intervalModifier;
    }

    @Override
    public NextStates preview(SchedulingState current, Instant now, long fuzzSeed) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(now, "now");
        Answer a = new Answer(current, now, CalendarDays.sinceLastReview(current, now),
                options.fuzz() ? FuzzSeed.unit(fuzzSeed) : 0.0, memoryOf(current));
        if (!options.shortTerm()) return longTerm(a);
        return switch (current.state()) {
            case NEW -> learning(a, CardState.LEARNING, learningSteps);
            case LEARNING -> learning(a, CardState.LEARNING, learningSteps);
            case RELEARNING -> learning(a, CardState.RELEARNING, relearningSteps);
            case REVIEW -> review(a);
        };
    }

    /** What one preview works from: the card, the moment, whole days elapsed and the fuzz draw. */
    private record Answer(SchedulingState card, Instant now, int elapsedDays, double fuzzUnit, MemoryState memory) {
    }

    /** Null when the card has no usable memory state yet (new, or imported without one). */
    private static MemoryState memoryOf(SchedulingState s) {
        if (s.stability() < FsrsModel.S_MIN || s.difficulty() < 1) return null;
        return new MemoryState(s.stability(), s.difficulty());
    }

    private NextStates learning(Answer a, CardState toState, LearningSteps steps) {
        SchedulingState[] out = new SchedulingState[4];
        for (Rating g : Rating.values()) {
            MemoryState m = model.next(a.memory(), a.elapsedDays(), g);
            out[g.ordinal()] = afterStep(a, m, toState, steps.inLearning(a.card().step(), g), a.card().lapses());
        }
        return new NextStates(out[0], out[1], out[2], out[3]);
    }

    private NextStates review(Answer a) {
        double r = model.retrievability(a.elapsedDays(), a.memory() == null ? 1 : a.memory().stability());
        MemoryState again = model.next(a.memory(), a.elapsedDays(), Rating.AGAIN, r);
        MemoryState hard = model.next(a.memory(), a.elapsedDays(), Rating.HARD, r);
        MemoryState good = model.next(a.memory(), a.elapsedDays(), Rating.GOOD, r);
        MemoryState easy = model.next(a.memory(), a.elapsedDays(), Rating.EASY, r);

        int hardIvl = nextInterval(hard.stability(), a);
        int goodIvl = nextInterval(good.stability(), a);
        hardIvl = Math.min(hardIvl, goodIvl);
        goodIvl = Math.max(goodIvl, hardIvl + 1);
        int easyIvl = Math.max(nextInterval(easy.stability(), a), goodIvl + 1);

        int lapses = a.card().lapses();
        return new NextStates(
                afterStep(a, again, CardState.RELEARNING, relearningSteps.afterLapse(a.card().step()), lapses + 1),
                inDays(a, hard, hardIvl, lapses),
                inDays(a, good, goodIvl, lapses),
                inDays(a, easy, easyIvl, lapses));
    }

    /** Without short-term scheduling every answer is a review in whole days, ordered again<hard<good<easy. */
    private NextStates longTerm(Answer a) {
        boolean isNew = a.card().state() == CardState.NEW || a.memory() == null;
        double r = isNew ? 1 : model.retrievability(a.elapsedDays(), a.memory().stability());
        MemoryState[] m = new MemoryState[4];
        int[] ivl = new int[4];
        for (Rating g : Rating.values()) {
            m[g.ordinal()] = model.next(a.memory(), a.elapsedDays(), g, r);
            ivl[g.ordinal()] = nextInterval(m[g.ordinal()].stability(), a);
        }
        ivl[0] = Math.min(ivl[0], ivl[1]);
        ivl[1] = Math.max(ivl[1], ivl[0] + 1);
        ivl[2] = Math.max(ivl[2], ivl[1] + 1);
        ivl[3] = Math.max(ivl[3], ivl[2] + 1);
        int lapses = a.card().lapses();
        int againLapses = a.card().state() == CardState.NEW ? lapses : lapses + 1;
        return new NextStates(
                inDays(a, m[0], ivl[0], againLapses),
                inDays(a, m[1], ivl[1], lapses),
                inDays(a, m[2], ivl[2], lapses),
                inDays(a, m[3], ivl[3], lapses));
    }

    /** Follows a (re)learning step, or graduates to review when there is none. */
    private SchedulingState afterStep(Answer a, MemoryState m, CardState toState, LearningSteps.Step step, int lapses) {
        if (step == null) {
            return inDays(a, m, nextInterval(m.stability(), a), lapses);
        }
        Instant due = a.now().plusMillis(step.minutes() * MINUTE_MS);
        if (step.minutes() < 1440) {
            return state(a, toState, due, m, 0, lapses, step.nextIndex());
        }
        // A step of a day or more: the card is a review card due after exactly that step.
        return state(a, CardState.REVIEW, due, m, (int) (step.minutes() / 1440), lapses, 0);
    }

    private SchedulingState inDays(Answer a, MemoryState m, int days, int lapses) {
        return state(a, CardState.REVIEW, a.now().plusMillis(days * DAY_MS), m, days, lapses, 0);
    }

    private SchedulingState state(Answer a, CardState st, Instant due, MemoryState m, int days, int lapses, int step) {
        SchedulingState c = a.card();
        return new SchedulingState(st, due, m.stability(), m.difficulty(), days, c.reps() + 1, lapses, step,
                a.now(), c.ease());
    }

    /** round(S * interval modifier) within [1, maximum], then fuzzed when on and at least 2.5 days. */
    int nextInterval(double stability, Answer a) {
        int max = options.maximumIntervalDays();
        int ivl = (int) Math.min(Math.max(1, Math.round(stability * intervalModifier)), max);
        if (!options.fuzz() || ivl < 2.5) return ivl;
        return FuzzRange.of(ivl, a.elapsedDays(), max).pick(a.fuzzUnit());
    }
}
