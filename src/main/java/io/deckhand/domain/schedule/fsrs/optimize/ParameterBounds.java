package io.deckhand.domain.schedule.fsrs.optimize;

/** The bounds fsrs-rs clips the 21 parameters to after every optimiser step. */
public final class ParameterBounds {
    static final double S_MIN = 0.001;
    static final double S_MAX = 36500.0;
    static final double INIT_S_MAX = 100.0;
    static final double D_MIN = 1.0;
    static final double D_MAX = 10.0;

    private static final double[] LOW = {
        S_MIN, S_MIN, S_MIN, S_MIN, D_MIN, 0.001, 0.001, 0.001, 0.0, 0.0,
        0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1};
    private static final double[] HIGH = {
        INIT_S_MAX, INIT_S_MAX, INIT_S_MAX, INIT_S_MAX, D_MAX, 4.0, 4.0, 0.75, 4.5, 0.8,
        3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8};

    private ParameterBounds() {
    }

    /** Clips in place; with {@code shortTerm} w19 stays at least 0.01; more relearning steps lower the w17/w18 ceiling. */
    public static void clip(double[] w, int relearningSteps, boolean shortTerm) {
        double ceiling = 2.0;
        if (relearningSteps > 1) {
            double limit = -(Math.log(w[11]) + Math.log(Math.pow(2.0, w[13]) - 1.0) + w[14] * 0.3) / relearningSteps;
            ceiling = Math.min(Math.sqrt(Math.max(limit, 0.01)), 2.0);
        }
        for (int i = 0; i < 21; i++) {
            double low = LOW[i];
            double high = HIGH[i];
            if (i == 17 || i == 18) high = ceiling;
            if (i == 19 && shortTerm) low = 0.01;
            double v = w[i];
            w[i] = Double.isNaN(v) ? low : Math.min(Math.max(v, low), high);
        }
    }

    public static double low(int i) {
        return LOW[i];
    }

    public static double high(int i) {
        return HIGH[i];
    }
}
