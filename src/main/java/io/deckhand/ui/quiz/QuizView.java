package io.deckhand.ui.quiz;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.domain.card.Card;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.common.Tooltips;
import io.deckhand.ui.theme.StyleClasses;
import java.util.EnumSet;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The quiz screen: setup, then one question at a time (keys 1-4 for options, Enter submits a typed
 * answer, Ctrl+Enter a manifest), the verdict with the differences and the card, Space or Enter for
 * the next, and the score at the end. Keys are taken by a filter on this view, so the card page
 * never eats them; Esc goes back.
 */
public final class QuizView extends BorderPane {
    private final QuizViewModel vm;
    private final CardView card;
    private final ObservableBooleanValue dark;
    private final Runnable onBack;
    private final StackPane centre = new StackPane();
    private final Label progress = new Label();
    private final Label score = new Label();
    private final Label loading = new Label("Making your questions\u2026");
    private final VBox questionPane = new VBox();
    private final VBox bottom = new VBox();
    private final ScrollPane bottomScroll = new ScrollPane(bottom);
    private final AnswerInput input;
    private final VBox finished = new VBox();
    private final Label finalScore = new Label();
    private final Label finalDetail = new Label();
    private VBox setup;
    private Button start;
    private Spinner<Integer> countSpinner;

    public QuizView(QuizViewModel vm, CardView card, ObservableBooleanValue dark, Runnable onBack) {
        this.vm = vm;
        this.card = card;
        this.dark = dark;
        this.onBack = onBack;
        setId("quizView");
        QuizStyles.install(this);
        input = new AnswerInput(vm::submit, s -> { }, vm::choose);
        setTop(header());
        loading.getStyleClass().add(StyleClasses.MUTED);
        VBox.setVgrow(card, Priority.ALWAYS);
        card.setMinHeight(120);
        bottomScroll.setFitToWidth(true);
        bottomScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        bottomScroll.maxHeightProperty().bind(heightProperty().multiply(0.6));
        bottomScroll.setMinHeight(Region.USE_PREF_SIZE);
        bottom.setSpacing(10);
        bottom.setMaxWidth(880); // a readable line length, as the card
        StackPane bottomWrap = new StackPane(bottom);
        bottomWrap.getStyleClass().add(QuizStyles.INPUT_AREA);
        bottomScroll.setContent(bottomWrap);
        questionPane.getChildren().addAll(card, bottomScroll);
        buildFinished();
        setCenter(centre);
        addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
        vm.phaseProperty().addListener((o, a, now) -> render());
        vm.questionProperty().addListener((o, a, now) -> render());
        dark.addListener((o, was, is) -> card.setDark(is));
        progress.textProperty().bind(vm.progressTextProperty());
        score.textProperty().bind(vm.scoreTextProperty());
        score.getStyleClass().add(QuizStyles.SCORE);
    }

    /** Builds the setup with these decks to choose from, the selected one ticked. */
    public void showSetup(List<DeckSummary> decks, DeckSummary selected) {
        if (selected != null && vm.source().decks().isEmpty() && vm.source().tagList().isEmpty()) {
            vm.source().decks().add(selected.id());
        }
        setup = buildSetup(decks);
        vm.setup();
        render();
    }

    /** Screenshot mode: the current question's input with {@code text} typed, not yet checked. */
    void demoTyped(String text) {
        input.show(vm.questionProperty().get(), text);
        input.focusInput();
    }

    void handleKey(KeyEvent e) {
        if (e.isAltDown()) return;
        KeyCode k = e.getCode();
        QuizPhase p = vm.phaseProperty().get();
        boolean handled = false;
        if (k == KeyCode.ESCAPE) {
            onBack.run();
            handled = true;
        } else if (p == QuizPhase.SETUP && k == KeyCode.ENTER && !e.isShortcutDown()) {
            if (countSpinner != null) countSpinner.commitValue();
            vm.start();
            handled = true;
        } else if (p == QuizPhase.QUESTION && QuizViewModel.isChoice(vm.questionProperty().get()) && !e.isShortcutDown()) {
            int n = digit(k);
            if (n > 0) {
                vm.choose(n);
                handled = true;
            }
        } else if (p == QuizPhase.FEEDBACK && (k == KeyCode.SPACE || k == KeyCode.ENTER)) {
            vm.next();
            handled = true;
        } else if (p == QuizPhase.FINISHED && k == KeyCode.ENTER) {
            vm.setup();
            handled = true;
        }
        if (handled) e.consume();
    }

    static int digit(KeyCode k) {
        return switch (k) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            default -> 0;
        };
    }

    private HBox header() {
        Button back = new Button(null, Icons.of(MaterialDesignA.ARROW_LEFT));
        back.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltips.set(back, "Back to decks (Esc)");
        back.setFocusTraversable(false);
        back.setOnAction(e -> onBack.run());
        Label title = new Label("Quiz");
        title.getStyleClass().add(StyleClasses.STUDY_DECK_NAME);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progress.setId("quizProgress");
        score.setId("quizScore");
        HBox bar = new HBox(back, title, spacer, progress, score);
        bar.getStyleClass().add(QuizStyles.HEADER);
        return bar;
    }

    private VBox buildSetup(List<DeckSummary> decks) {
        Label title = new Label("Quiz yourself");
        title.getStyleClass().add(Styles.TITLE_2);
        Label lead = new Label("Questions made from your cards, one at a time, each checked at once.");
        lead.getStyleClass().add(StyleClasses.MUTED);
        lead.setWrapText(true);

        Spinner<Integer> count = new Spinner<>(1, QuizViewModel.MAX_COUNT, vm.countProperty().get());
        count.setId("quizCount");
        count.setEditable(true);
        count.setPrefWidth(110);
        countSpinner = count;
        count.valueProperty().addListener((o, a, now) -> {
            if (now != null) vm.countProperty().set(now);
        });
        HBox countRow = new HBox(10, count, new Label("questions"));
        countRow.setAlignment(Pos.CENTER_LEFT);

        CheckBox feed = new CheckBox("Wrong answers count as Again");
        feed.setId("quizFeedScheduler");
        feed.selectedProperty().bindBidirectional(vm.feedSchedulerProperty());
        Label feedWhy = new Label("Each answer is also a review: a wrong answer is recorded as Again (the card comes "
                + "back soon), a right one as Good. Untick to quiz without touching your schedule.");
        feedWhy.setWrapText(true);
        VBox feedNote = new VBox(feed, feedWhy);
        feedNote.getStyleClass().add(QuizStyles.NOTE);

        Label problem = new Label();
        problem.setId("quizProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        start = new Button("Start quiz");
        start.setId("startQuiz");
        start.setGraphic(Icons.of(MaterialDesignP.PLAY));
        start.getStyleClass().addAll(Styles.ACCENT, StyleClasses.STUDY_BUTTON);
        Tooltips.set(start, "Start the quiz (Enter)");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.setOnAction(e -> {
            count.commitValue();
            vm.start();
        });
        Label hint = new Label("Enter");
        hint.getStyleClass().add(StyleClasses.KEY_HINT);
        HBox actions = new HBox(12, start, hint);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(new VBox(4, title, lead), SourcePicker.decksAndTags(vm.source(), decks),
                SourcePicker.section("How many", countRow),
                SourcePicker.types(vm.source(), EnumSet.allOf(QuestionType.class)), feedNote, problem, actions);
        box.getStyleClass().add(QuizStyles.SETUP);
        return box;
    }

    private void buildFinished() {
        Label title = new Label("Quiz done");
        title.getStyleClass().add(Styles.TITLE_2);
        finalScore.setId("quizFinalScore");
        finalScore.getStyleClass().add(StyleClasses.STAT_VALUE);
        finalDetail.getStyleClass().add(StyleClasses.MUTED);
        finalDetail.setWrapText(true);
        Button again = new Button("New quiz");
        again.setGraphic(Icons.of(MaterialDesignH.HELP_CIRCLE_OUTLINE));
        again.getStyleClass().add(Styles.ACCENT);
        Tooltips.set(again, "Choose another quiz (Enter)");
        again.setOnAction(e -> vm.setup());
        Button back = new Button("Back to decks");
        Tooltips.set(back, "Back to decks (Esc)");
        back.setOnAction(e -> onBack.run());
        HBox actions = new HBox(12, again, back);
        actions.setAlignment(Pos.CENTER);
        var icon = Icons.of(MaterialDesignS.SCHOOL_OUTLINE);
        finished.getChildren().addAll(icon, title, finalScore, finalDetail, actions);
        finished.getStyleClass().add(StyleClasses.SUMMARY);
        finished.setId("quizFinished");
    }

    private void render() {
        QuizPhase p = vm.phaseProperty().get();
        switch (p) {
            case SETUP -> {
                if (setup == null) return;
                ScrollPane scroll = new ScrollPane(setup);
                scroll.setFitToWidth(true);
                scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
                centre.getChildren().setAll(scroll);
                StackPane.setAlignment(scroll, Pos.TOP_LEFT);
                Platform.runLater(() -> {
                    if (start != null) start.requestFocus();
                });
            }
            case LOADING -> centre.getChildren().setAll(loading);
            case QUESTION -> {
                Question q = vm.questionProperty().get();
                if (q == null) return;
                showOnly(questionPane);
                card.show(q.prompt(), dark.get());
                input.show(q, "");
                bottom.getChildren().setAll(input);
                if (input.hasTextInput()) input.focusInput();
                else Platform.runLater(this::requestFocus);
            }
            case CHECKING -> input.lock();
            case FEEDBACK -> showFeedback();
            case FINISHED -> {
                finalScore.setText(vm.scoreTextProperty().get());
                int wrong = vm.history().size() - vm.rightCount();
                finalDetail.setText(wrong == 0 ? "Every answer was right."
                        : wrong == 1 ? "1 answer was wrong" + scheduled() : wrong + " answers were wrong" + scheduled());
                showOnly(finished);
                Platform.runLater(this::requestFocus);
            }
        }
    }

    private String scheduled() {
        return vm.feedSchedulerProperty().get() ? "; those cards come back soon (answered Again)." : ".";
    }

    private void showFeedback() {
        QuizViewModel.Answered a = vm.answeredProperty().get();
        if (a == null) return;
        Question q = a.question();
        input.lock();
        Card c = vm.cardProperty().get();
        card.show(c == null ? q.prompt() : c.front() + "\n\n---\n\n" + c.back(), dark.get());
        HBox verdictRow = new HBox(16, GradeView.verdict(a.grade()));
        verdictRow.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button next = new Button(vm.questionCount() == vm.history().size() ? "See the score" : "Next question");
        next.setId("nextQuestion");
        next.getStyleClass().add(Styles.ACCENT);
        next.setFocusTraversable(false);
        Tooltips.set(next, "Next (Space or Enter)");
        next.setOnAction(e -> vm.next());
        Label hint = new Label("Space");
        hint.getStyleClass().add(StyleClasses.KEY_HINT);
        verdictRow.getChildren().addAll(spacer, hint, next);
        VBox panel = new VBox(verdictRow);
        panel.setSpacing(10);
        if (QuizViewModel.isChoice(q)) {
            input.markGraded(q.answer(), a.response());
            panel.getChildren().add(input);
        } else {
            panel.getChildren().add(GradeView.answers(q, a.response(), true));
            if (!a.grade().correct()) panel.getChildren().addAll(GradeView.differences(a.grade()));
        }
        bottom.getChildren().setAll(panel);
        Platform.runLater(this::requestFocus);
    }

    private void showOnly(Node n) {
        if (centre.getChildren().size() != 1 || centre.getChildren().get(0) != n) centre.getChildren().setAll(n);
    }
}
