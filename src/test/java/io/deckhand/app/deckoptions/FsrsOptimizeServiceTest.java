package io.deckhand.app.deckoptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.CancelledException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.schedule.fsrs.optimize.OptimizeResult;
import io.deckhand.domain.schedule.fsrs.optimize.ReviewRecord;
import io.deckhand.domain.schedule.fsrs.optimize.SyntheticLearner;
import io.deckhand.domain.schedule.fsrs.optimize.TrainingSet;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Optimising a preset on the review history of its decks, in a real collection. */
public class FsrsOptimizeServiceTest {
    private TestCollection col;
    private DeckOptionsService options;

    @BeforeEach
    void open() throws Exception {
        col = new TestCollection();
        options = col.services.deckOptions();
    }

    @AfterEach
    void close() {
        col.close();
    }

    /** Cards in {@code deck} answered as a synthetic learner would; returns the log written. */
    public static List<ReviewRecord> studied(TestCollection col, String deck, int cards, int reviewsPerCard, long seed)
            throws Exception {
        List<Card> added = new ArrayList<>();
        for (int i = 0; i < cards; i++) {
            added.add(col.services.library().addCard(new DeckName(deck), deck + " Q" + i, "A" + i, List.of()));
        }
        List<ReviewRecord> log = SyntheticLearner.log(cards, reviewsPerCard, seed);
        List<ReviewRecord> written = new ArrayList<>();
        SqliteReviewLogRepository repo = new SqliteReviewLogRepository(col.db);
        col.db.inTransaction(() -> {
            for (ReviewRecord r : log) {
                Card card = added.get((int) r.cardId() - 1);
                Instant at = Instant.ofEpochMilli(r.reviewedAtMillis());
                SchedulingState before = new SchedulingState(CardState.fromCode(r.stateBefore()), at, 1, 5, 0, 0, 0, 0, null, 2.5);
                SchedulingState after = new SchedulingState(CardState.REVIEW, at, 2, 5, 1, 1, 0, 0, at, 2.5);
                repo.append(new ReviewLogEntry(card.id(), at, Rating.fromCode(r.rating()), before, after, 0, Duration.ofSeconds(5)));
                written.add(new ReviewRecord(card.id().value(), r.reviewedAtMillis(), r.rating(), r.stateBefore()));
            }
            return null;
        });
        return written;
    }

    private DeckPreset presetOf(String deck) throws Exception {
        return options.presetOf(options.deckNamed(deck).id());
    }

    @Test
    void fitsThePresetOnItsDecksHistoryAndSavesWhenBetter() throws Exception {
        List<ReviewRecord> k8s = studied(col, "K8s", 150, 8, 21);
        DeckPreset other = options.createPreset("Other", presetOf("K8s").id());
        studied(col, "Elsewhere", 40, 8, 22);
        options.assignPreset(options.deckNamed("Elsewhere").id(), other.id(), false);
        DeckPreset before = presetOf("K8s");
        List<Progress> reports = new ArrayList<>();

        FsrsOptimization o = options.optimizeFsrs(before.id(), true, listener(reports, false));

        int expectedItems = TrainingSet.of(k8s, col.clock.getZone(), 4).items().size();
        assertEquals(expectedItems, o.result().items(), "only the history of the preset's decks");
        assertEquals(OptimizeResult.Outcome.TRAINED, o.result().outcome());
        assertTrue(o.result().better(), o.result().before() + " -> " + o.result().after());
        assertTrue(o.saved());
        assertEquals(o.result().optimized(), presetOf("K8s").fsrsWeights());
        assertEquals(before.fsrsWeights(), presetOf("Elsewhere").fsrsWeights(), "other presets are left alone");
        assertTrue(reports.stream().anyMatch(p -> p.total() > 0 && p.done() == p.total()), "progress reaches the end");
        assertTrue(o.summary().contains("saved"), o.summary());

        // a second run starts from the fitted parameters: no better fit, so they are kept
        FsrsOptimization again = options.optimizeFsrs(before.id(), true, ProgressListener.NONE);
        if (!again.result().better()) {
            assertFalse(again.saved());
            assertEquals(o.result().optimized(), presetOf("K8s").fsrsWeights());
            assertTrue(again.summary().contains("kept"), again.summary());
        }
    }

    @Test
    void withoutSaveThePresetIsUnchanged() throws Exception {
        studied(col, "K8s", 100, 6, 5);
        DeckPreset before = presetOf("K8s");
        FsrsOptimization o = options.optimizeFsrs(before.id(), false, ProgressListener.NONE);
        assertFalse(o.saved());
        assertEquals(before, presetOf("K8s"));
    }

    @Test
    void cancelChangesNothing() throws Exception {
        studied(col, "K8s", 100, 6, 6);
        DeckPreset before = presetOf("K8s");
        assertThrows(CancelledException.class, () -> options.optimizeFsrs(before.id(), true, listener(new ArrayList<>(), true)));
        assertEquals(before, presetOf("K8s"));
    }

    @Test
    void tooLittleHistoryIsExplained() throws Exception {
        studied(col, "K8s", 2, 3, 7);
        DeckPreset before = presetOf("K8s");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> options.optimizeFsrs(before.id(), true, ProgressListener.NONE));
        assertTrue(e.getMessage().startsWith("Too little review history"), e.getMessage());
        assertTrue(e.getMessage().contains("At least 8"), e.getMessage());
        assertEquals(before, presetOf("K8s"));
    }

    private static ProgressListener listener(List<Progress> reports, boolean cancelled) {
        return new ProgressListener() {
            @Override
            public void report(Progress progress) {
                reports.add(progress);
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }
}
