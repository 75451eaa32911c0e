package io.deckhand.app.deckoptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Workload forecasts and exam plans on a real (in-memory SQLite) collection. */
class WorkloadServiceTest {
    private TestCollection col;
    private WorkloadService workload;

    @BeforeEach
    void open() throws Exception {
        col = new TestCollection();
        workload = col.services.workload();
    }

    @AfterEach
    void close() {
        col.close();
    }

    private List<Card> addCards(String deck, int n) throws Exception {
        List<Card> added = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            added.add(col.services.library().addCard(new DeckName(deck), deck + " question " + i, "answer " + i, List.of()));
        }
        return added;
    }

    @Test
    void aNewDeckIsForecastFromThePresetsRetentionAndNewCardsADay() throws Exception {
        DeckId deck = addCards("Spanish", 50).get(0).deckId();
        WorkloadForecast f = workload.forecast(deck);
        assertEquals(50, f.deckSize());
        assertEquals(0, f.studiedCards());
        assertEquals(0.9, f.retention());
        assertEquals(20, f.newPerDay());
        assertEquals(28, f.sweep().size());
        assertEquals(365, f.chosen().days());
        assertEquals(50, f.chosen().totalLearned());
        assertEquals(20, f.chosen().learnedPerDay()[0]);
        assertTrue(f.chosen().totalReviews() > 0);
        assertEquals(0.9, f.pointAt(0.9).desiredRetention());
    }

    @Test
    void studiedCardsStartFromTheirStoredMemoryAndSubDecksCount() throws Exception {
        List<Card> parent = addCards("Lang", 5);
        addCards("Lang::Verbs", 5);
        for (Card c : parent) col.services.study().answerOutsideSession(c.id(), Rating.GOOD, Duration.ofSeconds(5));
        col.clock.advance(Duration.ofDays(2));
        WorkloadForecast f = workload.forecast(parent.get(0).deckId(), 30, 0, 0.9);
        assertEquals(10, f.deckSize());
        assertEquals(5, f.studiedCards());
        assertEquals(0, f.chosen().totalLearned());
        // two days after learning, the five cards are recalled with some probability below one
        assertTrue(f.chosen().memorisedAtStart() > 2 && f.chosen().memorisedAtStart() < 5, f.chosen().toString());
        assertTrue(f.chosen().totalReviews() >= 5);
    }

    @Test
    void anExamPlanSaysHowManyNewCardsADay() throws Exception {
        DeckId deck = addCards("Biology", 300).get(0).deckId();
        LocalDate today = LocalDate.of(2026, 3, 2);
        ExamForecast plan = workload.planExam(deck, today.plusDays(60), 0.8);
        assertTrue(plan.plan().reachable());
        int n = plan.plan().newPerDay();
        assertTrue(n >= 5 && n < 300, "N = " + n);
        assertTrue(plan.describe().startsWith("To know 80% of this deck on 1 May 2026, study " + n + " new cards a day"),
                plan.describe());
    }

    @Test
    void anUnreachableTargetIsSaidPlainly() throws Exception {
        DeckId deck = addCards("Law", 200).get(0).deckId();
        ExamForecast plan = workload.planExam(deck, LocalDate.of(2026, 3, 3), 0.99, 0.8);
        assertFalse(plan.plan().reachable());
        assertTrue(plan.describe().contains("out of reach: even learning all 200 new cards today"), plan.describe());
    }

    @Test
    void badInputIsRefusedWithAMessage() throws Exception {
        DeckId deck = addCards("Maths", 3).get(0).deckId();
        InvalidInputException past = assertThrows(InvalidInputException.class,
                () -> workload.planExam(deck, LocalDate.of(2026, 3, 2), 0.9));
        assertEquals("The exam date must be after today (2026-03-02), not 2026-03-02.", past.getMessage());
        assertThrows(InvalidInputException.class, () -> workload.planExam(deck, LocalDate.of(2026, 6, 1), 1.5));
        assertThrows(InvalidInputException.class, () -> workload.forecast(deck, 0, 10, 0.9));
        assertThrows(InvalidInputException.class, () -> workload.forecast(deck, 100, 10, 0.5));
        assertThrows(InvalidInputException.class, () -> workload.forecast(new DeckId(999_999), 100, 10, 0.9));
    }

    @Test
    void answerTimesComeFromThisDecksReviewLogOnceThereAreEnough() throws Exception {
        List<Card> spanish = addCards("Spanish", 25);
        List<Card> other = addCards("Other", 25);
        for (int i = 0; i < 25; i++) {
            // Spanish cards are learned in 4-6 s (median 5 s); another deck's slow answers must not count
            col.services.study().answerOutsideSession(spanish.get(i).id(), Rating.GOOD, Duration.ofMillis(4000 + (i % 3) * 1000));
            col.services.study().answerOutsideSession(other.get(i).id(), Rating.GOOD, Duration.ofSeconds(40));
        }
        WorkloadForecast f = workload.forecast(spanish.get(0).deckId(), 30, 0, 0.9);
        var good = f.answerTimes().figures().stream()
                .filter(t -> t.kind() == io.deckhand.domain.schedule.fsrs.simulate.AnswerTimes.Kind.LEARN
                        && t.rating() == Rating.GOOD).findFirst().orElseThrow();
        assertEquals(5.0, good.seconds(), 1e-9);
        assertEquals(25, good.answers());
        assertEquals(1, f.answerTimes().figures().stream().filter(t -> t.measured()).count());

        WorkloadForecast fresh = workload.forecast(addCards("Fresh", 3).get(0).deckId(), 30, 0, 0.9);
        assertTrue(fresh.answerTimes().allDefaults());
    }

    @Test
    void theLearnersOwnTimesChangeTheMinutesNotTheReviews() throws Exception {
        List<Card> slow = addCards("Slow", 40);
        for (Card c : slow) col.services.study().answerOutsideSession(c.id(), Rating.GOOD, Duration.ofSeconds(60));
        List<Card> fast = addCards("Fast", 40);
        for (Card c : fast) col.services.study().answerOutsideSession(c.id(), Rating.GOOD, Duration.ofSeconds(2));
        addCards("Slow", 40);
        addCards("Fast", 40);
        WorkloadForecast s = workload.forecast(slow.get(0).deckId(), 60, 10, 0.9);
        WorkloadForecast q = workload.forecast(fast.get(0).deckId(), 60, 10, 0.9);
        assertEquals(s.chosen().totalReviews(), q.chosen().totalReviews());
        // only first-learn Good is measured (60 s against 2 s); the review times stay the defaults
        assertTrue(s.chosen().averageMinutesPerDay() > q.chosen().averageMinutesPerDay() * 1.2,
                s.chosen().averageMinutesPerDay() + " vs " + q.chosen().averageMinutesPerDay());
    }

    @Test
    void aScenarioFromTheFormIsSimulatedInsteadOfTheStoredPreset() throws Exception {
        DeckId deck = addCards("Form", 60).get(0).deckId();
        WorkloadForecast stored = workload.forecast(deck, 60, 20, 0.9);
        var preset = col.services.deckOptions().presetOf(deck);
        var typed = new WorkloadService.Scenario("Typed", preset.fsrsWeights(), 1, 200, 36500, 5, 0.9);
        WorkloadForecast f = workload.forecast(deck, 60, typed);
        assertEquals("Typed", f.presetName());
        assertEquals(5, f.chosen().learnedPerDay()[0]);
        assertEquals(20, stored.chosen().learnedPerDay()[0]);
        WorkloadForecast limited = workload.forecast(deck, 60, new WorkloadService.Scenario("Limited",
                preset.fsrsWeights(), 1, 3, 36500, 20, 0.9));
        for (int reviews : limited.chosen().reviewsPerDay()) assertTrue(reviews <= 3, "over the typed limit: " + reviews);
        assertTrue(java.util.Arrays.stream(stored.chosen().reviewsPerDay()).max().orElseThrow() > 3);
        assertThrows(InvalidInputException.class, () -> workload.forecast(deck, 60,
                new WorkloadService.Scenario("Bad", List.of(1.0, 2.0), 1, 200, 36500, 5, 0.9)));
        assertThrows(InvalidInputException.class, () -> workload.forecast(deck, 60,
                new WorkloadService.Scenario("Bad", preset.fsrsWeights(), 1, -1, 36500, 5, 0.9)));
    }
}
