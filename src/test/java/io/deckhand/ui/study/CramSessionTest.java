package io.deckhand.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A cram session (custom study without rescheduling): answers and undo leave the collection as it was. */
class CramSessionTest {
    private TestCollection col;
    private final List<DeckhandException> errors = new ArrayList<>();
    private final List<String> toasts = new ArrayList<>();
    private StudyViewModel vm;
    private List<Card> cards;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        cards = new ArrayList<>();
        for (int i = 0; i < 3; i++) cards.add(col.services.library().addCard(new DeckName("A"), "Q" + i, "A" + i, List.of()));
        vm = new StudyViewModel(col.services.study(), new SameThreadTaskRunner(), (e, u) -> errors.add(e), () -> 0L);
        vm.setToastSink(toasts::add);
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private CardId shown() {
        return vm.cardProperty().get().card().id();
    }

    private long reviews() throws Exception {
        var log = new SqliteReviewLogRepository(col.db);
        return col.db.read(log::count);
    }

    @Test
    void answersChangeNothingAndUndoStepsBackInTheSessionOnly() throws Exception {
        // An earlier change on the undo history, which the session's undo must leave alone.
        col.services.study().answer(cards.get(2).id(), Rating.GOOD, Duration.ofSeconds(2));
        var before = List.of(col.services.library().card(cards.get(0).id()), col.services.library().card(cards.get(1).id()));
        vm.startCards(List.of(cards.get(0).id(), cards.get(1).id()), "Cram", false);
        assertTrue(vm.practicing());
        vm.showAnswer();
        vm.answer(Rating.AGAIN);
        assertEquals(cards.get(1).id(), shown());
        vm.undo();
        assertEquals(cards.get(0).id(), shown());
        assertEquals("Back one card", toasts.get(toasts.size() - 1));
        assertEquals(1, reviews(), "the earlier answer was not undone");
        vm.showAnswer();
        vm.answer(Rating.GOOD);
        vm.showAnswer();
        vm.answer(Rating.EASY);
        assertEquals(StudyPhase.FINISHED, vm.phaseProperty().get());
        assertEquals(before, List.of(col.services.library().card(cards.get(0).id()), col.services.library().card(cards.get(1).id())));
        assertEquals(1, reviews());
        assertEquals(List.of(), errors);
    }

    /** Cram reschedules nothing, so the buttons say what happens in the session, not the scheduler's intervals. */
    @Test
    void theAnswerButtonsSayWhatCramDoesInsteadOfIntervals() {
        vm.startCards(List.of(cards.get(0).id(), cards.get(1).id()), "Cram", false);
        vm.showAnswer();
        assertEquals(StudyViewModel.CRAM_AGAIN, vm.intervalLabel(Rating.AGAIN));
        for (Rating r : List.of(Rating.HARD, Rating.GOOD, Rating.EASY)) assertEquals(StudyViewModel.CRAM_DONE, vm.intervalLabel(r));
        var intervals = vm.cardProperty().get().intervalLabels();
        for (Rating r : Rating.values()) assertTrue(!vm.intervalLabel(r).equals(intervals.get(r)), r.toString());

        // a rescheduling session over the same cards still shows the scheduler's intervals
        vm.startCards(List.of(cards.get(0).id()), "Weak cards", true);
        vm.showAnswer();
        for (Rating r : Rating.values()) {
            assertEquals(vm.cardProperty().get().intervalLabels().get(r), vm.intervalLabel(r), r.toString());
        }
    }
}
