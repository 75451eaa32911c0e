package io.deckhand.render.diagram;

import java.util.function.Supplier;

/**
 * Whether a reading restores the statement boundaries a flattened note lost (the lenient reading)
 * or stops at the first thing Mermaid would refuse (the strict one), and whether it had to restore any.
 */
final class FlowchartRepair {
    private final boolean lenient;
    private boolean repaired;

    FlowchartRepair(boolean lenient) {
        this.lenient = lenient;
    }

    boolean lenient() {
        return lenient;
    }

    /** The strict reading throws the problem; the lenient one reads past it and marks the chart repaired. */
    void readPast(Supplier<FlowchartSyntaxException> problem) throws FlowchartSyntaxException {
        if (!lenient) {
            throw problem.get();
        }
        repaired = true;
    }

    boolean repaired() {
        return repaired;
    }
}
