package io.deckhand.domain.schedule.fsrs.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** fsrs-rs's smoothing and filling of initial stabilities, on worked examples. */
class InitialStabilityTest {
    @Test
    void keepsStabilityRisingWithTheRatingTheBetterSupportedValueWinning() {
        double[] s0 = InitialStability.smoothAndFill(new Double[] {null, 1.0, 3.0, 2.0, 10.0}, new int[] {0, 10, 10, 100, 10});
        assertArrayEquals(new double[] {1.0, 2.0, 2.0, 10.0}, s0, 1e-12);
    }

    @Test
    void oneRatingScalesTheDefaults() {
        double[] s0 = InitialStability.smoothAndFill(new Double[] {null, null, null, 2.3065 * 2, null}, new int[] {0, 0, 0, 50, 0});
        double[] d = FsrsOptimizer.DEFAULT_WEIGHTS;
        assertArrayEquals(new double[] {d[0] * 2, d[1] * 2, d[2] * 2, d[3] * 2}, s0, 1e-9);
    }

    @Test
    void missingRatingsAreFilledBetweenTheirNeighbours() {
        double[] s0 = InitialStability.smoothAndFill(new Double[] {null, 0.5, null, 3.0, null}, new int[] {0, 20, 0, 80, 0});
        assertTrue(s0[0] < s0[1] && s0[1] < s0[2] && s0[2] < s0[3], java.util.Arrays.toString(s0));
        assertArrayEquals(new double[] {0.5, Math.pow(0.5, 0.41) * Math.pow(3.0, 0.59), 3.0}, new double[] {s0[0], s0[1], s0[2]}, 1e-12);
    }

    @Test
    void noDataNoStabilities() {
        assertNull(InitialStability.smoothAndFill(new Double[5], new int[5]));
    }

    @Test
    void valuesAreClampedToTheBounds() {
        double[] s0 = InitialStability.smoothAndFill(new Double[] {null, 0.0001, 1.0, 5.0, 400.0}, new int[] {0, 5, 5, 5, 5});
        assertArrayEquals(new double[] {0.001, 1.0, 5.0, 100.0}, s0, 1e-12);
    }
}
