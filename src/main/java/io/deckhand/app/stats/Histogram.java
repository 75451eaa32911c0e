package io.deckhand.app.stats;

import java.util.ArrayList;
import java.util.List;

/** Counts values into fixed bins; the last bin is open above. */
final class Histogram {
    private final double[] edges;
    private final String[] labels;
    private final long[] counts;

    private Histogram(double[] edges, String[] labels) {
        this.edges = edges;
        this.labels = labels;
        this.counts = new long[labels.length];
    }

    /** Stability in days, in widening steps (most cards sit below a month). */
    static Histogram stability() {
        return new Histogram(new double[] {0, 1, 3, 7, 14, 30, 60, 120, 365, Double.POSITIVE_INFINITY},
                new String[] {"< 1 d", "1-3 d", "3-7 d", "7-14 d", "14-30 d", "1-2 mo", "2-4 mo", "4-12 mo", "> 1 y"});
    }

    /** FSRS difficulty, 1 (easy) to 10 (hard). */
    static Histogram difficulty() {
        double[] e = new double[10];
        String[] l = new String[9];
        for (int i = 0; i < 10; i++) e[i] = i + 1;
        e[9] = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 9; i++) l[i] = (i + 1) + (i == 8 ? "-10" : "-" + (i + 2));
        return new Histogram(e, l);
    }

    /** Probability of recall now, in tenths. */
    static Histogram retrievability() {
        double[] e = new double[11];
        String[] l = new String[10];
        for (int i = 0; i <= 10; i++) e[i] = i / 10.0;
        e[10] = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 10; i++) l[i] = (i * 10) + "-" + (i * 10 + 10) + "%";
        return new Histogram(e, l);
    }

    void add(double v) {
        if (Double.isNaN(v)) return;
        int i = 0;
        while (i < counts.length - 1 && v >= edges[i + 1]) i++;
        counts[i]++; // values below the first edge join the first bin
    }

    List<StatsReport.Bin> result() {
        List<StatsReport.Bin> out = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) out.add(new StatsReport.Bin(labels[i], edges[i], edges[i + 1], counts[i]));
        return out;
    }
}
