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

    public static List<Point> sweep(FsrsModel model, SimulationConfig config, List<SimulatedCard> existing) {
        List<Point> points = new ArrayList<>();
        int steps = (int) Math.round((TO - FROM) / STEP);
        for (int k = 0; k <= steps; k++) {
            double retention = Math.round((FROM + k * STEP) * 100) / 100.0;
            Simulation s = WorkloadSimulator.simulate(model, retention, config, existing, false);
            points.add(new Point(retention, s.averageReviewsPerDay(), s.averageMinutesPerDay(), s.memorisedAtEnd(),
                    s.retentionAtEnd(), s.knowledgeAtEnd()));
        }
        return points;
    }
}
