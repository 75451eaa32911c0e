package io.deckhand.domain.schedule.fsrs.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.fsrs.FsrsModel;
import io.deckhand.domain.schedule.fsrs.MemoryState;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forward-mode gradients against finite differences, and the values against the scheduler's model. */
class MemoryModelTest {
    private static final List<CardHistory> CARDS =
            TrainingSet.of(SyntheticLearner.log(60, 10, 11), ZoneOffset.UTC, 4).cards();

    private static double loss(double[] w, double[] grad) {
        MemoryModel model = new MemoryModel();
        model.use(w);
        double sum = 0;
        for (CardHistory c : CARDS) {
            double[] weights = new double[c.length()];
            Arrays.fill(weights, 0.7);
            sum += model.lossAndGradient(c, c.length() - 1, weights, grad);
        }
        return sum;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void gradientMatchesFiniteDifferences(long seed) {
        Random random = new Random(seed);
        double[] w = FsrsOptimizer.DEFAULT_WEIGHTS.clone();
        for (int i = 0; i < 21; i++) {
            w[i] = ParameterBounds.low(i) + (0.1 + 0.8 * random.nextDouble()) * (ParameterBounds.high(i) - ParameterBounds.low(i));
        }
        for (int i = 0; i < 4; i++) w[i] = Math.min(w[i], 20 * (i + 1)); // keep S0 in a range where items are informative
        double[] grad = new double[21];
        double base = loss(w, grad);
        for (int k = 0; k < 21; k++) {
            double h = 1e-6 * Math.max(1, Math.abs(w[k]));
            double[] up = w.clone();
            up[k] += h;
            double[] down = w.clone();
            down[k] -= h;
            double numeric = (loss(up, new double[21]) - loss(down, new double[21])) / (2 * h);
            assertEquals(numeric, grad[k], 1e-4 * Math.max(1, Math.abs(numeric)), "d loss / d w" + k + " (loss " + base + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 4, 5})
    void predictionsAgreeWithTheSchedulersModel(int cardIndex) {
        // the scheduler floors a first stability at 0.1 and rounds to 8 decimals; with S0 above 0.1 they agree
        double[] w = SyntheticLearner.TRUE_WEIGHTS.stream().mapToDouble(Double::doubleValue).toArray();
        w[0] = 0.2;
        FsrsModel scheduler = new FsrsModel(Arrays.stream(w).boxed().toList(), true, 1);
        MemoryModel model = new MemoryModel();
        model.use(w);
        CardHistory card = CARDS.get(cardIndex);
        double[] predicted = new double[card.length()];
        model.predict(card, card.length() - 1, predicted);
        MemoryState state = null;
        for (int i = 0; i < card.length(); i++) {
            if (i > 0 && card.deltaDays()[i] > 0) {
                double expected = scheduler.retrievability(card.deltaDays()[i], state.stability());
                assertEquals(expected, predicted[i], 1e-6, "answer " + i);
            }
            Rating g = Rating.fromCode(card.ratings()[i]);
            state = scheduler.next(i == 0 ? null : state, card.deltaDays()[i], g);
        }
        assertTrue(card.length() > 1);
    }
}
