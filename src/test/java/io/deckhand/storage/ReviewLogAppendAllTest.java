package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.deckhand.app.port.ReviewLogRepository;
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
import java.util.Map;
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

    @Test
    void answersBeyondOneBatchKeepTheirOrderIdsAndAnkiNumbers() throws Exception {
        int n = 2_500; // more than two of the batches the rows are written in
        List<ReviewLogEntry> entries = new ArrayList<>();
        List<ReviewLogRepository.AnkiRow> numbers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ReviewLogEntry e = answer(i % 3 == 0 ? a.id() : b.id(), i, Rating.values()[i % 4]);
            entries.add(e);
            numbers.add(new ReviewLogRepository.AnkiRow(i, i - 1, 2500 + i, i % 4));
        }
        long[] ids = col.db.inTransaction(() -> {
            long[] written = log.appendAll(entries);
            log.keepAnkiRows(written, numbers);
            return written;
        });
        assertEquals(n, ids.length);
        for (int i = 0; i < n; i++) {
            assertEquals(ids[0] + i, ids[i]);
            int at = i;
            assertEquals(entries.get(i), col.db.read(() -> log.find(ids[at])).orElseThrow().entry());
        }
        Map<String, ReviewLogRepository.AnkiRow> kept = col.db.read(() -> log.ankiRowsForCardsInDecks(List.of(a.deckId(), b.deckId())));
        assertEquals(n, kept.size());
        for (int i = 0; i < n; i++) {
            assertEquals(numbers.get(i), kept.get(ReviewLogRepository.ankiRowKey(entries.get(i).cardId().value(),
                    entries.get(i).reviewedAt())));
        }
    }
}
