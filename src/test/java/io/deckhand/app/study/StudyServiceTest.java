package io.deckhand.app.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.library.LibraryService;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.study.StudyCounts;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StudyServiceTest {
    private TestCollection col;
    private StudyService study;
    private LibraryService library;

    @BeforeEach
    void open() throws Exception {
        col = new TestCollection();
        study = col.services.study();
        library = col.services.library();
    }

    @AfterEach
    void close() {
        col.close();
    }

    private List<Card> addCards(String deck, int n) throws Exception {
        List<Card> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(library.addCard(new DeckName(deck), "Q" + i, "A" + i, List.of()));
            col.clock.advance(Duration.ofMillis(1));
        }
        return out;
    }

    private DeckSummary summary(String name) throws Exception {
        return study.deckTree().stream().filter(d -> d.name().value().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void newCardsComeInTheOrderTheyWereAdded() throws Exception {
        List<Card> cards = addCards("K8s", 3);
        StudyCard next = study.next(summary("K8s").id()).orElseThrow();
        assertEquals(cards.get(0).id(), next.card().id());
        assertEquals(new StudyCounts(3, 0, 0), next.remaining());
        assertEquals(4, next.intervalLabels().size());
        assertEquals("1m", next.intervalLabels().get(Rating.AGAIN));
    }

    @Test
    void answerIsLoggedAndUndoRestoresTheCardExactly() throws Exception {
        Card card = addCards("K8s", 1).get(0);
        var deck = summary("K8s").id();
        study.answer(card.id(), Rating.GOOD, Duration.ofSeconds(4));
        Card answered = library.card(card.id());
        assertEquals(CardState.LEARNING, answered.scheduling().state());
        var log = new SqliteReviewLogRepository(col.db);
        assertEquals(1L, col.db.read(log::count));
        var entry = col.db.read(() -> log.forCard(card.id())).get(0);
        assertEquals(card.scheduling(), entry.before());
        assertEquals(answered.scheduling(), entry.after());
        assertEquals(Duration.ofSeconds(4), entry.answerTime());

        assertEquals(card.id(), study.undoLastAnswer().orElseThrow());
        assertEquals(card.scheduling(), library.card(card.id()).scheduling());
        assertEquals(0L, col.db.read(log::count));
        assertTrue(study.undoLastAnswer().isEmpty());
        assertEquals(new StudyCounts(1, 0, 0), study.remaining(deck));
    }

    @Test
    void learningCardsComeBackWithinTheLearnAheadWindow() throws Exception {
        Card card = addCards("K8s", 1).get(0);
        var deck = summary("K8s").id();
        study.answer(card.id(), Rating.AGAIN, Duration.ofSeconds(2));
        StudyCard again = study.next(deck).orElseThrow();
        assertEquals(card.id(), again.card().id());
        assertEquals(new StudyCounts(0, 1, 0), again.remaining());
        study.answer(card.id(), Rating.EASY, Duration.ofSeconds(2));
        assertTrue(study.next(deck).isEmpty(), "an easy card graduates and leaves today's queue");
        DaySummary day = study.today(deck);
        assertEquals(2, day.studied());
        assertEquals(Duration.ofSeconds(4), day.timeSpent());
    }

    @Test
    void dailyNewLimitIsAppliedAcrossSubDecks() throws Exception {
        addCards("K8s::Storage", 15);
        addCards("K8s::Network", 15);
        DeckSummary parent = summary("K8s");
        assertTrue(parent.hasChildren());
        assertEquals(20, parent.counts().newCount(), "default preset shows 20 new cards a day");
        assertEquals(15, summary("K8s::Storage").counts().newCount());

        CardId first = study.next(parent.id()).orElseThrow().card().id();
        study.answer(first, Rating.EASY, Duration.ofSeconds(1));
        assertEquals(19, summary("K8s").counts().newCount());
        assertEquals(19, study.remaining(parent.id()).newCount());
    }

    @Test
    void reviewsFallDueOnLaterDaysAndHistoryCountsThem() throws Exception {
        Card card = addCards("K8s", 1).get(0);
        var deck = summary("K8s").id();
        study.answer(card.id(), Rating.EASY, Duration.ofSeconds(3));
        int days = library.card(card.id()).scheduling().scheduledDays();
        assertTrue(days >= 1);
        col.clock.advance(Duration.ofDays(days));
        StudyCard review = study.next(deck).orElseThrow();
        assertEquals(CardState.REVIEW, review.card().scheduling().state());
        assertEquals(new StudyCounts(0, 0, 1), review.remaining());
        study.answer(card.id(), Rating.GOOD, Duration.ofSeconds(3));
        List<DailyReviews> history = study.history(deck, 30);
        assertEquals(30, history.size());
        assertEquals(1, history.get(29).count());
        assertEquals(1, history.stream().mapToInt(DailyReviews::count).sum() - 1);
        assertEquals(1.0, study.today(deck).retention());
        assertFalse(study.canUndo() && study.next(deck).isPresent());
    }

    @Test
    void theUpcomingCardIsWhatNextGivesOnceTheCurrentOneIsAnswered() throws Exception {
        List<Card> cards = addCards("K8s", 3);
        var deck = summary("K8s").id();
        StudyCard current = study.next(deck).orElseThrow();
        StudyCard guessed = study.upcoming(deck, current.card().id()).orElseThrow();
        assertEquals(cards.get(1).id(), guessed.card().id());
        assertEquals(cards.get(0).id(), study.next(deck).orElseThrow().card().id(), "a guess changes nothing");
        study.answer(current.card().id(), Rating.GOOD, Duration.ofSeconds(2));
        assertEquals(guessed.card().id(), study.next(deck).orElseThrow().card().id());
    }

    @Test
    void theLastCardHasNoUpcomingOne() throws Exception {
        Card only = addCards("K8s", 1).get(0);
        assertTrue(study.upcoming(summary("K8s").id(), only.id()).isEmpty());
    }
}
