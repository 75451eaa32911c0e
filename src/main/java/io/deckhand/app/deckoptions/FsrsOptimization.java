package io.deckhand.app.deckoptions;

import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.fsrs.optimize.OptimizeResult;

/**
 * An FSRS optimisation of a preset: the figures before and after, and whether the fitted
 * parameters were saved (only when asked and when they predict the history better).
 */
public record FsrsOptimization(PresetId preset, String presetName, int decks, OptimizeResult result, boolean saved) {
    /** One line for the user saying what happened. */
    public String summary() {
        return switch (result.outcome()) {
            case TOO_LITTLE_HISTORY -> "Too little history to optimise.";
            case INITIAL_STABILITY_ONLY, TRAINED -> {
                String what = result.outcome() == OptimizeResult.Outcome.TRAINED
                        ? "Parameters fitted to " + result.items() + " reviews"
                        : "Only the first-answer stabilities fitted (" + result.items() + " reviews; 64 or more fit all)";
                if (!result.better()) {
                    yield what + "; they do not predict your reviews better than the current ones, which are kept.";
                }
                yield what + (saved ? "; saved to preset \"" + presetName + "\"." : "; better than the current ones (not saved).");
            }
        };
    }
}
