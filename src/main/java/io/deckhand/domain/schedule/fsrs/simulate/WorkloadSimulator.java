package io.deckhand.domain.schedule.fsrs.simulate;

import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.fsrs.FsrsModel;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Day-by-day Monte Carlo simulation of studying a deck with FSRS, in the manner of fsrs-rs's
 * {@code simulate}: each day the due cards are reviewed (recalled with probability R, the rating
 * drawn from the configured mix), then new cards are learned; every card is rescheduled at the
 * interval that yields the desired retention. Pure and deterministic for a seed.
 */
public final class WorkloadSimulator {
    /** Same-day effect of the learning steps on a new card, by first rating (fsrs-rs's averages). */
    private static final double[] FIRST_RATING_OFFSETS = {-0.72, -0.15, -0.01, 0.0};
    private static final double[] FIRST_SESSION_LENGTHS = {2.02, 1.28, 0.81, 0.0};
    /** Same-day effect of the relearning steps after a lapse. */
    private static final double FORGET_RATING_OFFSET = -0.28;
    private static final double FORGET_SESSION_LENGTH = 1.05;

    private WorkloadSimulator() {
    }

    /**
     * @param existing cards already studied (their number counts towards the deck size); the rest
     *                 of the deck is new
     * @param daily    whether to fill {@link Simulation#memorisedPerDay()} (costs a retrievability
     *                 per card per day; the start and end figures are always computed)
     */
    public static Simulation simulate(FsrsModel model, double desiredRetention, SimulationConfig config,
                                      List<SimulatedCard> existing, boolean daily) {
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1: " + desiredRetention);
        }
        if (existing.size() > config.deckSize()) {
            throw new IllegalArgumentException("more studied cards (" + existing.size() + ") than the deck holds ("
                    + config.deckSize() + ")");
        }
        return new Run(model, desiredRetention, config, existing, daily).run();
    }

    private static final class Run {
        private final FsrsModel model;
        private final double desiredRetention;
        private final double intervalModifier;
        private final int days;
        private final int maxInterval;
        private final int reviewLimit;
        private final int newPerDay;
        private final double[] learnSeconds;
        private final double[] reviewSeconds;
        private final double[] firstCumulative;
        private final double[] recallCumulative;
        private final SplittableRandom random;

        private final double[] stability;
        private final double[] difficulty;
        private final int[] last;
        private final int[] dueHead;
        private final int[] nextInDay;
        private int studied;
        private final int deckSize;

        private final int[] reviews;
        private final int[] learned;
        private final double[] seconds;
        private final double[] memorised;

        Run(FsrsModel model, double desiredRetention, SimulationConfig c, List<SimulatedCard> existing, boolean daily) {
            this.model = model;
            this.desiredRetention = desiredRetention;
            this.intervalModifier = model.intervalModifier(desiredRetention);
            this.days = c.days();
            this.maxInterval = c.maxIntervalDays();
            this.reviewLimit = c.reviewsPerDay();
            this.newPerDay = c.newPerDay();
            this.learnSeconds = c.learnSeconds();
            this.reviewSeconds = c.reviewSeconds();
            this.firstCumulative = cumulative(c.firstRatingProbs());
            this.recallCumulative = cumulative(c.recallRatingProbs());
            this.random = new SplittableRandom(c.seed());
            this.deckSize = c.deckSize();
            stability = new double[deckSize];
            difficulty = new double[deckSize];
            last = new int[deckSize];
            nextInDay = new int[deckSize];
            dueHead = new int[days];
            Arrays.fill(dueHead, -1);
            reviews = new int[days];
            learned = new int[days];
            seconds = new double[days];
            memorised = daily ? new double[days + 1] : new double[0];
            for (SimulatedCard card : existing) {
                int i = studied++;
                stability[i] = card.stability();
                difficulty[i] = card.difficulty();
                last[i] = card.lastReviewDay();
                // Reviewed earlier today: known at the start of day 0 (retrievability 1).
                if (daily && last[i] == 0) memorised[0] += 1;
                schedule(i, Math.max(card.dueDay(), 0));
            }
        }

        Simulation run() {
            double atStart = memorisedOn(0);
            int[] today = new int[0];
            for (int day = 0; day < days; day++) {
                today = reviewDay(day, today);
                int toLearn = Math.min(newPerDay, deckSize - studied);
                for (int k = 0; k < toLearn; k++) learn(studied++, day);
                learned[day] = toLearn;
            }
            if (memorised.length > 0) {
                for (int i = 0; i < studied; i++) addMemorised(i, days);
            }
            return new Simulation(desiredRetention, deckSize, reviews, learned, seconds, memorised, atStart,
                    memorisedOn(days), studied);
        }

        /** Reviews the cards due today, at most the limit, the easiest first; the rest wait a day. */
        private int[] reviewDay(int day, int[] buffer) {
            int count = 0;
            for (int i = dueHead[day]; i >= 0; i = nextInDay[i]) count++;
            int[] due = buffer.length >= count ? buffer : new int[Math.max(count, buffer.length * 2)];
            int n = 0;
            for (int i = dueHead[day]; i >= 0; i = nextInDay[i]) due[n++] = i;
            if (count > reviewLimit) {
                // Only the order of the ones done today matters; sort by difficulty, then card.
                Integer[] boxed = new Integer[count];
                for (int k = 0; k < count; k++) boxed[k] = due[k];
                Arrays.sort(boxed, (a, b) -> difficulty[a] != difficulty[b]
                        ? Double.compare(difficulty[a], difficulty[b]) : Integer.compare(a, b));
                for (int k = 0; k < count; k++) due[k] = boxed[k];
            }
            int done = Math.min(count, reviewLimit);
            for (int k = 0; k < done; k++) review(due[k], day);
            for (int k = done; k < count; k++) schedule(due[k], day + 1);
            return due;
        }

        private void learn(int i, int day) {
            int rating = draw(firstCumulative) + 1;
            double offset = FIRST_RATING_OFFSETS[rating - 1];
            Rating g = Rating.values()[rating - 1];
            difficulty[i] = clamp(model.initDifficultyUnclamped(g) - model.weight(6) * offset, 1, 10);
            stability[i] = session(model.initStability(g), offset, FIRST_SESSION_LENGTHS[rating - 1]);
            last[i] = day;
            seconds[day] += learnSeconds[rating - 1];
            reschedule(i, day);
        }

        private void review(int i, int day) {
            if (memorised.length > 0) addMemorised(i, day);
            double s = stability[i];
            double d = difficulty[i];
            double r = model.retrievability(day - last[i], s);
            boolean forgot = random.nextDouble() >= r;
            if (forgot) {
                stability[i] = session(model.lapseStability(d, s, r), FORGET_RATING_OFFSET, FORGET_SESSION_LENGTH);
                difficulty[i] = clamp(model.nextDifficulty(d, Rating.AGAIN) - model.weight(6) * FORGET_RATING_OFFSET, 1, 10);
                seconds[day] += reviewSeconds[0];
            } else {
                Rating g = Rating.values()[draw(recallCumulative) + 1];
                stability[i] = model.nextRecallStability(d, s, r, g);
                difficulty[i] = model.nextDifficulty(d, g);
                seconds[day] += reviewSeconds[g.code() - 1];
            }
            reviews[day]++;
            last[i] = day;
            reschedule(i, day);
        }

        private void reschedule(int i, int day) {
            long interval = Math.round(stability[i] * intervalModifier);
            schedule(i, day + (int) Math.min(Math.max(interval, 1), maxInterval));
        }

        /** Puts the card in the list of its due day; cards due after the last day are not tracked. */
        private void schedule(int i, int day) {
            if (day < days) {
                nextInDay[i] = dueHead[day];
                dueHead[day] = i;
            }
        }

        /** Adds card i's retrievability to each day after its last review, up to {@code untilDay}. */
        private void addMemorised(int i, int untilDay) {
            for (int t = Math.max(last[i] + 1, 0); t <= untilDay; t++) {
                memorised[t] += model.retrievability(t - last[i], stability[i]);
            }
        }

        private double memorisedOn(int day) {
            double sum = 0;
            for (int i = 0; i < studied; i++) {
                if (last[i] <= day) sum += model.retrievability(day - last[i], stability[i]);
            }
            return sum;
        }

        private double session(double s, double ratingOffset, double sessionLength) {
            double next = s * Math.exp(model.weight(17) * (ratingOffset + sessionLength * model.weight(18)));
            return clamp(next, FsrsModel.S_MIN, FsrsModel.S_MAX);
        }

        private int draw(double[] cumulative) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            for (int k = 0; k < cumulative.length - 1; k++) {
                if (u < cumulative[k]) return k;
            }
            return cumulative.length - 1;
        }

        private static double[] cumulative(double[] probs) {
            double[] out = new double[probs.length];
            double sum = 0;
            for (int k = 0; k < probs.length; k++) out[k] = sum += probs[k];
            return out;
        }

        private static double clamp(double v, double min, double max) {
            return Math.min(Math.max(v, min), max);
        }
    }
}
