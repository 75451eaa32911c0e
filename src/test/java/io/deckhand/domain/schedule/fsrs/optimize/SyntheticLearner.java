package io.deckhand.domain.schedule.fsrs.optimize;

import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.fsrs.FsrsModel;
import io.deckhand.domain.schedule.fsrs.MemoryState;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A learner whose memory follows FSRS-6 with known parameters: reviews at 90 % retention, recalls
 * with the model's probability, and sometimes repeats a card on the same day (a learning step).
 */
public final class SyntheticLearner {
    public static final List<Double> TRUE_WEIGHTS = List.of(0.15, 0.8, 1.6, 6.0, 6.8, 0.7, 2.6, 0.005, 1.55, 0.14,
            0.9, 1.6, 0.07, 0.25, 1.7, 0.55, 2.0, 0.5, 0.12, 0.07, 0.25);
    static final long START = 1_704_099_658_000L;
    static final long DAY = 86_400_000L;

    private SyntheticLearner() {
    }

    /** About {@code reviewsPerCard} answers for each of {@code cards} cards, ids from 1. */
    public static List<ReviewRecord> log(int cards, int reviewsPerCard, long seed) {
        FsrsModel model = new FsrsModel(TRUE_WEIGHTS, true, 1);
        Random random = new Random(seed);
        List<ReviewRecord> out = new ArrayList<>();
        for (int c = 1; c <= cards; c++) {
            long time = START + (c / 10) * DAY + random.nextInt(3_600_000);
            Rating first = rating(random, true);
            out.add(new ReviewRecord(c, time, first.code(), 0));
            MemoryState state = model.next(null, 0, first);
            int stateCode = 2;
            if (random.nextInt(4) == 0) {
                time += 600_000;
                Rating again = rating(random, true);
                out.add(new ReviewRecord(c, time, again.code(), 1));
                state = model.next(state, 0, again);
            }
            for (int i = 1; i < reviewsPerCard; i++) {
                int days = (int) Math.max(1, Math.round(state.stability() * model.intervalModifier(0.9)));
                days = Math.min(days, 3650);
                time += days * DAY;
                double r = model.retrievability(days, state.stability());
                Rating g = random.nextDouble() < r ? rating(random, false) : Rating.AGAIN;
                out.add(new ReviewRecord(c, time, g.code(), stateCode));
                state = model.next(state, days, g);
                stateCode = g == Rating.AGAIN ? 3 : 2;
            }
        }
        return out;
    }

    private static Rating rating(Random random, boolean first) {
        double x = random.nextDouble();
        if (first) return x < 0.2 ? Rating.AGAIN : x < 0.35 ? Rating.HARD : x < 0.9 ? Rating.GOOD : Rating.EASY;
        return x < 0.1 ? Rating.HARD : x < 0.9 ? Rating.GOOD : Rating.EASY;
    }
}
