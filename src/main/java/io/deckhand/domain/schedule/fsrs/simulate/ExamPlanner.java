package io.deckhand.domain.schedule.fsrs.simulate;

import io.deckhand.domain.schedule.fsrs.FsrsModel;
import java.util.List;

/**
 * "To know X % of this deck on the exam day, study N new cards a day": the fewest new cards a day
 * for which the simulation reaches the target share of the deck recalled on the exam's morning.
 */
public final class ExamPlanner {

    /**
     * @param newPerDay      the fewest new cards a day that reach the target, or, when unreachable,
     *                       the number that comes closest (every new card on the first day)
     * @param reachable      whether the target is reached
     * @param knowledge      share of the deck recalled on the exam day with that plan
     * @param minutesPerDay  average study time a day until the exam with that plan
     * @param reviewsPerDay  average reviews a day until the exam with that plan
     * @param knowledgeNow   share of the deck recalled today
     */
    public record Plan(int newPerDay, boolean reachable, double target, int daysLeft, double knowledge,
                       double minutesPerDay, double reviewsPerDay, double knowledgeNow, int newCards) {
    }

    private ExamPlanner() {
    }

    /**
     * @param config the deck and learner; its {@code days} are the days of study before the exam
     *               (the exam is on the morning of day {@code days}) and its new cards a day are ignored
     */
    public static Plan plan(FsrsModel model, double desiredRetention, SimulationConfig config,
                            List<SimulatedCard> existing, double target) {
        if (!(target > 0 && target <= 1)) throw new IllegalArgumentException("target must be in (0, 1]: " + target);
        int newCards = config.deckSize() - existing.size();
        Simulation none = run(model, desiredRetention, config, existing, 0);
        if (none.knowledgeAtEnd() >= target || newCards == 0) {
            return plan(0, none.knowledgeAtEnd() >= target, target, config, none, newCards);
        }
        Simulation all = run(model, desiredRetention, config, existing, newCards);
        if (all.knowledgeAtEnd() < target) return plan(newCards, false, target, config, all, newCards);
        // knowledge grows with new cards a day (up to the noise of the draws): binary search
        int low = 0;
        int high = newCards;
        Simulation best = all;
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            Simulation s = run(model, desiredRetention, config, existing, mid);
            if (s.knowledgeAtEnd() >= target) {
                high = mid;
                best = s;
            } else {
                low = mid;
            }
        }
        return plan(high, true, target, config, best, newCards);
    }

    private static Plan plan(int n, boolean reachable, double target, SimulationConfig config, Simulation s, int newCards) {
        return new Plan(n, reachable, target, config.days(), s.knowledgeAtEnd(), s.averageMinutesPerDay(),
                s.averageReviewsPerDay(), s.deckSize() == 0 ? 0 : s.memorisedAtStart() / s.deckSize(), newCards);
    }

    private static Simulation run(FsrsModel model, double retention, SimulationConfig config,
                                  List<SimulatedCard> existing, int newPerDay) {
        return WorkloadSimulator.simulate(model, retention, config.withNewPerDay(newPerDay), existing, false);
    }
}
