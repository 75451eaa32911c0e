package io.deckhand.ui.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Studying a given list of cards ("study weak topics" after a mock exam). */
class StudyCardListTest {
    private TestCollection col;
    private final List<DeckhandException> errors = new ArrayList<>();
    private final List<String> toasts = new ArrayList<>();
    private StudyViewModel vm;
    private List<Card> cards;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        cards = new ArrayList<>();
        for (int i = 0; i < 4; i++) cards.add(col.services.library().addCard(new DeckName(i < 2 ? "A" : "B"), "Q" + i, "A" + i, List.of()));
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

    @Test
    void theListIsStudiedInOrderAcrossDecksAndAgainComesBackAtTheEnd() throws Exception {
        vm.startCards(List.of(cards.get(3).id(), cards.get(0).id()), "Weak topics");
        assertEquals(StudyPhase.QUESTION, vm.phaseProperty().get());
        assertEquals(cards.get(3).id(), shown());
        assertEquals("B", vm.deckNameProperty().get());
        assertEquals(2, vm.remainingProperty().get().total());
        vm.showAnswer();
        vm.answer(Rating.AGAIN);
        assertEquals(cards.get(0).id(), shown());
        vm.showAnswer();
        vm.answer(Rating.GOOD);
        assertEquals(cards.get(3).id(), shown(), "the Again card comes back");
        vm.showAnswer();
        vm.answer(Rating.GOOD);
        assertEquals(StudyPhase.FINISHED, vm.phaseProperty().get());
        assertNotEquals(CardState.NEW, col.services.library().card(cards.get(0).id()).scheduling().state());
        assertEquals(CardState.NEW, col.services.library().card(cards.get(1).id()).scheduling().state(), "not in the list");
        assertEquals(List.of(), errors);
    }

    @Test
    void undoPutsTheCardBackInFront() throws Exception {
        vm.startCards(List.of(cards.get(1).id(), cards.get(2).id()), "Weak topics");
        vm.showAnswer();
        vm.answer(Rating.GOOD);
        assertEquals(cards.get(2).id(), shown());
        vm.undo();
        assertEquals(cards.get(1).id(), shown());
        assertEquals(CardState.NEW, col.services.library().card(cards.get(1).id()).scheduling().state());
        assertEquals("Answer undone", toasts.get(toasts.size() - 1));
    }

    @Test
    void deletedCardsAreSkipped() throws Exception {
        vm.startCards(List.of(new CardId(999_999), cards.get(0).id()), "Weak topics");
        assertEquals(cards.get(0).id(), shown());
    }
}
