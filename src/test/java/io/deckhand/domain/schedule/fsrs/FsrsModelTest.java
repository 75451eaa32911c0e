package io.deckhand.domain.schedule.fsrs;

import static io.deckhand.domain.schedule.fsrs.Fsrs6VectorsTest.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.Rating;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Single formulas against formula_vectors of the reference file. */
class FsrsModelTest {
    private static JsonNode v;
    private static FsrsModel model;

    @BeforeAll
    static void load() {
        v = FsrsVectors.load().get("formula_vectors");
        model = new FsrsModel(DeckPreset.DEFAULT_FSRS6_WEIGHTS, true, 1);
    }

    @Test
    void decayAndFactor() {
        assertEquals(v.get("decay").asDouble(), model.decay(), 1e-12);
        assertEquals(v.get("factor").asDouble(), model.factor(), 1e-8);
    }

    @Test
    void forgettingCurve() {
        for (JsonNode c : v.get("forgetting_curve")) {
            assertEquals(c.get("R").asDouble(), model.retrievability(c.get("t").asDouble(), c.get("S").asDouble()), 1e-8,
                    c.toString());
        }
    }

    @Test
    void nextInterval() {
        for (JsonNode c : v.get("next_interval")) {
            double im = model.intervalModifier(c.get("request_retention").asDouble());
            assertEquals(c.get("interval_modifier").asDouble(), im, 1e-8, c.toString());
            Fsrs6Scheduler s = new Fsrs6Scheduler(new FsrsOptions(DeckPreset.DEFAULT_FSRS6_WEIGHTS,
                    c.get("request_retention").asDouble(), 36500, List.of(), List.of(), true, false));
            assertEquals(c.get("next_interval").asInt(),
                    (int) Math.min(Math.max(1, Math.round(c.get("S").asDouble() * s.intervalModifier())), 36500), c.toString());
        }
    }

    @Test
    void initialStabilityAndDifficulty() {
        for (Rating g : Rating.values()) {
            assertEquals(v.get("init_stability").get(g.ordinal()).asDouble(), model.initStability(g), 1e-8);
            assertEquals(v.get("init_difficulty_unclamped").get(g.ordinal()).asDouble(), model.initDifficultyUnclamped(g), 1e-8);
        }
        assertEquals(1.0, model.initDifficulty(Rating.EASY));
    }

    @Test
    void nextDifficulty() {
        for (JsonNode c : v.get("next_difficulty")) {
            assertRelative(c.get("next").asDouble(),
                    model.nextDifficulty(c.get("d").asDouble(), Rating.fromCode(c.get("g").asInt())), c.toString());
        }
    }

    @Test
    void shortTermStability() {
        for (JsonNode c : v.get("short_term_stability")) {
            assertRelative(c.get("next").asDouble(),
                    model.nextShortTermStability(c.get("s").asDouble(), Rating.fromCode(c.get("g").asInt())), c.toString());
        }
    }

    @Test
    void recallStability() {
        for (JsonNode c : v.get("recall_stability")) {
            assertRelative(c.get("next").asDouble(), model.nextRecallStability(c.get("d").asDouble(),
                    c.get("s").asDouble(), c.get("r").asDouble(), Rating.fromCode(c.get("g").asInt())), c.toString());
        }
    }

    @Test
    void forgetStability() {
        for (JsonNode c : v.get("forget_stability")) {
            double d = c.get("d").asDouble();
            double s = c.get("s").asDouble();
            double r = c.get("r").asDouble();
            assertRelative(c.get("next_long_term").asDouble(), model.nextForgetStability(d, s, r), c.toString());
            assertRelative(c.get("final_with_short_term_cap").asDouble(), model.lapseStability(d, s, r), c.toString());
        }
    }

    @Test
    void fuzzRange() {
        for (JsonNode c : v.get("fuzz_range")) {
            FuzzRange r = FuzzRange.of(c.get("interval").asDouble(), c.get("elapsed_days").asInt(),
                    c.get("maximum_interval").asInt());
            assertEquals(c.get("min_ivl").asInt(), r.min(), c.toString());
            assertEquals(c.get("max_ivl").asInt(), r.max(), c.toString());
        }
    }

    @Test
    void parametersOutsideTheirRangeAreClipped() {
        List<Double> w = new java.util.ArrayList<>(DeckPreset.DEFAULT_FSRS6_WEIGHTS);
        w.set(20, 5.0);
        w.set(0, -1.0);
        FsrsModel clipped = new FsrsModel(w, true, 1);
        assertEquals(-0.8, clipped.decay(), 1e-12);
        assertEquals(FsrsModel.S_MIN, clipped.weight(0), 1e-12);
    }
}
