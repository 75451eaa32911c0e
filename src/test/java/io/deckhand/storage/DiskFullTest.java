package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.CollectionException;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.support.MutableClock;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk during an answer: the answer is refused with a clear message and nothing half-written. */
class DiskFullTest {
    @TempDir
    Path dir;

    @Test
    void answerOnFullDiskIsRefusedAndChangesNothing() throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
        try (Database db = Database.open(dir.resolve("c.sqlite"))) {
            var services = Bootstrap.wire(db, clock);
            for (int i = 0; i < 400; i++) services.library().addCard(new DeckName("K"), "q" + i, "a" + i, List.of());
            var deck = services.study().deckTree().get(0).id();
            // Simulate a full disk: SQLite may not grow the file past its current size.
            db.inTransaction(() -> {
                try (Statement s = db.connection().createStatement()) {
                    s.execute("PRAGMA max_page_count = " + pageCount(db));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
            var log = new SqliteReviewLogRepository(db);
            CollectionException failure = null;
            for (int i = 0; i < 400 && failure == null; i++) {
                clock.advance(Duration.ofDays(1));
                Card card = services.study().next(deck).orElseThrow().card();
                long logged = db.read(log::count);
                try {
                    services.study().answer(card.id(), Rating.GOOD, Duration.ofSeconds(1));
                } catch (CollectionException e) {
                    failure = e;
                    assertEquals(card.scheduling(), services.library().card(card.id()).scheduling(),
                            "the card keeps its state");
                    assertEquals(logged, db.read(log::count), "no half-written review log");
                }
            }
            assertTrue(failure != null, "the disk filled up");
            assertTrue(failure.getMessage().contains("disk is full"), failure.getMessage());
        }
    }

    private static long pageCount(Database db) {
        try (Statement s = db.connection().createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
