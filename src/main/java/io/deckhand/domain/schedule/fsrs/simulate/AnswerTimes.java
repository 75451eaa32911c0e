package io.deckhand.domain.schedule.fsrs.simulate;

import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Seconds the learner takes per answer, for the simulator: learning a new card by its first rating,
 * and reviewing a card by rating (a forgotten card's relearning answer added to Again). Each figure
 * is the median of the learner's own answers when there are at least {@link #MIN_ANSWERS} of them,
 * else fsrs-rs's default; {@link #figures()} says which is which.
 */
public final class AnswerTimes {
    /** Fewer answers than this and a median says more about chance than about the learner. */
    public static final int MIN_ANSWERS = 20;
    /** Answers longer than this are the learner away from the screen, not thinking. */
    public static final long MAX_ANSWER_MS = 10 * 60_000L;

    /** One answer from the review log: the card's state before it, the rating and how long it took. */
    public record Answer(CardState before, Rating rating, long millis) {
        public Answer {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(rating, "rating");
        }
    }

    /** What one figure is: its kind, rating, seconds and how many of the learner's answers gave it (0 = default). */
    public record Figure(Kind kind, Rating rating, double seconds, int answers) {
        public boolean measured() {
            return answers > 0;
        }
    }

    public enum Kind {
        LEARN("first learn"), REVIEW("review"), RELEARN("relearn");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    private final List<Figure> figures;
    private final double[] learnSeconds;
    private final double[] reviewSeconds;

    private AnswerTimes(List<Figure> figures) {
        this.figures = List.copyOf(figures);
        learnSeconds = new double[4];
        reviewSeconds = new double[4];
        double relearn = 0;
        for (Figure f : figures) {
            int i = f.rating().code() - 1;
            switch (f.kind()) {
                case LEARN -> learnSeconds[i] = f.seconds();
                case REVIEW -> reviewSeconds[i] = f.seconds();
                case RELEARN -> relearn = f.seconds();
            }
        }
        reviewSeconds[0] += relearn;
    }

    /** fsrs-rs's averages for every figure (its Again review time already includes relearning). */
    public static AnswerTimes defaults() {
        return from(List.of());
    }

    /** The learner's medians where there are enough answers, defaults elsewhere. */
    public static AnswerTimes from(List<Answer> log) {
        List<List<Long>> learn = buckets(4);
        List<List<Long>> review = buckets(4);
        List<Long> relearn = new ArrayList<>();
        for (Answer a : log) {
            if (a.millis() <= 0 || a.millis() > MAX_ANSWER_MS) continue;
            int i = a.rating().code() - 1;
            switch (a.before()) {
                case NEW -> learn.get(i).add(a.millis());
                case REVIEW -> review.get(i).add(a.millis());
                case RELEARNING -> relearn.add(a.millis());
                case LEARNING -> { } // later learning steps: their share is in the defaults' first-learn times
            }
        }
        List<Figure> figures = new ArrayList<>();
        boolean measuredRelearn = relearn.size() >= MIN_ANSWERS;
        for (Rating r : Rating.values()) {
            int i = r.code() - 1;
            figures.add(figure(Kind.LEARN, r, learn.get(i), SimulationConfig.DEFAULT_LEARN_SECONDS[i]));
            double reviewDefault = SimulationConfig.DEFAULT_REVIEW_SECONDS[i];
            // the default Again time counts relearning; with the learner's own relearn time, count it once
            if (r == Rating.AGAIN && measuredRelearn) reviewDefault = SimulationConfig.DEFAULT_REVIEW_SECONDS[1];
            figures.add(figure(Kind.REVIEW, r, review.get(i), reviewDefault));
        }
        if (measuredRelearn) figures.add(new Figure(Kind.RELEARN, Rating.AGAIN, median(relearn) / 1000.0, relearn.size()));
        else if (review.get(0).size() >= MIN_ANSWERS) {
            // a measured Again without measured relearning: add the default's relearning share
            double share = SimulationConfig.DEFAULT_REVIEW_SECONDS[0] - SimulationConfig.DEFAULT_REVIEW_SECONDS[1];
            figures.add(new Figure(Kind.RELEARN, Rating.AGAIN, share, 0));
        }
        return new AnswerTimes(figures);
    }

    private static Figure figure(Kind kind, Rating r, List<Long> millis, double fallback) {
        if (millis.size() < MIN_ANSWERS) return new Figure(kind, r, fallback, 0);
        return new Figure(kind, r, median(millis) / 1000.0, millis.size());
    }

    private static List<List<Long>> buckets(int n) {
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        return out;
    }

    static double median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }

    /** Every figure, learn and review by rating then relearn when it is counted separately. */
    public List<Figure> figures() {
        return figures;
    }

    public double[] learnSeconds() {
        return learnSeconds.clone();
    }

    /** Review seconds by rating; Again includes relearning. */
    public double[] reviewSeconds() {
        return reviewSeconds.clone();
    }

    public boolean allDefaults() {
        return figures.stream().noneMatch(Figure::measured);
    }

    /** "your answers" / "defaults" / which are which, in a few words for the panel. */
    public String describe() {
        long measured = figures.stream().filter(Figure::measured).count();
        if (measured == 0) {
            return "Answer times: fsrs-rs's defaults (fewer than " + MIN_ANSWERS + " of your answers of each kind).";
        }
        StringBuilder mine = new StringBuilder();
        StringBuilder defaults = new StringBuilder();
        for (Figure f : figures) {
            StringBuilder to = f.measured() ? mine : defaults;
            if (!to.isEmpty()) to.append(", ");
            to.append(f.kind().words());
            if (f.kind() != Kind.RELEARN) to.append(' ').append(f.rating().name().charAt(0))
                    .append(f.rating().name().substring(1).toLowerCase(java.util.Locale.ROOT));
            to.append(String.format(java.util.Locale.ROOT, " %.1f s", f.seconds()));
        }
        return "Answer times from your reviews: " + mine + (defaults.isEmpty() ? "." : "; defaults: " + defaults + ".");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnswerTimes other && figures.equals(other.figures);
    }

    @Override
    public int hashCode() {
        return figures.hashCode();
    }

    @Override
    public String toString() {
        return "AnswerTimes" + figures + Arrays.toString(learnSeconds) + Arrays.toString(reviewSeconds);
    }
}
