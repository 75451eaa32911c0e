package io.deckhand.domain.schedule.fsrs.simulate;

/**
 * What the workload simulator assumes about the deck and the learner. The default rating
 * probabilities, answer times and same-day session effects are the averages fsrs-rs's simulator
 * uses (measured over many Anki collections).
 *
 * @param deckSize          cards in the deck (those already studied included)
 * @param days              days simulated; day 0 is today
 * @param newPerDay         new cards introduced each day until none are left
 * @param reviewsPerDay     reviews done at most per day (the rest wait for the next day)
 * @param maxIntervalDays   longest interval
 * @param learnSeconds      time to learn a new card, by first rating (Again, Hard, Good, Easy)
 * @param reviewSeconds     time to review a card, by rating (Again, Hard, Good, Easy)
 * @param firstRatingProbs  chance of each first rating (Again, Hard, Good, Easy)
 * @param recallRatingProbs chance of Hard, Good, Easy when a card is recalled
 * @param seed              seed of the random answers: the same seed gives the same simulation
 */
public record SimulationConfig(
        int deckSize,
        int days,
        int newPerDay,
        int reviewsPerDay,
        int maxIntervalDays,
        double[] learnSeconds,
        double[] reviewSeconds,
        double[] firstRatingProbs,
        double[] recallRatingProbs,
        long seed) {

    public static final int MAX_DAYS = 36_500;
    public static final int MAX_DECK_SIZE = 1_000_000;

    static final double[] DEFAULT_LEARN_SECONDS = {33.79, 24.3, 13.68, 6.5};
    static final double[] DEFAULT_REVIEW_SECONDS = {23.0, 11.68, 7.33, 5.6};
    static final double[] DEFAULT_FIRST_RATING_PROBS = {0.24, 0.094, 0.495, 0.171};
    static final double[] DEFAULT_RECALL_RATING_PROBS = {0.224, 0.631, 0.145};

    public SimulationConfig {
        if (deckSize < 0 || deckSize > MAX_DECK_SIZE) {
            throw new IllegalArgumentException("deck size must be from 0 to " + MAX_DECK_SIZE + ": " + deckSize);
        }
        if (days < 1 || days > MAX_DAYS) throw new IllegalArgumentException("days must be from 1 to " + MAX_DAYS + ": " + days);
        if (newPerDay < 0) throw new IllegalArgumentException("new cards per day cannot be negative");
        if (reviewsPerDay < 0) throw new IllegalArgumentException("reviews per day cannot be negative");
        if (maxIntervalDays < 1) throw new IllegalArgumentException("maximum interval must be at least 1 day");
        learnSeconds = nonNegative(learnSeconds, 4, "learn seconds");
        reviewSeconds = nonNegative(reviewSeconds, 4, "review seconds");
        firstRatingProbs = weights(firstRatingProbs, 4, "first rating probabilities");
        recallRatingProbs = weights(recallRatingProbs, 3, "recall rating probabilities");
    }

    /** fsrs-rs's default learner on this deck: no review limit, its answer times and rating mix. */
    public static SimulationConfig defaults(int deckSize, int days, int newPerDay, long seed) {
        return new SimulationConfig(deckSize, days, newPerDay, Integer.MAX_VALUE, 36_500, DEFAULT_LEARN_SECONDS,
                DEFAULT_REVIEW_SECONDS, DEFAULT_FIRST_RATING_PROBS, DEFAULT_RECALL_RATING_PROBS, seed);
    }

    public SimulationConfig withDays(int newDays) {
        return new SimulationConfig(deckSize, newDays, newPerDay, reviewsPerDay, maxIntervalDays, learnSeconds,
                reviewSeconds, firstRatingProbs, recallRatingProbs, seed);
    }

    public SimulationConfig withNewPerDay(int n) {
        return new SimulationConfig(deckSize, days, n, reviewsPerDay, maxIntervalDays, learnSeconds,
                reviewSeconds, firstRatingProbs, recallRatingProbs, seed);
    }

    public SimulationConfig withLimits(int reviewLimit, int maxInterval) {
        return new SimulationConfig(deckSize, days, newPerDay, reviewLimit, maxInterval, learnSeconds,
                reviewSeconds, firstRatingProbs, recallRatingProbs, seed);
    }

    /** Every new card costs {@code learn} seconds; a review {@code recall} seconds, or {@code forget} when forgotten. */
    public SimulationConfig withCosts(double learn, double recall, double forget) {
        return new SimulationConfig(deckSize, days, newPerDay, reviewsPerDay, maxIntervalDays,
                new double[] {learn, learn, learn, learn}, new double[] {forget, recall, recall, recall},
                firstRatingProbs, recallRatingProbs, seed);
    }

    /** The learner's answer times in place of these. */
    public SimulationConfig withAnswerTimes(AnswerTimes times) {
        return new SimulationConfig(deckSize, days, newPerDay, reviewsPerDay, maxIntervalDays, times.learnSeconds(),
                times.reviewSeconds(), firstRatingProbs, recallRatingProbs, seed);
    }

    public SimulationConfig withSeed(long newSeed) {
        return new SimulationConfig(deckSize, days, newPerDay, reviewsPerDay, maxIntervalDays, learnSeconds,
                reviewSeconds, firstRatingProbs, recallRatingProbs, newSeed);
    }

    private static double[] nonNegative(double[] values, int n, String what) {
        if (values == null || values.length != n) throw new IllegalArgumentException(what + " needs " + n + " values");
        for (double v : values) {
            if (!(v >= 0) || Double.isInfinite(v)) throw new IllegalArgumentException(what + " must be non-negative numbers");
        }
        return values.clone();
    }

    private static double[] weights(double[] values, int n, String what) {
        double[] copy = nonNegative(values, n, what);
        double sum = 0;
        for (double v : copy) sum += v;
        if (!(sum > 0)) throw new IllegalArgumentException(what + " must not all be zero");
        return copy;
    }

    // Arrays are copied in and never handed out, so the record stays a value.
    @Override
    public double[] learnSeconds() {
        return learnSeconds.clone();
    }

    @Override
    public double[] reviewSeconds() {
        return reviewSeconds.clone();
    }

    @Override
    public double[] firstRatingProbs() {
        return firstRatingProbs.clone();
    }

    @Override
    public double[] recallRatingProbs() {
        return recallRatingProbs.clone();
    }
}
