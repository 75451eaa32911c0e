package io.deckhand.domain.schedule.fsrs.optimize;

import java.util.List;

/**
 * What an optimisation found.
 *
 * @param outcome     whether there was enough history, and how far the fit went
 * @param current     the parameters before (what the learner had)
 * @param optimized   the fitted parameters (equal to {@code current} when there was too little history)
 * @param before      the current parameters' figures on the history (null when there are no items)
 * @param after       the fitted parameters' figures (null when there are no items)
 * @param items       training items (answers on a later day than the previous one) in the history
 * @param cards       cards with a usable history
 */
public record OptimizeResult(Outcome outcome, List<Double> current, List<Double> optimized,
                             Evaluation before, Evaluation after, int items, int cards) {

    public enum Outcome {
        /** Fewer than {@link FsrsOptimizer#MIN_ITEMS} usable answers, or none after a first answer: nothing fitted. */
        TOO_LITTLE_HISTORY,
        /** Enough to fit the initial stabilities only (fewer than {@link FsrsOptimizer#MIN_TRAINING_ITEMS} items). */
        INITIAL_STABILITY_ONLY,
        /** All 21 parameters fitted. */
        TRAINED
    }

    public OptimizeResult {
        current = List.copyOf(current);
        optimized = List.copyOf(optimized);
    }

    /**
     * Anki's rule: the fitted parameters replace the current ones only when they predict the
     * history better (lower log loss).
     */
    public boolean better() {
        return outcome != Outcome.TOO_LITTLE_HISTORY && before != null && after != null
                && after.logLoss() < before.logLoss();
    }

    /** The parameters to keep: the fitted ones when better, else the current ones. */
    public List<Double> chosen() {
        return better() ? optimized : current;
    }
}
