package io.deckhand.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The quiz loop over the real services and an in-memory collection. */
class QuizViewModelTest {
    private TestCollection col;
    private DeckId deck;
    private final List<DeckhandException> errors = new ArrayList<>();
    private QuizViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        deck = QuizCards.fill(col);
        vm = new QuizViewModel(col.services.quiz(), new SameThreadTaskRunner(), (e, unchanged) -> errors.add(e), () -> 42L);
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private void choose(EnumSet<QuestionType> types, int count) {
        vm.source().decks().setAll(deck);
        vm.source().types().clear();
        vm.source().types().addAll(types);
        vm.countProperty().set(count);
    }

    @Test
    void rightAnswersAllTheWayToTheScore() {
        choose(EnumSet.of(QuestionType.MULTIPLE_CHOICE), 3);
        vm.start();
        assertEquals(List.of(), errors);
        assertEquals(QuizPhase.QUESTION, vm.phaseProperty().get());
        int n = vm.questionCount();
        assertTrue(n >= 1 && n <= 3, "asked " + n);
        for (int i = 0; i < n; i++) {
            assertEquals("Question " + (i + 1) + " of " + n, vm.progressTextProperty().get());
            Question q = vm.questionProperty().get();
            assertTrue(QuizViewModel.isChoice(q));
            vm.choose(q.options().indexOf(q.answer()) + 1);
            assertEquals(QuizPhase.FEEDBACK, vm.phaseProperty().get());
            assertTrue(vm.answeredProperty().get().grade().correct());
            assertNotNull(vm.cardProperty().get(), "the card is shown after the answer");
            assertEquals(q.cardId(), vm.cardProperty().get().id());
            vm.next();
        }
        assertEquals(QuizPhase.FINISHED, vm.phaseProperty().get());
        assertEquals(n, vm.rightCount());
        assertEquals(ScoreText.summary(n, n, n), vm.scoreTextProperty().get());
        assertTrue(vm.scoreTextProperty().get().endsWith("100 %"), vm.scoreTextProperty().get());
    }

    @Test
    void aWrongAnswerIsShownWithTheRightOneAndCountsAsAgainWhenAsked() throws Exception {
        choose(EnumSet.of(QuestionType.COMMAND), 1);
        vm.feedSchedulerProperty().set(true);
        vm.start();
        Question q = vm.questionProperty().get();
        assertEquals(QuestionType.COMMAND, q.type());
        vm.submit("kubectl version");
        var answered = vm.answeredProperty().get();
        assertFalse(answered.grade().correct());
        assertEquals("kubectl version", answered.response());
        assertFalse(q.answer().isBlank(), "the right answer is there to show");
        assertNotEquals(CardState.NEW, col.services.library().card(q.cardId()).scheduling().state(),
                "the wrong answer was recorded on the card");
        assertTrue(vm.scoreTextProperty().get().startsWith("0 of 1 right"), vm.scoreTextProperty().get());
    }

    @Test
    void withTheSchedulerLeftAloneTheCardIsUntouched() throws Exception {
        choose(EnumSet.of(QuestionType.COMMAND), 1);
        vm.feedSchedulerProperty().set(false);
        vm.start();
        Question q = vm.questionProperty().get();
        var before = col.services.library().card(q.cardId()).scheduling();
        vm.submit("kubectl version");
        assertEquals(before, col.services.library().card(q.cardId()).scheduling());
    }

    @Test
    void keysOutsideTheOptionsAndASecondAnswerAreIgnored() {
        choose(EnumSet.of(QuestionType.MULTIPLE_CHOICE), 2);
        vm.start();
        Question q = vm.questionProperty().get();
        vm.choose(q.options().size() + 1);
        vm.choose(0);
        assertEquals(QuizPhase.QUESTION, vm.phaseProperty().get());
        vm.choose(1);
        var first = vm.answeredProperty().get();
        vm.choose(2); // already answered: ignored until Next
        assertEquals(first, vm.answeredProperty().get());
        assertEquals(1, vm.history().size());
    }

    @Test
    void nothingChosenSaysWhatIsMissing() {
        vm.source().decks().clear();
        vm.start();
        assertEquals(QuizPhase.SETUP, vm.phaseProperty().get());
        assertEquals("Choose at least one deck or tag.", vm.problemProperty().get());
        vm.source().decks().add(deck);
        vm.source().types().clear();
        vm.start();
        assertEquals("Choose at least one kind of question.", vm.problemProperty().get());
        vm.source().types().add(QuestionType.MULTIPLE_CHOICE);
        vm.countProperty().set(0);
        vm.start();
        assertEquals("Ask between 1 and " + QuizViewModel.MAX_COUNT + " questions.", vm.problemProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void tagsAloneSearchEveryDeck() throws Exception {
        vm.source().decks().clear();
        vm.source().tagsProperty().set("#commands");
        vm.source().types().clear();
        vm.source().types().add(QuestionType.COMMAND);
        vm.countProperty().set(2);
        vm.start();
        assertEquals(List.of(), errors);
        assertEquals(QuizPhase.QUESTION, vm.phaseProperty().get());
        Question q = vm.questionProperty().get();
        assertTrue(col.services.library().card(q.cardId()).tags().contains("commands"), q.prompt());
    }

    @Test
    void tagsNarrowTheDecksToTheirCards() throws Exception {
        vm.source().decks().setAll(deck);
        vm.source().tagsProperty().set("#concepts");
        vm.source().types().clear();
        vm.source().types().addAll(EnumSet.of(QuestionType.MULTIPLE_CHOICE, QuestionType.TYPED, QuestionType.COMMAND));
        vm.countProperty().set(4);
        vm.start();
        assertEquals(List.of(), errors);
        assertEquals(QuizPhase.QUESTION, vm.phaseProperty().get());
        for (int i = 0; i < vm.questionCount(); i++) {
            Question q = vm.questionProperty().get();
            assertTrue(col.services.library().card(q.cardId()).tags().contains("concepts"), q.prompt());
            vm.submit("?");
            vm.next();
        }
    }
}
