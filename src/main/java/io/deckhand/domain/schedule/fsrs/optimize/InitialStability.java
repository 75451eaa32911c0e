package io.deckhand.domain.schedule.fsrs.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Initial stabilities w0..w3 from first ratings, as fsrs-rs's pre-training: for each first rating,
 * the recall rate observed at each first interval (smoothed toward the average recall) is fitted by
 * the forgetting curve at default decay, with a small pull toward the default S0; ratings without
 * data are filled from their neighbours, and S0 is kept rising with the rating.
 */
public final class InitialStability {
    private static final double DEFAULT_DECAY = -FsrsOptimizer.DEFAULT_WEIGHTS[20];
    private static final double W1 = 0.41;
    private static final double W2 = 0.54;

    /** Fitted w0..w3 and how many first intervals each first rating (index 1..4) rests on. */
    public record Fit(double[] stabilities, int[] ratingCounts) {
    }

    private InitialStability() {
    }

    /** Returns null when no first rating has data (fsrs-rs: not enough data). */
    static Fit fit(List<TrainingItem> initialItems, double averageRecall) {
        // rating -> first interval -> [recalled, total]
        List<TreeMap<Integer, int[]>> groups = new ArrayList<>();
        for (int g = 0; g <= 4; g++) groups.add(new TreeMap<>());
        for (TrainingItem item : initialItems) {
            if (item.longTermReviews() != 1) continue;
            int[] counts = groups.get(item.rating(0)).computeIfAbsent(item.firstLongTermDelta(), k -> new int[2]);
            if (item.recalled()) counts[0]++;
            counts[1]++;
        }
        Double[] fitted = new Double[5];
        int[] ratingCounts = new int[5];
        for (int g = 1; g <= 4; g++) {
            TreeMap<Integer, int[]> byDelta = groups.get(g);
            if (byDelta.isEmpty()) continue;
            int n = byDelta.size();
            double[] t = new double[n];
            double[] recall = new double[n];
            double[] count = new double[n];
            int i = 0;
            for (Map.Entry<Integer, int[]> e : byDelta.entrySet()) {
                t[i] = e.getKey();
                count[i] = e.getValue()[1];
                recall[i] = (e.getValue()[0] + averageRecall) / (count[i] + 1);
                ratingCounts[g] += e.getValue()[1];
                i++;
            }
            fitted[g] = search(t, recall, count, FsrsOptimizer.DEFAULT_WEIGHTS[g - 1]);
        }
        double[] s0 = smoothAndFill(fitted, ratingCounts);
        if (s0 == null) return null;
        return new Fit(s0, ratingCounts);
    }

    /** Ternary search over [S_MIN, 100] for the S0 with the least loss. */
    private static double search(double[] t, double[] recall, double[] count, double defaultS0) {
        double low = ParameterBounds.S_MIN;
        double high = ParameterBounds.INIT_S_MAX;
        double best = defaultS0;
        for (int iter = 0; high - low > Math.ulp(1.0) && iter < 1000; iter++) {
            double mid1 = low + (high - low) / 3.0;
            double mid2 = high - (high - low) / 3.0;
            if (loss(t, recall, count, mid1, defaultS0) < loss(t, recall, count, mid2, defaultS0)) {
                high = mid2;
            } else {
                low = mid1;
            }
            best = (high + low) / 2.0;
        }
        return best;
    }

    private static double loss(double[] t, double[] recall, double[] count, double s, double defaultS0) {
        double factor = Math.pow(0.9, 1.0 / DEFAULT_DECAY) - 1.0;
        double sum = 0;
        for (int i = 0; i < t.length; i++) {
            double p = Math.pow(t[i] / s * factor + 1.0, DEFAULT_DECAY);
            sum += -(recall[i] * Math.log(p) + (1 - recall[i]) * Math.log(1 - p)) * count[i];
        }
        return sum + Math.abs(s - defaultS0) / 16.0;
    }

    /**
     * Keeps S0 rising with the rating (the better-supported value wins), fills ratings with no data
     * from the others, and clamps to [S_MIN, 100]. {@code byRating} is indexed 1..4 (null = no data);
     * returns w0..w3, or null when no rating has data.
     */
    static double[] smoothAndFill(Double[] byRating, int[] counts) {
        Double[] s = byRating.clone();
        for (int g = 1; g <= 4; g++) if (counts[g] == 0) s[g] = null;
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] p : pairs) {
            int small = p[0];
            int big = p[1];
            if (s[small] != null && s[big] != null && s[small] > s[big]) {
                if (counts[small] > counts[big]) {
                    s[big] = s[small];
                } else {
                    s[small] = s[big];
                }
            }
        }
        int known = 0;
        for (int g = 1; g <= 4; g++) if (s[g] != null) known++;
        double[] out = new double[4];
        switch (known) {
            case 0 -> {
                return null;
            }
            case 1 -> {
                int g = 1;
                while (s[g] == null) g++;
                double factor = s[g] / FsrsOptimizer.DEFAULT_WEIGHTS[g - 1];
                for (int i = 0; i < 4; i++) out[i] = FsrsOptimizer.DEFAULT_WEIGHTS[i] * factor;
                java.util.Arrays.sort(out);
            }
            case 2 -> {
                fillFromTwo(s);
                fillOut(s, out);
            }
            case 3 -> {
                fillFromThree(s);
                fillOut(s, out);
            }
            default -> fillOut(s, out);
        }
        for (int i = 0; i < 4; i++) out[i] = Math.min(Math.max(out[i], ParameterBounds.S_MIN), ParameterBounds.INIT_S_MAX);
        return out;
    }

    private static void fillOut(Double[] s, double[] out) {
        // As fsrs-rs: the known values in rating order; a pattern it cannot fill leaves defaults.
        int k = 0;
        for (int g = 1; g <= 4; g++) if (s[g] != null && k < 4) out[k++] = s[g];
        for (; k < 4; k++) out[k] = FsrsOptimizer.DEFAULT_WEIGHTS[k];
    }

    private static void fillFromTwo(Double[] s) {
        boolean h1 = s[1] != null;
        boolean h2 = s[2] != null;
        boolean h3 = s[3] != null;
        boolean h4 = s[4] != null;
        if (!h1 && !h2 && h3 && h4) {
            double r2 = Math.pow(s[3], 1 / (1 - W2)) * Math.pow(s[4], 1 - 1 / (1 - W2));
            s[2] = r2;
            s[1] = Math.pow(r2, 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (!h1 && h2 && !h3 && h4) {
            double r3 = Math.pow(s[2], 1 - W2) * Math.pow(s[4], W2);
            s[3] = r3;
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(r3, 1 - 1 / W1);
        } else if (!h1 && h2 && h3 && !h4) {
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (h1 && !h2 && !h3 && h4) {
            double a = W1 / (W1 + W2 - W1 * W2);
            double b = W2 / (W1 + W2 - W1 * W2);
            s[2] = Math.pow(s[1], a) * Math.pow(s[4], 1 - a);
            s[3] = Math.pow(s[1], 1 - b) * Math.pow(s[4], b);
        } else if (h1 && !h2 && h3 && !h4) {
            double r2 = Math.pow(s[1], W1) * Math.pow(s[3], 1 - W1);
            s[2] = r2;
            s[4] = Math.pow(r2, 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
        } else if (h1 && h2 && !h3 && !h4) {
            double r3 = Math.pow(s[1], 1 - 1 / (1 - W1)) * Math.pow(s[2], 1 / (1 - W1));
            s[3] = r3;
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(r3, 1 / W2);
        }
    }

    private static void fillFromThree(Double[] s) {
        if (s[1] == null) {
            s[1] = Math.pow(s[2], 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
        } else if (s[2] == null) {
            s[2] = Math.pow(s[1], W1) * Math.pow(s[3], 1 - W1);
        } else if (s[3] == null) {
            s[3] = Math.pow(s[2], 1 - W2) * Math.pow(s[4], W2);
        } else if (s[4] == null) {
            s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
        }
    }
}
