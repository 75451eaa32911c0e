package io.deckhand.domain.schedule.sm2;

/** Anki's review fuzz: a band around the interval (wider for longer intervals) kept within [min, max]. */
final class Sm2Fuzz {
    private Sm2Fuzz() {
    }

    /** The interval to use: fuzzed when {@code unit} (in [0,1)) is given, else rounded; always in [min, max]. */
    static int apply(Double unit, double interval, int minimum, int maximum) {
        int max = Math.max(1, maximum);
        int min = Math.max(1, Math.min(minimum, max));
        if (unit == null) {
            return (int) Math.max(min, Math.min(max, Math.round(interval)));
        }
        double ivl = Math.max(min, Math.min(max, interval));
        double delta = delta(ivl);
        int lower = (int) Math.max(min, Math.min(max, Math.round(ivl - delta)));
        int upper = (int) Math.max(min, Math.min(max, Math.round(ivl + delta)));
        if (upper == lower && upper > 2 && upper < max) upper = lower + 1;
        return (int) Math.floor(lower + unit * (1 + upper - lower));
    }

    private static double delta(double interval) {
        if (interval < 2.5) return 0;
        return 1.0 + 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0)
                + 0.10 * Math.max(Math.min(interval, 20.0) - 7.0, 0)
                + 0.05 * Math.max(interval - 20.0, 0);
    }
}
