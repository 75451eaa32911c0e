package io.deckhand.domain.schedule.fsrs;

import io.deckhand.domain.schedule.Rating;
import java.util.List;

/**
 * The FSRS-6 formulas (forgetting curve, stability and difficulty updates), apart from any
 * scheduling policy. Intermediate results are rounded to 8 decimals at the same points as the
 * reference implementation (ts-fsrs), so intervals computed from them agree exactly.
 */
public final class FsrsModel {
    public static final double S_MIN = 0.001;
    public static final double S_MAX = 36500.0;
    private static final double INIT_S_MAX = 100.0;
    private static final double W17_W18_CEILING = 2.0;

    private final double[] w;
    private final boolean shortTerm;
    private final double decay;
    private final double factor;
    private final double easyInitDifficulty;

    /**
     * @param weights           the 21 FSRS-6 parameters; out-of-range values are clipped as the optimiser does
     * @param shortTerm         whether same-day reviews use the short-term stability formula (w17..w19)
     * @param relearningSteps   number of relearning steps (bounds w17*w18 so a lapse cannot raise stability)
     */
    public FsrsModel(List<Double> weights, boolean shortTerm, int relearningSteps) {
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 parameters, got " + weights.size());
        }
        double[] raw = new double[21];
        for (int i = 0; i < 21; i++) {
            double v = weights.get(i);
            if (!Double.isFinite(v)) throw new IllegalArgumentException("FSRS parameter " + i + " is not a number");
            raw[i] = v;
        }
        this.w = clip(raw, relearningSteps, shortTerm);
        this.shortTerm = shortTerm;
        this.decay = -w[20];
        this.factor = round8(Math.exp(Math.log(0.9) / decay) - 1.0);
        this.easyInitDifficulty = initDifficultyUnclamped(Rating.EASY);
    }

    private static double[] clip(double[] p, int relearningSteps, boolean shortTerm) {
        double[][] bounds = {
            {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX},
            {1.0, 10.0}, {0.001, 4.0}, {0.001, 4.0}, {0.001, 0.75}, {0.0, 4.5}, {0.0, 0.8},
            {0.001, 3.5}, {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0}, {0.0, 1.0},
            {1.0, 6.0}, {0.0, W17_W18_CEILING}, {0.0, W17_W18_CEILING}, {shortTerm ? 0.01 : 0.0, 0.8},
            {0.1, 0.8},
        };
        if (relearningSteps > 1) {
            // Each relearning step multiplies stability by up to e^(w17*w18); keep the post-lapse
            // stability of the weakest card (D=1, R=0.7, S=1) at or below its old stability.
            double w11 = clamp(p[11], bounds[11][0], bounds[11][1]);
            double w13 = clamp(p[13], bounds[13][0], bounds[13][1]);
            double w14 = clamp(p[14], bounds[14][0], bounds[14][1]);
            double limit = -(Math.log(w11) + Math.log(Math.pow(2.0, w13) - 1.0) + w14 * 0.3) / relearningSteps;
            double ceiling = clamp(round8(Math.sqrt(Math.max(limit, 0))), 0.01, W17_W18_CEILING);
            bounds[17][1] = ceiling;
            bounds[18][1] = ceiling;
        }
        double[] out = new double[21];
        for (int i = 0; i < 21; i++) out[i] = clamp(p[i], bounds[i][0], bounds[i][1]);
        return out;
    }

    /** The parameters after clipping. */
    public double weight(int i) {
        return w[i];
    }

    public boolean shortTerm() {
        return shortTerm;
    }

    /** The (negative) exponent of the power forgetting curve: -w20. */
    public double decay() {
        return decay;
    }

    /** Chosen so that R = 0.9 when t = S. */
    public double factor() {
        return factor;
    }

    /** Probability of recall after {@code elapsedDays} at stability {@code stability}. */
    public double retrievability(double elapsedDays, double stability) {
        return round8(Math.pow(1 + factor * elapsedDays / stability, decay));
    }

    /** Multiplier turning stability into the interval that yields {@code desiredRetention}. */
    public double intervalModifier(double desiredRetention) {
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1]: " + desiredRetention);
        }
        return round8((Math.pow(desiredRetention, 1 / decay) - 1) / factor);
    }

    public double initStability(Rating g) {
        return Math.max(w[g.code() - 1], 0.1);
    }

    /** Initial difficulty before clamping to [1, 10] (may fall below 1 for Easy). */
    public double initDifficultyUnclamped(Rating g) {
        return round8(w[4] - Math.exp((g.code() - 1) * w[5]) + 1);
    }

    public double initDifficulty(Rating g) {
        return clamp(initDifficultyUnclamped(g), 1, 10);
    }

    /** Difficulty after an answer: linear damping towards 10, then mean reversion to D0(Easy). */
    public double nextDifficulty(double d, Rating g) {
        double delta = -w[6] * (g.code() - 3);
        double damped = round8(delta * (10 - d) / 9);
        double next = d + damped;
        double reverted = round8(w[7] * easyInitDifficulty + (1 - w[7]) * next);
        return clamp(reverted, 1, 10);
    }

    public double nextRecallStability(double d, double s, double r, Rating g) {
        double hardPenalty = g == Rating.HARD ? w[15] : 1;
        double easyBonus = g == Rating.EASY ? w[16] : 1;
        double grown = s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9])
                * (Math.exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus);
        return round8(clamp(grown, S_MIN, S_MAX));
    }

    /** Post-lapse stability from the long-term formula (before the short-term cap). */
    public double nextForgetStability(double d, double s, double r) {
        double next = w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
        return round8(clamp(next, S_MIN, S_MAX));
    }

    /** Stability after a review on the same day as the previous one. */
    public double nextShortTermStability(double s, Rating g) {
        double sinc = Math.pow(s, -w[19]) * Math.exp(w[17] * (g.code() - 3 + w[18]));
        double masked = g.code() >= Rating.HARD.code() ? Math.max(sinc, 1.0) : sinc;
        return round8(clamp(s * masked, S_MIN, S_MAX));
    }

    /** Post-lapse stability as used by the scheduler: never above what the relearning steps will restore. */
    public double lapseStability(double d, double s, double r) {
        double afterFail = nextForgetStability(d, s, r);
        double shortTermGain = shortTerm ? w[17] * w[18] : 0;
        double floor = round8(s / Math.exp(shortTermGain));
        return Math.min(Math.max(floor, S_MIN), afterFail);
    }

    /**
     * Memory after answering {@code g} {@code elapsedDays} whole days after the previous review.
     * {@code previous} null (or all zero) means the card was never reviewed.
     */
    public MemoryState next(MemoryState previous, int elapsedDays, Rating g) {
        if (elapsedDays < 0) throw new IllegalArgumentException("elapsed days cannot be negative");
        if (previous == null || (previous.stability() == 0 && previous.difficulty() == 0)) {
            return new MemoryState(initStability(g), initDifficulty(g));
        }
        return next(previous, elapsedDays, g, retrievability(elapsedDays, previous.stability()));
    }

    /** As {@link #next(MemoryState, int, Rating)} with the retrievability already known. */
    public MemoryState next(MemoryState previous, int elapsedDays, Rating g, double r) {
        if (previous == null || (previous.stability() == 0 && previous.difficulty() == 0)) {
            return new MemoryState(initStability(g), initDifficulty(g));
        }
        double s = Math.max(previous.stability(), S_MIN);
        double d = clamp(previous.difficulty(), 1, 10);
        double newS;
        if (elapsedDays == 0 && shortTerm) {
            newS = nextShortTermStability(s, g);
        } else if (g == Rating.AGAIN) {
            newS = lapseStability(d, s, r);
        } else {
            newS = nextRecallStability(d, s, r, g);
        }
        return new MemoryState(newS, nextDifficulty(d, g));
    }

    static double clamp(double v, double min, double max) {
        return Math.min(Math.max(v, min), max);
    }

    /** Rounds half up to 8 decimals, as JavaScript's Math.round does. */
    static double round8(double v) {
        return Math.round(v * 1e8) / 1e8;
    }
}
