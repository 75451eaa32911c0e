package io.deckhand.domain.schedule.fsrs;

/**
 * The days a fuzzed interval may land on (Anki and ts-fsrs ranges: 15% of the part between 2.5 and 7
 * days, 10% of 7..20, 5% above 20, plus one day), never before the card was last seen plus one day.
 */
public record FuzzRange(int min, int max) {

    private static final double[][] BANDS = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.10}, {20.0, Double.POSITIVE_INFINITY, 0.05}};

    public FuzzRange {
        if (min > max) throw new IllegalArgumentException("empty fuzz range " + min + ".." + max);
    }

    public static FuzzRange of(double interval, int elapsedDays, int maximumInterval) {
        double delta = 1.0;
        for (double[] band : BANDS) {
            delta += band[2] * Math.max(Math.min(interval, band[1]) - band[0], 0.0);
        }
        double ivl = Math.min(interval, maximumInterval);
        int min = (int) Math.max(2, Math.round(ivl - delta));
        int max = (int) Math.min(Math.round(ivl + delta), maximumInterval);
        if (ivl > elapsedDays) min = Math.max(min, elapsedDays + 1);
        min = Math.min(min, max);
        return new FuzzRange(min, max);
    }

    /** The day picked by {@code unit}, a number in [0, 1). */
    public int pick(double unit) {
        return (int) Math.floor(unit * (max - min + 1) + min);
    }
}
