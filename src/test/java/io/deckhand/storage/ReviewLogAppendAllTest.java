package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch an import writes its answers with stores what one append per answer stores. */
class ReviewLogAppendAllTest {
    private TestCollection col;
    private SqliteReviewLogRepository log;
    private Card a;
    private Card b;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        log = new SqliteReviewLogRepository(col.db);
        a = col.services.library().addCard(new DeckName("One"), "Q1", "A1", List.of());
        b = col.services.library().addCard(new DeckName("Two"), "Q2", "A2", List.of());
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private static ReviewLogEntry answer(CardId card, int day, Rating rating) {
        Instant when = Instant.parse("2026-01-01T10:00:00Z").plus(Duration.ofDays(day));
        SchedulingState before = new SchedulingState(CardState.REVIEW, when, 3, 5, day, day, 0, 0, when.minus(Duration.ofDays(2)), 2.5);
        SchedulingState after = new SchedulingState(CardState.REVIEW, when.plus(Duration.ofDays(4)), 4, 5, 4, day + 1, 0, 0, when, 2.5);
        return new ReviewLogEntry(card, when, rating, before, after, day, Duration.ofSeconds(day + 3));
    }

    @Test
    void aBatchStoresTheAnswersInOrderWithTheirCardsDecks() throws Exception {
        List<ReviewLogEntry> entries = new ArrayList<>();
        for (int day = 0; day < 30; day++) entries.add(answer(day % 2 == 0 ? a.id() : b.id(), day, Rating.values()[day % 4]));
        col.db.inTransaction(() -> {
            log.appendAll(entries);
            return null;
        });
        List<ReviewLogEntry> stored = col.db.read(() -> log.since(Instant.EPOCH));
        assertEquals(entries, stored);
        assertEquals(15, col.db.read(() -> log.since(Instant.EPOCH, List.of(a.deckId()))).size());
    }

    @Test
    void anAnswerForACardThatIsNotThereIsRefusedAndTheBatchIsNotKept() throws Exception {
        List<ReviewLogEntry> entries = List.of(answer(a.id(), 1, Rating.GOOD), answer(new CardId(987_654), 2, Rating.GOOD));
        assertThrows(IllegalArgumentException.class, () -> col.db.inTransaction(() -> {
            log.appendAll(entries);
            return null;
        }));
        assertEquals(0, col.db.read(() -> log.since(Instant.EPOCH)).size());
    }
}
