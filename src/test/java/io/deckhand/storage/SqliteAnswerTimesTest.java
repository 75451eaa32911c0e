package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.fsrs.simulate.AnswerTimes;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The review log's answer times for the simulator, on a real (in-memory SQLite) collection. */
class SqliteAnswerTimesTest {
    private TestCollection col;

    @org.junit.jupiter.api.BeforeEach
    void open() throws Exception {
        col = new TestCollection();
    }

    @AfterEach
    void close() {
        col.close();
    }

    @Test
    void theLatestAnswersOfEachKindInTheDecksAreRead() throws Exception {
        var repo = new SqliteReviewLogRepository(col.db);
        Card first = null;
        for (int i = 1; i <= 8; i++) {
            Card c = col.services.library().addCard(new DeckName("Geo"), "Q" + i, "A" + i, List.of());
            if (first == null) first = c;
            col.services.study().answerOutsideSession(c.id(), i % 2 == 0 ? Rating.GOOD : Rating.HARD, Duration.ofSeconds(i));
            col.clock.advance(Duration.ofMinutes(1));
        }
        Card other = col.services.library().addCard(new DeckName("Other"), "Q", "A", List.of());
        col.services.study().answerOutsideSession(other.id(), Rating.GOOD, Duration.ofSeconds(99));
        var deck = first.deckId();
        List<AnswerTimes.Answer> latest = col.db.read(() -> repo.answerTimes(List.of(deck), 2));
        // Good was answered in 2, 4, 6, 8 s and Hard in 1, 3, 5, 7 s: the two latest of each, newest first
        assertEquals(List.of(new AnswerTimes.Answer(CardState.NEW, Rating.HARD, 7000),
                new AnswerTimes.Answer(CardState.NEW, Rating.HARD, 5000),
                new AnswerTimes.Answer(CardState.NEW, Rating.GOOD, 8000),
                new AnswerTimes.Answer(CardState.NEW, Rating.GOOD, 6000)), latest);
        assertEquals(List.of(new AnswerTimes.Answer(CardState.NEW, Rating.GOOD, 99_000)),
                col.db.read(() -> repo.answerTimes(List.of(other.deckId()), 10)));
        assertEquals(List.of(), col.db.read(() -> repo.answerTimes(List.of(), 10)));
    }
}
