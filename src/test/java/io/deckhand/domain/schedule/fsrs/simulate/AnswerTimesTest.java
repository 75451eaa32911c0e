package io.deckhand.domain.schedule.fsrs.simulate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class AnswerTimesTest {
    private static List<AnswerTimes.Answer> answers(CardState state, Rating rating, long... millis) {
        List<AnswerTimes.Answer> out = new ArrayList<>();
        for (long m : millis) out.add(new AnswerTimes.Answer(state, rating, m));
        return out;
    }

    private static long[] repeat(int n, long first, long step) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = first + i * step;
        return out;
    }

    @Test
    void anEmptyLogGivesFsrsRsDefaults() {
        AnswerTimes t = AnswerTimes.from(List.of());
        assertTrue(t.allDefaults());
        assertArrayEquals(SimulationConfig.DEFAULT_LEARN_SECONDS, t.learnSeconds());
        assertArrayEquals(SimulationConfig.DEFAULT_REVIEW_SECONDS, t.reviewSeconds());
        assertEquals(t, AnswerTimes.defaults());
        assertTrue(t.describe().startsWith("Answer times: fsrs-rs's defaults"), t.describe());
    }

    @Test
    void enoughAnswersOfAKindGiveTheirMedianAndTheRestStayDefault() {
        // 21 Good reviews from 5.0 s to 7.0 s in 0.1 s steps: median 6.0 s
        List<AnswerTimes.Answer> log = answers(CardState.REVIEW, Rating.GOOD, repeat(21, 5000, 100));
        AnswerTimes t = AnswerTimes.from(log);
        assertEquals(6.0, t.reviewSeconds()[2], 1e-9);
        assertEquals(SimulationConfig.DEFAULT_REVIEW_SECONDS[0], t.reviewSeconds()[0], 1e-9);
        assertArrayEquals(SimulationConfig.DEFAULT_LEARN_SECONDS, t.learnSeconds());
        AnswerTimes.Figure good = t.figures().stream()
                .filter(f -> f.kind() == AnswerTimes.Kind.REVIEW && f.rating() == Rating.GOOD).findFirst().orElseThrow();
        assertEquals(21, good.answers());
        assertTrue(t.describe().contains("from your reviews: review Good 6.0 s; defaults: first learn Again 33.8 s"),
                t.describe());
    }

    @Test
    void tooFewAnswersAreNotTrusted() {
        AnswerTimes t = AnswerTimes.from(answers(CardState.NEW, Rating.EASY, repeat(AnswerTimes.MIN_ANSWERS - 1, 2000, 0)));
        assertTrue(t.allDefaults());
        AnswerTimes enough = AnswerTimes.from(answers(CardState.NEW, Rating.EASY, repeat(AnswerTimes.MIN_ANSWERS, 2000, 0)));
        assertEquals(2.0, enough.learnSeconds()[3], 1e-9);
    }

    @Test
    void untimedAndAbandonedAnswersAreLeftOut() {
        List<AnswerTimes.Answer> log = new ArrayList<>(answers(CardState.NEW, Rating.GOOD, repeat(20, 9000, 0)));
        // an hour away from the screen and answers without a time would move a mean, and are no answer time at all
        log.addAll(answers(CardState.NEW, Rating.GOOD, repeat(15, 3_600_000, 0)));
        log.addAll(answers(CardState.NEW, Rating.GOOD, repeat(15, 0, 0)));
        assertEquals(9.0, AnswerTimes.from(log).learnSeconds()[2], 1e-9);
        assertEquals(20, AnswerTimes.from(log).figures().get(4).answers());
    }

    @Test
    void aForgottenReviewCostsTheAgainAnswerPlusRelearning() {
        List<AnswerTimes.Answer> log = new ArrayList<>(answers(CardState.REVIEW, Rating.AGAIN, repeat(20, 12_000, 0)));
        AnswerTimes noRelearn = AnswerTimes.from(log);
        // relearning not measured: the default's relearning share (23 - 11.68 s) is added
        assertEquals(12.0 + 23.0 - 11.68, noRelearn.reviewSeconds()[0], 1e-9);
        log.addAll(answers(CardState.RELEARNING, Rating.GOOD, repeat(20, 4_000, 0)));
        AnswerTimes both = AnswerTimes.from(log);
        assertEquals(16.0, both.reviewSeconds()[0], 1e-9);
        assertTrue(both.describe().contains("relearn 4.0 s"), both.describe());
    }

    @Test
    void relearningAloneStillCountsAgainAsReviewPlusRelearning() {
        AnswerTimes t = AnswerTimes.from(answers(CardState.RELEARNING, Rating.AGAIN, repeat(30, 3_000, 0)));
        // default Again review without its relearning share, plus the learner's relearning
        assertEquals(11.68 + 3.0, t.reviewSeconds()[0], 1e-9);
        assertFalse(t.allDefaults());
    }

    @Property
    void everyMeasuredFigureLiesWithinTheAnswersItCameFrom(
            @ForAll @Size(min = 20, max = 200) List<@LongRange(min = 1, max = 600_000) Long> millis) {
        List<AnswerTimes.Answer> log = new ArrayList<>();
        for (long m : millis) log.add(new AnswerTimes.Answer(CardState.NEW, Rating.HARD, m));
        double seconds = AnswerTimes.from(log).learnSeconds()[1];
        long min = millis.stream().mapToLong(Long::longValue).min().orElseThrow();
        long max = millis.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(seconds * 1000 >= min && seconds * 1000 <= max, seconds + " outside " + min + ".." + max);
        double ms = Math.round(seconds * 2000) / 2.0; // a median of whole milliseconds is a whole or half one
        long below = millis.stream().filter(m -> m < ms).count();
        long above = millis.stream().filter(m -> m > ms).count();
        assertTrue(below <= millis.size() / 2 && above <= millis.size() / 2, "not a median: " + seconds);
    }
}
