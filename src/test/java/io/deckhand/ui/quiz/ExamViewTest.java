package io.deckhand.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.quiz.ExamAttempt;
import io.deckhand.app.quiz.ExamResult;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.storage.Database;
import io.deckhand.support.MutableClock;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Mock exams taken with the keyboard, headless, over a real collection file. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExamViewTest {
    private final FxRobot robot = new FxRobot();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final List<String> errors = new ArrayList<>();
    private final List<AutoCloseable> open = new ArrayList<>();
    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) c.close();
    }

    private AppServices openCollection() throws Exception {
        Database db = Database.open(dir.resolve("collection.sqlite"));
        AppServices services = Bootstrap.wire(db, clock);
        open.add(services);
        return services;
    }

    private ExamView showExam(AppServices services, DeckId deck) throws Exception {
        ExamViewModel vm = new ExamViewModel(services.exam(), new SameThreadTaskRunner(),
                (e, unchanged) -> errors.add(e.getMessage()), nanos::get, () -> 11L);
        ExamView view = QuizFx.show(robot, () -> new ExamView(vm, QuizFx.card(), new SimpleBooleanProperty(false), () -> { }));
        robot.interact(() -> {
            vm.presetProperty().set(ExamViewModel.Preset.CUSTOM);
            vm.countProperty().set(3);
            vm.minutesProperty().set(20);
            vm.source().types().clear();
            vm.source().types().addAll(Set.of(QuestionType.COMMAND, QuestionType.MULTIPLE_CHOICE));
            view.open(List.of(), null);
            vm.source().decks().setAll(deck);
        });
        QuizFx.until(() -> vm.phaseProperty().get() == ExamPhase.SETUP);
        return view;
    }

    /** Answers the question on screen with the keyboard: the right option's number, or typed text. */
    private void answer(Question q, boolean right) {
        if (!q.options().isEmpty()) {
            int key = q.options().indexOf(q.answer()) + 1;
            if (!right) key = key == 1 ? 2 : 1;
            QuizFx.press(robot, KeyCode.valueOf("DIGIT" + key));
        } else {
            robot.write(right ? q.answer().replaceAll("(?s)^```\\w*\\n|\\n```$", "").strip() : "kubectl version");
        }
    }

    @Test
    void aShortExamIsTakenWithTheKeyboardToTheResultsAndStored() throws Exception {
        AppServices services = openCollection();
        DeckId deck = QuizCards.fill(services);
        ExamView view = showExam(services, deck);
        ExamViewModel vm = view.viewModel();
        QuizFx.press(robot, KeyCode.ENTER); // Start exam
        QuizFx.until(() -> vm.phaseProperty().get() == ExamPhase.RUNNING);
        ExamAttempt attempt = vm.attemptProperty().get();
        int n = attempt.questions().size();
        assertTrue(n >= 2, "questions: " + n);

        for (int i = 0; i < n; i++) {
            int at = i;
            QuizFx.until(() -> vm.currentProperty().get() == at);
            answer(attempt.questions().get(i), i != 1);
            if (i == 1) QuizFx.press(robot, KeyCode.CONTROL, KeyCode.F);
            QuizFx.press(robot, KeyCode.PAGE_DOWN);
        }
        assertEquals(Set.of(1), Set.copyOf(vm.flagged()));
        QuizFx.press(robot, KeyCode.PAGE_UP);
        assertEquals(n - 2, vm.currentProperty().get());
        QuizFx.press(robot, KeyCode.CONTROL, KeyCode.ENTER);
        QuizFx.until(() -> vm.confirmingProperty().get());
        assertTrue(robot.lookup("#examConfirm").tryQuery().isPresent());
        QuizFx.press(robot, KeyCode.ENTER);
        QuizFx.until(() -> vm.phaseProperty().get() == ExamPhase.RESULTS);

        Label verdict = robot.lookup("#examVerdict").queryAs(Label.class);
        assertNotNull(verdict.getText());
        List<ExamResult> stored = services.exam().results();
        assertEquals(1, stored.size(), "the attempt is stored");
        ExamResult r = stored.get(0);
        assertEquals(vm.resultProperty().get().attemptId(), r.attemptId());
        assertEquals(n, r.questions().size());
        assertTrue(r.questions().get(0).grade().correct(), r.questions().get(0).toString());
        assertTrue(!r.questions().get(1).grade().correct(), "the second was answered wrong on purpose");
        assertTrue(services.exam().unfinished().isEmpty());
        assertTrue(robot.lookup("#examTrend").tryQuery().isPresent(), "the score trend is drawn");
        assertEquals(List.of(), errors);
    }

    @Test
    void aClosedExamResumesWhereItStopped() throws Exception {
        AppServices services = openCollection();
        DeckId deck = QuizCards.fill(services);
        ExamView view = showExam(services, deck);
        ExamViewModel vm = view.viewModel();
        QuizFx.press(robot, KeyCode.ENTER);
        QuizFx.until(() -> vm.phaseProperty().get() == ExamPhase.RUNNING);
        ExamAttempt attempt = vm.attemptProperty().get();
        answer(attempt.questions().get(0), true);
        QuizFx.press(robot, KeyCode.PAGE_DOWN);
        QuizFx.press(robot, KeyCode.CONTROL, KeyCode.F);
        List<String> given = List.copyOf(vm.answers());
        // the view goes away (the window closes) and so does the collection
        robot.interact(() -> view.getScene().setRoot(new StackPane()));
        services.close();
        open.remove(services);

        AppServices reopened = openCollection();
        ExamView again = showExam(reopened, deck);
        ExamViewModel vm2 = again.viewModel();
        QuizFx.until(() -> robot.lookup("#examResume").tryQuery().isPresent());
        Label offer = robot.lookup("#examResumeText").queryAs(Label.class);
        assertTrue(offer.getText().contains("question 2 of " + attempt.questions().size()), offer.getText());
        QuizFx.press(robot, KeyCode.ENTER); // Resume is the default
        QuizFx.until(() -> vm2.phaseProperty().get() == ExamPhase.RUNNING);
        assertEquals(attempt.id(), vm2.attemptProperty().get().id());
        assertEquals(1, vm2.currentProperty().get(), "the same question");
        assertEquals(given, List.copyOf(vm2.answers()), "the same answers");
        assertEquals(Set.of(1), Set.copyOf(vm2.flagged()));
        if (attempt.questions().get(0).options().isEmpty()) {
            QuizFx.press(robot, KeyCode.PAGE_UP);
            TextField field = robot.lookup("#answerField").queryAs(TextField.class);
            assertEquals(given.get(0), field.getText(), "the typed answer is back in its field");
        }
        assertEquals(List.of(), errors);
    }
}
