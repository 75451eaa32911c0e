package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.app.AppServices;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.schedule.fsrs.optimize.ReviewRecord;
import io.deckhand.domain.schedule.fsrs.optimize.SyntheticLearner;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.CliRun;
import io.deckhand.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fsrs optimize --deck} on a collection with a learner's history. */
class FsrsOptimizeDeckCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.withCollection(all);
    }

    /** Adds cards to {@code deck} and the answers of a synthetic learner to the review log. */
    private void study(String deck, int cards) throws Exception {
        try (AppServices services = Bootstrap.open(dir, new MutableClock(Instant.parse("2026-03-02T10:00:00Z")))) {
            List<Card> added = new ArrayList<>();
            for (int i = 0; i < cards; i++) {
                added.add(services.library().addCard(new DeckName(deck), "Q" + i, "A" + i, List.of()));
            }
            Database db = (Database) services.collection();
            SqliteReviewLogRepository log = new SqliteReviewLogRepository(db);
            db.inTransaction(() -> {
                for (ReviewRecord r : SyntheticLearner.log(cards, 8, 3)) {
                    Instant at = Instant.ofEpochMilli(r.reviewedAtMillis());
                    SchedulingState s = new SchedulingState(CardState.fromCode(r.stateBefore()), at, 1, 5, 0, 0, 0, 0, null, 2.5);
                    log.append(new ReviewLogEntry(added.get((int) r.cardId() - 1).id(), at, Rating.fromCode(r.rating()),
                            s, s, 0, Duration.ofSeconds(4)));
                }
                return null;
            });
        }
    }

    @Test
    void fitsTheDecksPresetAndSavesOnlyWhenAsked() throws Exception {
        study("CKA::Storage", 120);
        CliRun before = run("deck", "options", "CKA::Storage", "--json");
        assertEquals(0, before.code(), before.err());

        CliRun r = run("fsrs", "optimize", "--deck", "CKA::Storage", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("trained", o.get("outcome").asText());
        assertEquals("Default", o.get("preset").asText());
        assertTrue(o.get("reviews").asInt() > 500, r.out());
        assertTrue(o.get("better").asBoolean(), r.out());
        assertEquals(false, o.get("saved").asBoolean());

        CliRun saved = run("fsrs", "optimize", "--deck", "CKA::Storage", "--save");
        assertEquals(0, saved.code(), saved.err());
        assertTrue(saved.out().contains("saved to preset \"Default\""), saved.out());
        CliRun again = run("fsrs", "optimize", "--deck", "CKA::Storage", "--json");
        JsonNode current = new ObjectMapper().readTree(again.out()).get("current");
        assertEquals(o.get("parameters"), current, "the preset now holds the fitted parameters");
        assertNotEquals(o.get("current"), current);
    }

    @Test
    void aDeckWithoutHistoryIsExplained() {
        CliRun r = run("fsrs", "optimize", "--deck", "Kubernetes");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Too little review history"), r.err());
        CliRun unknown = run("fsrs", "optimize", "--deck", "Nope");
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("There is no deck named"), unknown.err());
    }
}
