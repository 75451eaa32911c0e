package io.deckhand.domain.schedule.fsrs.optimize;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Whatever the review log, the optimiser returns numbers inside fsrs-rs's bounds, and the CSV reader fails only with a message. */
class FsrsOptimizerPropertyTest {

    @Provide
    Arbitrary<List<ReviewRecord>> logs() {
        Arbitrary<ReviewRecord> record = Combinators.combine(
                Arbitraries.longs().between(1, 40),
                Arbitraries.longs().between(0, 400L * 86_400_000L),
                Arbitraries.integers().between(1, 4),
                Arbitraries.integers().between(0, 3))
                .as((card, offset, rating, state) -> new ReviewRecord(card, 1_700_000_000_000L + offset, rating, state));
        return record.list().ofMinSize(0).ofMaxSize(600);
    }

    @Property(tries = 40)
    void randomLogsGiveFiniteParametersWithinBounds(@ForAll("logs") List<ReviewRecord> log, @ForAll @IntRange(max = 23) int hour) {
        OptimizeResult r = FsrsOptimizer.optimize(TrainingSet.of(log, ZoneOffset.UTC, hour), FsrsOptimizer.defaultWeights(),
                FsrsOptimizer.Config.defaults().withEpochs(2), FsrsOptimizer.Listener.NONE);
        for (int i = 0; i < 21; i++) {
            double v = r.optimized().get(i);
            assertTrue(Double.isFinite(v) && v >= ParameterBounds.low(i) && v <= ParameterBounds.high(i), "w" + i + " = " + v);
        }
        if (r.after() != null) {
            assertTrue(Double.isFinite(r.after().logLoss()) && Double.isFinite(r.after().rmseBins()), r.after().toString());
        }
    }

    @Property(tries = 40)
    void learnersWithAnyTrueParametersGiveParametersWithinBounds(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                               @ForAll @IntRange(min = 20, max = 120) int cards) {
        List<ReviewRecord> log = SyntheticLearner.log(cards, 6, seed);
        OptimizeResult r = FsrsOptimizer.optimize(TrainingSet.of(log, ZoneOffset.UTC, 4), FsrsOptimizer.defaultWeights(),
                FsrsOptimizer.Config.defaults().withEpochs(2), FsrsOptimizer.Listener.NONE);
        FsrsOptimizerTest.assertSane(r.optimized());
    }

    @Property(tries = 200)
    void csvReaderAcceptsOrExplains(@ForAll("csvText") String text) throws IOException {
        try {
            List<ReviewRecord> read = ReviewLogCsv.read(new StringReader(text));
            assertTrue(read.size() <= text.split("\n", -1).length);
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<String> csvText() {
        Arbitrary<String> cell = Arbitraries.oneOf(Arbitraries.integers().between(-2, 5).map(String::valueOf),
                Arbitraries.longs().map(String::valueOf), Arbitraries.strings().ofMaxLength(4));
        Arbitrary<String> row = cell.list().ofMinSize(0).ofMaxSize(6).map(c -> String.join(",", c));
        return row.list().ofMaxSize(8).map(rows -> {
            List<String> lines = new ArrayList<>();
            lines.add("card_id,review_time,review_rating,review_state,review_duration");
            lines.addAll(rows);
            return String.join("\n", lines);
        });
    }
}
