package io.deckhand.ui.quiz;

import io.deckhand.app.quiz.ExamService;
import io.deckhand.app.quiz.QuizService;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.domain.card.CardId;
import io.deckhand.app.render.CardPages;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/**
 * The quiz and mock exam screens as the main window uses them: made on first use, shown in the
 * window's content area, back to the decks on Esc. Keeps the window's own code to a few lines.
 */
public final class QuizScreens {
    /** What the window lends the screens. */
    public record Host(Consumer<Node> show, Runnable back, Supplier<List<DeckSummary>> decks,
                       Supplier<DeckSummary> selected, BiConsumer<List<CardId>, String> studyCards,
                       Consumer<String> toast) {
    }

    private final QuizService quiz;
    private final ExamService exam;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final Supplier<CardPages> pages;
    private final ObservableBooleanValue dark;
    private final Host host;
    private final LongSupplier nanoTime;
    private final LongSupplier seeds;
    private QuizViewModel quizVm;
    private QuizView quizView;
    private ExamViewModel examVm;
    private ExamView examView;

    public QuizScreens(QuizService quiz, ExamService exam, TaskRunner tasks, ErrorPresenter errors,
                       Supplier<CardPages> pages, ObservableBooleanValue dark, Host host, LongSupplier nanoTime,
                       LongSupplier seeds) {
        this.quiz = quiz;
        this.exam = exam;
        this.tasks = tasks;
        this.errors = errors;
        this.pages = pages;
        this.dark = dark;
        this.host = host;
        this.nanoTime = nanoTime;
        this.seeds = seeds;
    }

    /** Opens the quiz setup, the selected deck ticked. */
    public void quiz() {
        if (quizView == null) {
            quizVm = new QuizViewModel(quiz, tasks, errors, seeds);
            quizView = new QuizView(quizVm, new CardView(pages.get(), tasks), dark, host.back());
        }
        host.show().accept(quizView);
        quizView.showSetup(host.decks().get(), host.selected().get());
    }

    /** Opens the mock exam screen: Resume when one is unfinished, else its setup. */
    public void exam() {
        if (examView == null) {
            examVm = new ExamViewModel(exam, tasks, errors, nanoTime, seeds);
            examVm.setStudyCards(host.studyCards());
            examVm.setToastSink(host.toast());
            examView = new ExamView(examVm, new CardView(pages.get(), tasks), dark, host.back());
        }
        host.show().accept(examView);
        examView.open(host.decks().get(), host.selected().get());
    }

    /** At start: a note when a mock exam was left unfinished (the exam screen offers Resume). */
    public void remindUnfinished() {
        tasks.run(exam::unfinished, open -> open.ifPresent(a -> host.toast().accept("\u201c" + a.spec().name()
                + "\u201d is unfinished: Practice \u203a Mock exam\u2026 (Ctrl+Shift+M) resumes it")), e -> { });
    }

    /** The window is closing: an exam in progress is saved with its time (queued before the collection closes). */
    public void windowClosing() {
        if (examVm != null) examVm.pause();
    }

    /**
     * Screenshot mode: "quiz", "quiz-question[:types]", "quiz-typed[:types]" (an answer typed, not checked),
     * "quiz-feedback[:types]" (a wrong answer, to show the differences), "exam", "exam-running", "exam-results". Types are codes such as "command,mc".
     */
    public void demo(String what) {
        String[] parts = what.split(":", 2);
        String step = parts[0];
        if (step.startsWith("quiz")) {
            if (parts.length > 1) {
                quizVm.source().types().clear();
                for (String c : parts[1].split(",")) quizVm.source().types().add(io.deckhand.quiz.question.QuestionType.fromCode(c));
            }
            if (step.equals("quiz")) return;
            whenPhase(quizVm.phaseProperty(), QuizPhase.QUESTION, () -> {
                if (step.equals("quiz-typed")) {
                    quizView.demoTyped(DemoAnswers.slightlyWrong(quizVm.questionProperty().get().answer()));
                } else if (step.equals("quiz-feedback")) {
                    var q = quizVm.questionProperty().get();
                    if (QuizViewModel.isChoice(q)) {
                        int wrong = q.options().indexOf(q.answer()) == 0 ? 2 : 1;
                        quizVm.choose(wrong);
                    } else {
                        quizVm.submit(DemoAnswers.slightlyWrong(q.answer()));
                    }
                }
            });
            quizVm.start();
            return;
        }
        if (step.equals("exam")) return;
        if (step.equals("exam-results-more")) {
            whenPhase(examVm.phaseProperty(), ExamPhase.RESULTS, () -> {
                var later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                later.setOnFinished(e -> examView.scrollResults(Double.parseDouble(parts.length > 1 ? parts[1] : "0.5")));
                later.play();
            });
        }
        whenPhase(examVm.phaseProperty(), ExamPhase.SETUP, () -> {
            if (examVm.unfinishedProperty().get() != null) examVm.resume();
            else examVm.start();
        });
        whenPhase(examVm.phaseProperty(), ExamPhase.RUNNING, () -> {
            var a = examVm.attemptProperty().get();
            int n = a.questions().size();
            for (int i = 0; i < Math.min(n, 6); i++) {
                examVm.go(i);
                var q = a.questions().get(i);
                examVm.answer(i % 3 == 2 ? DemoAnswers.slightlyWrong(q.answer()) : q.answer());
                if (i == 1) examVm.toggleFlag();
            }
            examVm.go(Math.min(n - 1, 6));
            if (step.startsWith("exam-results")) examVm.submitNow();
        });
    }

    private static <T> void whenPhase(javafx.beans.value.ObservableValue<T> phase, T wanted, Runnable r) {
        if (phase.getValue() == wanted) {
            javafx.application.Platform.runLater(r);
            return;
        }
        phase.addListener(new javafx.beans.value.ChangeListener<T>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends T> o, T old, T now) {
                if (now == wanted) {
                    o.removeListener(this);
                    javafx.application.Platform.runLater(r);
                }
            }
        });
    }

    public QuizViewModel quizViewModel() {
        return quizVm;
    }

    public ExamViewModel examViewModel() {
        return examVm;
    }
}
