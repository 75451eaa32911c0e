package io.deckhand.domain.schedule.fsrs.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.support.SharedFixtures;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The optimiser on the synthetic review logs fsrs-rs was run on, and on the edges of too little history. */
class FsrsOptimizerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static TrainingSet fixture(String size) throws Exception {
        Path csv = SharedFixtures.require("fixtures/fsrs/synthetic-revlog-" + size + ".csv");
        try (Reader in = Files.newBufferedReader(csv)) {
            return TrainingSet.of(ReviewLogCsv.read(in), ZoneOffset.UTC, 4);
        }
    }

    static JsonNode reference(String size) throws Exception {
        return JSON.readTree(SharedFixtures.require("fixtures/fsrs/optimizer-reference-" + size + ".json").toFile());
    }

    static double[] weights(JsonNode array) {
        double[] w = new double[array.size()];
        for (int i = 0; i < w.length; i++) w[i] = array.get(i).asDouble();
        return w;
    }

    @ParameterizedTest
    @ValueSource(strings = {"10k", "100k"})
    void fitsTheSyntheticLogsAsWellAsFsrsRs(String size) throws Exception {
        TrainingSet set = fixture(size);
        JsonNode ref = reference(size);
        assertEquals(ref.get("fsrs_items").asInt(), set.items().size(), "items as fsrs-rs converts them");

        OptimizeResult result = FsrsOptimizer.optimize(set, FsrsOptimizer.defaultWeights(),
                FsrsOptimizer.Config.defaults(), FsrsOptimizer.Listener.NONE);

        assertEquals(OptimizeResult.Outcome.TRAINED, result.outcome());
        // fsrs-rs's fitted parameters, judged on the same items with the same (time-ordered) weights
        Evaluation referenceFit = Evaluation.of(weights(ref.at("/parameters/optimized")), set.items());
        assertTrue(result.after().logLoss() <= referenceFit.logLoss() * 1.01,
                "log loss " + result.after().logLoss() + " vs fsrs-rs's " + referenceFit.logLoss());
        assertTrue(result.after().rmseBins() < result.before().rmseBins(), "RMSE should improve on defaults");
        assertSane(result.optimized());
    }

    static void assertSane(List<Double> w) {
        assertEquals(21, w.size());
        for (int i = 0; i < 21; i++) {
            double v = w.get(i);
            assertTrue(Double.isFinite(v), "w" + i + " = " + v);
            assertTrue(v >= ParameterBounds.low(i) && v <= ParameterBounds.high(i), "w" + i + " = " + v + " out of bounds");
        }
        for (int i = 0; i < 3; i++) {
            assertTrue(w.get(i) <= w.get(i + 1), "initial stability must not fall with a better first answer: " + w);
        }
    }

    @Test
    void sameHistorySameParameters() throws Exception {
        TrainingSet set = fixture("10k");
        FsrsOptimizer.Config config = FsrsOptimizer.Config.defaults().withEpochs(2);
        OptimizeResult a = FsrsOptimizer.optimize(set, FsrsOptimizer.defaultWeights(), config, FsrsOptimizer.Listener.NONE);
        OptimizeResult b = FsrsOptimizer.optimize(fixture("10k"), FsrsOptimizer.defaultWeights(), config, FsrsOptimizer.Listener.NONE);
        assertEquals(a.optimized(), b.optimized());
        assertEquals(a.after(), b.after());
    }

    @Test
    void keepsTheCurrentParametersWhenTheFitIsNotBetter() {
        // the learner's own true parameters are hard to beat on the learner's history
        TrainingSet set = TrainingSet.of(SyntheticLearner.log(300, 12, 7), ZoneOffset.UTC, 4);
        OptimizeResult fromTruth = FsrsOptimizer.optimize(set, SyntheticLearner.TRUE_WEIGHTS,
                FsrsOptimizer.Config.defaults(), FsrsOptimizer.Listener.NONE);
        assertEquals(fromTruth.before().logLoss() <= fromTruth.after().logLoss(), !fromTruth.better());
        if (!fromTruth.better()) assertEquals(SyntheticLearner.TRUE_WEIGHTS, fromTruth.chosen());

        OptimizeResult fromDefaults = FsrsOptimizer.optimize(set, FsrsOptimizer.defaultWeights(),
                FsrsOptimizer.Config.defaults(), FsrsOptimizer.Listener.NONE);
        assertTrue(fromDefaults.better(), fromDefaults.before() + " -> " + fromDefaults.after());
        assertEquals(fromDefaults.optimized(), fromDefaults.chosen());
        assertNotEquals(FsrsOptimizer.defaultWeights(), fromDefaults.chosen());
    }

    @Test
    void tooLittleHistoryFitsNothing() {
        TrainingSet none = TrainingSet.of(List.of(), ZoneOffset.UTC, 4);
        OptimizeResult empty = FsrsOptimizer.optimize(none, FsrsOptimizer.defaultWeights(),
                FsrsOptimizer.Config.defaults(), FsrsOptimizer.Listener.NONE);
        assertEquals(OptimizeResult.Outcome.TOO_LITTLE_HISTORY, empty.outcome());
        assertEquals(0, empty.items());
        assertFalse(empty.better());

        TrainingSet few = TrainingSet.of(SyntheticLearner.log(3, 2, 1), ZoneOffset.UTC, 4);
        OptimizeResult r = FsrsOptimizer.optimize(few, FsrsOptimizer.defaultWeights(),
                FsrsOptimizer.Config.defaults(), FsrsOptimizer.Listener.NONE);
        assertEquals(OptimizeResult.Outcome.TOO_LITTLE_HISTORY, r.outcome());
        assertEquals(3, r.items());
        assertEquals(FsrsOptimizer.defaultWeights(), r.chosen());
    }

    @Test
    void aSmallHistoryFitsOnlyTheInitialStabilities() {
        TrainingSet set = TrainingSet.of(SyntheticLearner.log(40, 2, 3), ZoneOffset.UTC, 4);
        assertTrue(set.items().size() >= FsrsOptimizer.MIN_ITEMS && set.items().size() < FsrsOptimizer.MIN_TRAINING_ITEMS);
        OptimizeResult r = FsrsOptimizer.optimize(set, FsrsOptimizer.defaultWeights(),
                FsrsOptimizer.Config.defaults(), FsrsOptimizer.Listener.NONE);
        assertEquals(OptimizeResult.Outcome.INITIAL_STABILITY_ONLY, r.outcome());
        assertEquals(FsrsOptimizer.defaultWeights().subList(4, 21), r.optimized().subList(4, 21));
        assertSane(r.optimized());
    }

    @Test
    void progressCountsUpAndCancelStops() {
        TrainingSet set = TrainingSet.of(SyntheticLearner.log(200, 8, 5), ZoneOffset.UTC, 4);
        long[] last = {0, 0};
        FsrsOptimizer.optimize(set, FsrsOptimizer.defaultWeights(), FsrsOptimizer.Config.defaults(), (done, total) -> {
            assertTrue(done > last[0] && done <= total);
            last[0] = done;
            last[1] = total;
            return true;
        });
        assertEquals(last[1], last[0], "progress ends at its total");
        int[] calls = {0};
        assertThrows(CancellationException.class, () -> FsrsOptimizer.optimize(set, FsrsOptimizer.defaultWeights(),
                FsrsOptimizer.Config.defaults(), (done, total) -> ++calls[0] < 3));
        assertEquals(3, calls[0]);
    }
}
