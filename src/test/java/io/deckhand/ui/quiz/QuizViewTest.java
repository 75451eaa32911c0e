package io.deckhand.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.deck.DeckId;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;

/** A quiz answered with the keys 1-4 and Space, headless, over the real services. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class QuizViewTest {
    private final FxRobot robot = new FxRobot();
    private TestCollection col;

    @AfterEach
    void close() {
        if (col != null) col.close();
    }

    @Test
    void aMultipleChoiceQuizIsAnsweredWithTheNumberKeys() throws Exception {
        col = new TestCollection();
        DeckId deck = QuizCards.fill(col);
        List<String> errors = new ArrayList<>();
        QuizViewModel vm = new QuizViewModel(col.services.quiz(), new SameThreadTaskRunner(),
                (e, unchanged) -> errors.add(e.getMessage()), () -> 3L);
        boolean[] back = new boolean[1];
        QuizView view = QuizFx.show(robot, () -> new QuizView(vm, QuizFx.card(), new SimpleBooleanProperty(false),
                () -> back[0] = true));
        robot.interact(() -> {
            vm.source().types().clear();
            vm.source().types().add(QuestionType.MULTIPLE_CHOICE);
            vm.countProperty().set(3);
            view.showSetup(List.of(), null);
            vm.source().decks().setAll(deck);
        });
        QuizFx.until(() -> robot.lookup("#startQuiz").tryQuery().isPresent());
        QuizFx.press(robot, KeyCode.ENTER);
        QuizFx.until(() -> vm.phaseProperty().get() == QuizPhase.QUESTION);
        assertEquals(List.of(), errors);

        int n = vm.questionCount();
        for (int i = 0; i < n; i++) {
            Question q = vm.questionProperty().get();
            int right = q.options().indexOf(q.answer()) + 1;
            // the first answer wrong on purpose, the rest right
            int key = i == 0 ? (right == 1 ? 2 : 1) : right;
            QuizFx.press(robot, KeyCode.valueOf("DIGIT" + key));
            QuizFx.until(() -> vm.phaseProperty().get() == QuizPhase.FEEDBACK);
            Label verdict = robot.lookup("#verdict").queryAs(Label.class);
            assertEquals(i == 0 ? "Wrong" : "Right", verdict.getText().startsWith("Right") ? "Right" : "Wrong");
            QuizFx.press(robot, KeyCode.SPACE);
        }
        QuizFx.until(() -> vm.phaseProperty().get() == QuizPhase.FINISHED);
        Label score = robot.lookup("#quizFinalScore").queryAs(Label.class);
        assertTrue(score.getText().startsWith((n - 1) + " of " + n + " right"), score.getText());
        QuizFx.press(robot, KeyCode.ESCAPE);
        assertTrue(back[0], "Esc goes back to the decks");
    }
}
