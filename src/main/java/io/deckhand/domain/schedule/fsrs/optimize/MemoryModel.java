package io.deckhand.domain.schedule.fsrs.optimize;

/**
 * The FSRS-6 memory model as fsrs-rs trains it, run over one card's whole history at a time, with
 * forward-mode derivatives: every stability, difficulty and retrievability carries its gradient
 * with respect to the 21 parameters, so one pass over a card yields the loss of every item on it
 * and its gradient. Unlike the scheduler it does not round, and a first stability is not floored.
 * Not thread-safe: it keeps its working arrays.
 */
final class MemoryModel {
    private static final int N = 21;
    private static final double LN_09 = Math.log(0.9);
    private static final double MIN_PROB = 1e-7;

    private double[] w;
    private double decay;
    private double factor;
    private double dFactorDw20;
    private double expW8;
    private double expThreeW5;
    private double shrink;
    private final double[] shortTermGain = new double[5];

    private double s;
    private double d;
    private double r;
    private double[] gs = new double[N];
    private double[] gd = new double[N];
    private final double[] gr = new double[N];
    private double[] gNewS = new double[N];
    private double[] gNewD = new double[N];
    private final double[] scratch = new double[N];

    /** Uses {@code weights} (not copied: the optimiser updates it in place, then calls this again). */
    void use(double[] weights) {
        this.w = weights;
        this.decay = -weights[20];
        double e = Math.exp(LN_09 / decay);
        this.factor = e - 1;
        this.dFactorDw20 = e * LN_09 / (decay * decay);
        this.expW8 = Math.exp(weights[8]);
        this.expThreeW5 = Math.exp(3 * weights[5]);
        this.shrink = Math.exp(weights[17] * weights[18]);
        for (int g = 1; g <= 4; g++) shortTermGain[g] = Math.exp(weights[17] * (g - 3 + weights[18]));
    }

    /**
     * Loss of the items on {@code card} up to position {@code last}: {@code itemWeight[i]} is the
     * weight of the item ending at answer i (0 = no item). Adds the gradient to {@code grad}.
     */
    double lossAndGradient(CardHistory card, int last, double[] itemWeight, double[] grad) {
        int[] ratings = card.ratings();
        int[] deltas = card.deltaDays();
        double loss = 0;
        first(ratings[0], true);
        for (int i = 1; i <= last; i++) {
            int t = deltas[i];
            if (t > 0) {
                retrievability(t, true);
                double weight = itemWeight[i];
                if (weight != 0) {
                    double p = Math.min(Math.max(r, MIN_PROB), 1 - MIN_PROB);
                    boolean recalled = ratings[i] > 1;
                    loss -= weight * (recalled ? Math.log(p) : Math.log(1 - p));
                    double dLossDr = recalled ? -weight / p : weight / (1 - p);
                    for (int k = 0; k < N; k++) grad[k] += dLossDr * gr[k];
                }
            }
            if (i < last) step(ratings[i], t, true);
        }
        return loss;
    }

    /** Predicted recall before each answer 1..last of the card ({@code out[0]} is left alone). */
    void predict(CardHistory card, int last, double[] out) {
        int[] ratings = card.ratings();
        int[] deltas = card.deltaDays();
        first(ratings[0], false);
        for (int i = 1; i <= last; i++) {
            retrievability(deltas[i], false);
            out[i] = r;
            if (i < last) step(ratings[i], deltas[i], false);
        }
    }

    private void first(int g, boolean withGrad) {
        double s0 = w[g - 1];
        s = clamp(s0, ParameterBounds.S_MIN, ParameterBounds.S_MAX);
        double ex = Math.exp((g - 1) * w[5]);
        double d0 = w[4] - ex + 1;
        d = clamp(d0, ParameterBounds.D_MIN, ParameterBounds.D_MAX);
        if (!withGrad) return;
        java.util.Arrays.fill(gs, 0);
        java.util.Arrays.fill(gd, 0);
        if (inside(s0, ParameterBounds.S_MIN, ParameterBounds.S_MAX)) gs[g - 1] = 1;
        if (inside(d0, ParameterBounds.D_MIN, ParameterBounds.D_MAX)) {
            gd[4] = 1;
            gd[5] = -(g - 1) * ex;
        }
    }

    /** R after {@code t} days at the current stability, and its gradient in {@link #gr}. */
    private void retrievability(double t, boolean withGrad) {
        double base = 1 + factor * t / s;
        double logBase = Math.log(base);
        r = Math.exp(decay * logBase);
        if (!withGrad) return;
        double dRdS = r * decay / base * (-factor * t / (s * s));
        double dRdW20 = r * (-logBase + decay / base * (t / s) * dFactorDw20);
        for (int k = 0; k < N; k++) gr[k] = dRdS * gs[k];
        gr[20] += dRdW20;
    }

    /** The memory after answering {@code g} after {@code t} days; {@link #r} must be R at t. */
    private void step(int g, int t, boolean withGrad) {
        double newS;
        if (t == 0) {
            newS = shortTerm(g, withGrad);
        } else if (g == 1) {
            newS = afterLapse(withGrad);
        } else {
            newS = afterRecall(g, withGrad);
        }
        double clampedS = clamp(newS, ParameterBounds.S_MIN, ParameterBounds.S_MAX);
        if (withGrad && clampedS != newS) java.util.Arrays.fill(gNewS, 0);

        double change = -w[6] * (g - 3);
        double next = d + (10 - d) * change / 9;
        double ex = expThreeW5;
        double easyD0 = w[4] - ex + 1;
        double reverted = w[7] * easyD0 + (1 - w[7]) * next;
        double newD = clamp(reverted, ParameterBounds.D_MIN, ParameterBounds.D_MAX);
        if (withGrad) {
            if (newD != reverted) {
                java.util.Arrays.fill(gNewD, 0);
            } else {
                double dNextDd = (1 - w[7]) * (1 + w[6] * (g - 3) / 9.0);
                for (int k = 0; k < N; k++) gNewD[k] = dNextDd * gd[k];
                gNewD[6] += (1 - w[7]) * (10 - d) * (-(g - 3)) / 9.0;
                gNewD[4] += w[7];
                gNewD[5] += w[7] * (-3 * ex);
                gNewD[7] += easyD0 - next;
            }
            double[] tmp = gs;
            gs = gNewS;
            gNewS = tmp;
            tmp = gd;
            gd = gNewD;
            gNewD = tmp;
        }
        s = clampedS;
        d = newD;
    }

    private double shortTerm(int g, boolean withGrad) {
        double logS = Math.log(s);
        double sinc = shortTermGain[g] * Math.exp(-w[19] * logS);
        if (g >= 2 && sinc < 1) {
            if (withGrad) System.arraycopy(gs, 0, gNewS, 0, N);
            return s;
        }
        double newS = s * sinc;
        if (withGrad) {
            double viaS = sinc * (1 - w[19]);
            for (int k = 0; k < N; k++) gNewS[k] = viaS * gs[k];
            gNewS[17] += newS * (g - 3 + w[18]);
            gNewS[18] += newS * w[17];
            gNewS[19] += -newS * logS;
        }
        return newS;
    }

    private double afterLapse(boolean withGrad) {
        double logS1 = Math.log(s + 1);
        double logD = Math.log(d);
        double p = Math.exp(w[13] * logS1);
        double lapse = w[11] * Math.exp(-w[12] * logD + (1 - r) * w[14]) * (p - 1);
        double floor = s / shrink;
        if (lapse < floor) {
            if (withGrad) {
                double viaD = -w[12] / d;
                double viaS = w[13] * p / ((s + 1) * (p - 1));
                double viaR = -w[14];
                for (int k = 0; k < N; k++) {
                    gNewS[k] = lapse * (viaD * gd[k] + viaS * gs[k] + viaR * gr[k]);
                }
                gNewS[11] += lapse / w[11];
                gNewS[12] += -lapse * logD;
                gNewS[13] += lapse * p * logS1 / (p - 1);
                gNewS[14] += lapse * (1 - r);
            }
            return lapse;
        }
        if (withGrad) {
            for (int k = 0; k < N; k++) gNewS[k] = gs[k] / shrink;
            gNewS[17] += -floor * w[18];
            gNewS[18] += -floor * w[17];
        }
        return floor;
    }

    private double afterRecall(int g, boolean withGrad) {
        double q = Math.exp((1 - r) * w[10]);
        double logS = Math.log(s);
        double base = expW8 * (11 - d) * Math.exp(-w[9] * logS) * (q - 1);
        double bonus = g == 2 ? w[15] : g == 4 ? w[16] : 1;
        double inc = base * bonus;
        double newS = s * (1 + inc);
        if (withGrad) {
            double viaD = -1 / (11 - d);
            double viaS = -w[9] / s;
            double viaR = -w[10] * q / (q - 1);
            double scaled = s * inc;
            double[] dLnBase = scratch;
            for (int k = 0; k < N; k++) dLnBase[k] = viaD * gd[k] + viaS * gs[k] + viaR * gr[k];
            dLnBase[8] += 1;
            dLnBase[9] += -logS;
            dLnBase[10] += (1 - r) * q / (q - 1);
            for (int k = 0; k < N; k++) gNewS[k] = (1 + inc) * gs[k] + scaled * dLnBase[k];
            if (g == 2) gNewS[15] += s * base;
            if (g == 4) gNewS[16] += s * base;
        }
        return newS;
    }

    private static boolean inside(double v, double min, double max) {
        return v >= min && v <= max;
    }

    private static double clamp(double v, double min, double max) {
        return Math.min(Math.max(v, min), max);
    }
}
