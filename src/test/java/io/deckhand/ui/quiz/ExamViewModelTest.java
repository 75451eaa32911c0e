package io.deckhand.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.quiz.ExamAttempt;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mock exam over the real services, on a clock the test moves. */
class ExamViewModelTest {
    private TestCollection col;
    private DeckId deck;
    private final List<DeckhandException> errors = new ArrayList<>();
    private final List<String> toasts = new ArrayList<>();
    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        deck = QuizCards.fill(col);
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private ExamViewModel newVm() {
        ExamViewModel vm = new ExamViewModel(col.services.exam(), new SameThreadTaskRunner(),
                (e, unchanged) -> errors.add(e), nanos::get, () -> 7L);
        vm.setToastSink(toasts::add);
        return vm;
    }

    private ExamViewModel started(int count, int minutes) {
        ExamViewModel vm = newVm();
        vm.open();
        assertEquals(ExamPhase.SETUP, vm.phaseProperty().get());
        vm.presetProperty().set(ExamViewModel.Preset.CUSTOM);
        vm.source().decks().setAll(deck);
        vm.source().types().clear();
        vm.source().types().addAll(Set.of(QuestionType.COMMAND, QuestionType.MULTIPLE_CHOICE));
        vm.countProperty().set(count);
        vm.minutesProperty().set(minutes);
        vm.passPercentProperty().set(66);
        vm.start();
        assertEquals(List.of(), errors);
        assertEquals(ExamPhase.RUNNING, vm.phaseProperty().get());
        return vm;
    }

    private void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    @Test
    void answersFlagsAndTheQuestionOnScreenAreSavedWithinASecond() throws Exception {
        ExamViewModel vm = started(3, 10);
        vm.answer("kubectl get pods");
        vm.next();
        vm.toggleFlag();
        advance(Duration.ofSeconds(42));
        vm.tick();
        ExamAttempt saved = col.services.exam().unfinished().orElseThrow();
        assertEquals("kubectl get pods", saved.answers().get(0));
        assertEquals(Set.of(1), saved.flagged());
        assertEquals(1, saved.current());
        assertEquals(Duration.ofSeconds(42), saved.timeUsed());
        assertEquals(Duration.ofMinutes(10).minusSeconds(42), vm.remainingProperty().get());
    }

    @Test
    void aClosedExamResumesOnTheSameQuestionWithItsAnswersAndTimeLeft() throws Exception {
        ExamViewModel first = started(3, 10);
        first.answer("kubectl get pods -n dev");
        first.go(2);
        first.toggleFlag();
        advance(Duration.ofMinutes(3));
        first.pause(); // the window closes
        advance(Duration.ofHours(5)); // the app stays closed: no exam time passes

        ExamViewModel again = newVm();
        again.open();
        ExamAttempt offered = again.unfinishedProperty().get();
        assertNotNull(offered, "Resume is offered");
        again.resume();
        assertEquals(ExamPhase.RUNNING, again.phaseProperty().get());
        assertEquals(2, again.currentProperty().get());
        assertEquals("kubectl get pods -n dev", again.answers().get(0));
        assertEquals(Set.of(2), Set.copyOf(again.flagged()));
        assertEquals(Duration.ofMinutes(7), again.remainingProperty().get());
        assertEquals(List.of(), errors);
    }

    @Test
    void timeOutSubmitsAndStoresTheAttempt() throws Exception {
        ExamViewModel vm = started(2, 1);
        vm.answer("something");
        advance(Duration.ofSeconds(61));
        vm.tick();
        assertEquals(ExamPhase.RESULTS, vm.phaseProperty().get());
        assertTrue(col.services.exam().unfinished().isEmpty());
        assertEquals(1, col.services.exam().results().size());
        assertEquals(vm.resultProperty().get().attemptId(), col.services.exam().results().get(0).attemptId());
        assertEquals(1, vm.history().size());
        assertTrue(toasts.stream().anyMatch(t -> t.startsWith("Time is up")), toasts.toString());
    }

    @Test
    void submittingAsksFirstThenGradesAndWeakTopicsStudyTheMissedCards() throws Exception {
        ExamViewModel vm = started(3, 10);
        int n = vm.attemptProperty().get().questions().size();
        for (int i = 0; i < n; i++) {
            vm.go(i);
            if (i == 0) vm.answer(vm.currentQuestion().orElseThrow().answer());
        }
        vm.requestSubmit();
        assertTrue(vm.confirmingProperty().get());
        assertEquals(ExamPhase.RUNNING, vm.phaseProperty().get(), "nothing is graded before the confirmation");
        vm.submitNow();
        assertEquals(ExamPhase.RESULTS, vm.phaseProperty().get());
        var result = vm.resultProperty().get();
        assertEquals(n, result.questions().size());
        assertTrue(result.questions().get(0).grade().correct());
        assertFalse(result.passed() && n > 1 && result.score() > 0.99, "unanswered questions are not right");
        List<List<CardId>> studied = new ArrayList<>();
        vm.setStudyCards((ids, name) -> studied.add(ids));
        vm.studyWeakTopics();
        if (n > 1) {
            assertEquals(1, studied.size());
            assertEquals(col.services.exam().missedCards(result.attemptId()), studied.get(0));
            assertFalse(studied.get(0).contains(result.questions().get(0).question().cardId()));
        }
        assertEquals(List.of(), errors);
    }

    @Test
    void navigationStaysInsideTheExam() {
        ExamViewModel vm = started(3, 10);
        int n = vm.attemptProperty().get().questions().size();
        vm.previous();
        assertEquals(0, vm.currentProperty().get());
        for (int i = 0; i < n + 2; i++) vm.next();
        assertEquals(n - 1, vm.currentProperty().get());
        vm.go(-5);
        assertEquals(n - 1, vm.currentProperty().get());
    }

    @Test
    void theCkadPresetUsesTheServicesFormat() {
        ExamViewModel vm = newVm();
        vm.open();
        vm.presetProperty().set(ExamViewModel.Preset.CKAD);
        vm.source().decks().setAll(deck);
        vm.start();
        assertEquals(List.of(), errors);
        if (vm.phaseProperty().get() == ExamPhase.RUNNING) {
            var spec = vm.attemptProperty().get().spec();
            var preset = col.services.exam().preset(spec.name(), List.of(deck));
            assertEquals(Duration.ofHours(2), preset.timeLimit());
            assertEquals(0.66, preset.passMark(), 1e-9);
            assertEquals(preset.passMark(), spec.passMark());
            // a deck with fewer cards than the preset asks for gives a shorter exam in proportion
            assertTrue(spec.timeLimit().compareTo(preset.timeLimit()) <= 0, spec.timeLimit().toString());
            assertEquals(preset.types(), spec.types());
        } else {
            // a deck too small for the preset's hands-on kinds says so instead of starting
            assertFalse(vm.problemProperty().get().isEmpty());
        }
    }

    @ParameterizedTest
    @CsvSource({
            "0, 60, 66, Ask between 1 and 200 questions.",
            "201, 60, 66, Ask between 1 and 200 questions.",
            "10, 0, 66, Give a time limit between 1 and 600 minutes.",
            "10, 601, 66, Give a time limit between 1 and 600 minutes.",
            "10, 60, 0, Give a pass mark between 1 and 100 %.",
            "10, 60, 101, Give a pass mark between 1 and 100 %.",
            "1, 1, 1, ''",
            "200, 600, 100, ''",
    })
    void customValuesAreChecked(int count, int minutes, int pass, String problem) {
        assertEquals(problem, ExamViewModel.customProblem(count, minutes, pass));
    }

    @Test
    void aNewExamAfterResultsOffersNoResume() throws Exception {
        ExamViewModel vm = started(2, 5);
        vm.requestSubmit();
        vm.submitNow();
        vm.newExam();
        assertEquals(ExamPhase.SETUP, vm.phaseProperty().get());
        assertNull(vm.unfinishedProperty().get());
    }
}
