package io.deckhand.domain.schedule.fsrs.simulate;

import io.deckhand.domain.schedule.fsrs.FsrsModel;
import java.util.ArrayList;
import java.util.List;

/** Workload and knowledge for each desired retention from 0.70 to 0.97, on the same deck and seed. */
public final class RetentionSweep {
    public static final double FROM = 0.70;
    public static final double TO = 0.97;
    public static final double STEP = 0.01;

    /** One desired retention and what the simulation predicts for it. */
    public record Point(double desiredRetention, double reviewsPerDay, double minutesPerDay,
                        double memorisedAtEnd, double retentionAtEnd, double knowledgeAtEnd) {
    }

    private RetentionSweep() {
    }

    /** Cards simulated per point at least: small decks are run with several seeds and averaged, so the curves are smooth. */
    static final int MIN_CARDS_PER_POINT = 3000;
    static final int MAX_RUNS = 16;

    public static List<Point> sweep(FsrsModel model, SimulationConfig config, List<SimulatedCard> existing) {
        int runs = config.deckSize() == 0 ? 1
                : (int) Math.min(MAX_RUNS, Math.max(1, Math.ceil((double) MIN_CARDS_PER_POINT / config.deckSize())));
        List<Point> points = new ArrayList<>();
        int steps = (int) Math.round((TO - FROM) / STEP);
        for (int k = 0; k <= steps; k++) {
            double retention = Math.round((FROM + k * STEP) * 100) / 100.0;
            double reviews = 0;
            double minutes = 0;
            double memorised = 0;
            double kept = 0;
            double known = 0;
            for (int run = 0; run < runs; run++) {
                Simulation s = WorkloadSimulator.simulate(model, retention, config.withSeed(config.seed() + run), existing, false);
                reviews += s.averageReviewsPerDay();
                minutes += s.averageMinutesPerDay();
                memorised += s.memorisedAtEnd();
                kept += s.retentionAtEnd();
                known += s.knowledgeAtEnd();
            }
            points.add(new Point(retention, reviews / runs, minutes / runs, memorised / runs, kept / runs, known / runs));
        }
        return points;
    }
}
