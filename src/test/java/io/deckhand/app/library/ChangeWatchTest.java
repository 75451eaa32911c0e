package io.deckhand.app.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two connections on one collection file, as two Deckhand programs (the app and the command line) have. */
class ChangeWatchTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

    @Test
    void aCommitByAnotherConnectionIsSeenOnceAndOwnWritesAreNot() throws Exception {
        try (AppServices app = Bootstrap.open(dir, clock); AppServices cli = Bootstrap.open(dir, clock)) {
            assertFalse(app.changes().changedElsewhere(), "nothing happened since it opened");

            app.library().addCard(new DeckName("Own"), "Q", "A", List.of());
            assertFalse(app.changes().changedElsewhere(), "its own write is no news to it");

            cli.library().addCard(new DeckName("From the command line"), "Q", "A", List.of());
            assertTrue(app.changes().changedElsewhere());
            assertFalse(app.changes().changedElsewhere(), "reported once");
            assertTrue(cli.changes().changedElsewhere(), "the other side saw the app's write too");

            List<String> names = app.study().deckTree().stream().map(DeckSummary::name).map(DeckName::value).toList();
            assertTrue(names.contains("From the command line"), names.toString());
        }
    }

    @Test
    void aChangeBeforeTheFirstLookIsNotLost() throws Exception {
        try (AppServices app = Bootstrap.open(dir, clock); AppServices cli = Bootstrap.open(dir, clock)) {
            cli.library().addCard(new DeckName("Early"), "Q", "A", List.of());
            assertTrue(app.changes().changedElsewhere());
            assertEquals(false, app.changes().changedElsewhere());
        }
    }
}
