package io.deckhand.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.study.StudyCounts;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StudyViewModelTest {
    private TestCollection col;
    private final List<DeckhandException> errors = new ArrayList<>();
    private final List<String> toasts = new ArrayList<>();
    private long nanos;
    private StudyViewModel vm;
    private List<Card> cards;
    private DeckId deck;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        cards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            cards.add(col.services.library().addCard(new DeckName("K8s"), "Q" + i, "A" + i, List.of()));
            col.clock.advance(Duration.ofMillis(1));
        }
        deck = col.services.study().deckTree().stream().filter(d -> d.name().value().equals("K8s")).findFirst()
                .orElseThrow().id();
        vm = new StudyViewModel(col.services.study(), new SameThreadTaskRunner(), (e, unchanged) -> errors.add(e), () -> nanos);
        vm.setToastSink(toasts::add);
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private List<ReviewLogEntry> log() throws DeckhandException {
        var repo = new SqliteReviewLogRepository(col.db);
        return col.db.read(() -> repo.since(Instant.EPOCH));
    }

    @Test
    void startsOnTheFirstCardWithItsIntervals() {
        vm.start(deck, "K8s");
        assertEquals(StudyPhase.QUESTION, vm.phaseProperty().get());
        assertEquals(cards.get(0).id(), vm.currentCardId().orElseThrow());
        assertEquals(new StudyCounts(3, 0, 0), vm.remainingProperty().get());
        assertEquals(0.0, vm.progressProperty().get());
        for (Rating r : Rating.values()) assertTrue(!vm.intervalLabel(r).isEmpty(), r + " has an interval");
    }

    @Test
    void gradesAreIgnoredUntilTheAnswerIsShown() throws Exception {
        vm.start(deck, "K8s");
        vm.answer(Rating.GOOD);
        assertEquals(0, log().size());
        assertEquals(StudyPhase.QUESTION, vm.phaseProperty().get());
    }

    @Test
    void answerRecordsTheTimeOnScreenAndMovesOn() throws Exception {
        vm.start(deck, "K8s");
        nanos += Duration.ofMillis(4200).toNanos();
        vm.showAnswer();
        assertEquals(StudyPhase.ANSWER, vm.phaseProperty().get());
        vm.answer(Rating.GOOD);

        List<ReviewLogEntry> log = log();
        assertEquals(1, log.size());
        assertEquals(cards.get(0).id(), log.get(0).cardId());
        assertEquals(Rating.GOOD, log.get(0).rating());
        assertEquals(Duration.ofMillis(4200), log.get(0).answerTime());
        assertEquals(StudyPhase.QUESTION, vm.phaseProperty().get());
        assertEquals(cards.get(1).id(), vm.currentCardId().orElseThrow());
        int left = vm.remainingProperty().get().total();
        assertEquals(1.0 / (1 + left), vm.progressProperty().get(), 1e-9);
    }

    @Test
    void aCardLeftOnScreenCountsAtMostAMinute() throws Exception {
        vm.start(deck, "K8s");
        nanos += Duration.ofMinutes(30).toNanos();
        vm.showAnswer();
        vm.answer(Rating.HARD);
        assertEquals(StudyViewModel.MAX_ANSWER_TIME, log().get(0).answerTime());
    }

    @Test
    void undoBringsTheCardBackAndSaysSo() throws Exception {
        vm.start(deck, "K8s");
        vm.showAnswer();
        vm.answer(Rating.EASY);
        vm.undo();
        assertEquals(0, log().size());
        assertEquals(cards.get(0).id(), vm.currentCardId().orElseThrow());
        assertEquals(StudyPhase.QUESTION, vm.phaseProperty().get());
        assertEquals(List.of("Answer undone"), toasts);
        vm.undo();
        assertEquals("Nothing to undo", toasts.get(1));
    }

    @Test
    void finishingShowsTheDaySummary() throws Exception {
        vm.start(deck, "K8s");
        for (int i = 0; i < 3; i++) {
            vm.showAnswer();
            vm.answer(Rating.EASY);
        }
        assertEquals(StudyPhase.FINISHED, vm.phaseProperty().get());
        assertNotNull(vm.summaryProperty().get());
        assertEquals(3, vm.summaryProperty().get().studied());
        assertEquals(1.0, vm.progressProperty().get());
        assertTrue(vm.currentCardId().isEmpty());
        assertTrue(errors.isEmpty(), () -> "no errors: " + errors);
    }

    @Test
    void aDeckThatIsGoneIsReportedNotThrown() {
        vm.start(new DeckId(987654), "Gone");
        assertEquals(1, errors.size());
        assertEquals(StudyPhase.FINISHED, vm.phaseProperty().get());
    }

    @Test
    void whileACardIsShownTheNextOneIsHandedToThePreparer() throws Exception {
        List<CardId> prepared = new ArrayList<>();
        vm.setPreparer(c -> prepared.add(c.card().id()));
        vm.start(deck, "K8s");
        // The card fetched to show, then the one most likely to follow it.
        assertEquals(List.of(cards.get(0).id(), cards.get(1).id()), prepared);
        vm.showAnswer();
        vm.answer(Rating.GOOD);
        assertEquals(cards.get(1).id(), vm.currentCardId().orElseThrow());
        assertEquals(List.of(cards.get(0).id(), cards.get(1).id(), cards.get(1).id(), cards.get(2).id()), prepared);
    }

    @Test
    void theSelectedDecksFirstCardIsPreparedWithoutStartingASession() throws Exception {
        List<CardId> prepared = new ArrayList<>();
        vm.setPreparer(c -> prepared.add(c.card().id()));
        vm.prepareFirst(deck);
        // The card Enter would show, handed to the preparer; the screen and the collection are left alone.
        assertEquals(List.of(cards.get(0).id()), prepared);
        assertEquals(StudyPhase.LOADING, vm.phaseProperty().get());
        assertTrue(vm.currentCardId().isEmpty());
        assertTrue(log().isEmpty());
        vm.start(deck, "K8s");
        assertEquals(cards.get(0).id(), vm.currentCardId().orElseThrow());
    }

    @Test
    void preparingTheFirstCardOfAGoneDeckReportsNothing() {
        vm.setPreparer(c -> { });
        vm.prepareFirst(new DeckId(987654));
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(StudyPhase.LOADING, vm.phaseProperty().get());
    }

    @Test
    void aStudyListBuildsItsNextCardAhead() {
        List<CardId> prepared = new ArrayList<>();
        vm.setPreparer(c -> prepared.add(c.card().id()));
        vm.startCards(List.of(cards.get(2).id(), cards.get(0).id()), "Weak topics");
        assertEquals(List.of(cards.get(2).id(), cards.get(0).id()), prepared);
    }

    @Test
    void aFailingGuessLeavesTheSessionAlone() {
        vm.setPreparer(c -> {
            throw new IllegalStateException("render failed");
        });
        vm.start(deck, "K8s");
        vm.showAnswer();
        vm.answer(Rating.GOOD);
        assertEquals(cards.get(1).id(), vm.currentCardId().orElseThrow());
        assertTrue(errors.isEmpty(), errors.toString());
    }
}
