package io.deckhand.ui.quiz;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.deckhand.app.quiz.ExamAttempt;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.common.Shortcuts;
import io.deckhand.ui.common.Tooltips;
import io.deckhand.ui.theme.StyleClasses;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The mock exam screen: the setup (with Resume when an exam was left unfinished), the sitting
 * (countdown, question list, flags, no feedback) and the results ({@link ExamResultsView}). Keys:
 * PgUp/PgDn (or Ctrl+Left/Right outside a text field) move between questions, Ctrl+F flags,
 * 1-4 choose an option, Ctrl+Enter submits, Esc leaves (the exam waits, its clock stopped).
 */
public final class ExamView extends BorderPane {
    /** Under this much time left the countdown turns red. */
    static final Duration LOW_TIME = Duration.ofMinutes(5);

    private final ExamViewModel vm;
    private final CardView card;
    private final ObservableBooleanValue dark;
    private final Runnable onBack;
    private final StackPane centre = new StackPane();
    private final Label loading = new Label("One moment\u2026");
    private final Label title = new Label("Mock exam");
    private final Label position = new Label();
    private final Label countdown = new Label();
    private final ToggleButton flag = new ToggleButton("Flag");
    private final Button submit = new Button("Submit");
    private final HBox sittingTools;
    private final ListView<Integer> nav = new ListView<>();
    private final VBox sitting = new VBox();
    private final AnswerInput input;
    private final HBox confirm = new HBox();
    private final Label confirmText = new Label();
    private final ExamResultsView results;
    private final Timeline ticker;
    private List<DeckSummary> decks = List.of();
    private VBox setup;
    private Button start;
    private Button resume;
    private Spinner<Integer> countSpinner;
    private Spinner<Integer> minutesSpinner;
    private Spinner<Integer> passSpinner;
    private boolean syncing;

    public ExamView(ExamViewModel vm, CardView card, ObservableBooleanValue dark, Runnable onBack) {
        this.vm = vm;
        this.card = card;
        this.dark = dark;
        this.onBack = onBack;
        setId("examView");
        QuizStyles.install(this);
        input = new AnswerInput(null, vm::answer, this::choose);
        results = new ExamResultsView(vm, onBack);
        sittingTools = new HBox(12, position, countdown, flag, submit);
        sittingTools.setAlignment(Pos.CENTER_LEFT);
        setTop(header());
        loading.getStyleClass().add(StyleClasses.MUTED);
        buildSitting();
        buildNav();
        buildConfirm();
        setCenter(centre);
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> vm.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
        vm.phaseProperty().addListener((o, a, now) -> render());
        vm.currentProperty().addListener((o, a, now) -> showQuestion());
        vm.remainingProperty().addListener((o, a, now) -> showTime(now));
        vm.confirmingProperty().addListener((o, a, now) -> showConfirm(now));
        vm.answers().addListener((ListChangeListener<String>) c -> updatePosition());
        vm.flagged().addListener((SetChangeListener<Integer>) c -> updatePosition());
        dark.addListener((o, was, is) -> card.setDark(is));
        // Leaving the screen (Esc, a menu, closing) stops the clock and saves; Resume continues.
        parentProperty().addListener((o, was, now) -> {
            if (now == null) vm.pause();
        });
    }

    /** Opens the screen: Resume if an exam is unfinished, else the setup with these decks. */
    public void open(List<DeckSummary> all, DeckSummary selected) {
        decks = List.copyOf(all);
        if (selected != null && vm.source().decks().isEmpty() && vm.source().tagList().isEmpty()) {
            vm.source().decks().add(selected.id());
        }
        setup = null;
        vm.open();
        render();
    }

    void handleKey(KeyEvent e) {
        if (e.isAltDown()) return;
        KeyCode k = e.getCode();
        ExamPhase p = vm.phaseProperty().get();
        boolean inText = getScene() != null && AnswerInput.isTextEntry(getScene().getFocusOwner());
        boolean handled = true;
        if (p == ExamPhase.RUNNING && vm.confirmingProperty().get()) {
            if (k == KeyCode.ENTER) vm.submitNow();
            else if (k == KeyCode.ESCAPE) vm.cancelSubmit();
            else handled = false;
        } else if (p == ExamPhase.RUNNING) {
            // Ctrl+Left/Right keep their word-jump meaning inside a text field.
            boolean move = Shortcuts.EXAM_MOVE.matches(e) && (!inText || k == KeyCode.PAGE_DOWN || k == KeyCode.PAGE_UP);
            if (move && (k == KeyCode.PAGE_DOWN || k == KeyCode.RIGHT)) vm.next();
            else if (move) vm.previous();
            else if (Shortcuts.EXAM_FLAG.matches(e)) vm.toggleFlag();
            else if (Shortcuts.EXAM_SUBMIT.matches(e)) vm.requestSubmit();
            else if (k == KeyCode.ESCAPE) onBack.run();
            else if (!inText && !e.isShortcutDown() && QuizView.digit(k) > 0
                    && vm.currentQuestion().map(QuizViewModel::isChoice).orElse(false)) {
                choose(QuizView.digit(k));
            } else handled = false;
        } else if (p == ExamPhase.SETUP && k == KeyCode.ENTER && !e.isShortcutDown()) {
            if (vm.unfinishedProperty().get() != null) vm.resume();
            else startExam();
        } else if (k == KeyCode.ESCAPE) {
            onBack.run();
        } else handled = false;
        if (handled) e.consume();
    }

    private void choose(int number) {
        vm.choose(number);
        int i = vm.currentProperty().get();
        if (i >= 0 && i < vm.answers().size()) input.markChosen(vm.answers().get(i));
    }

    private HBox header() {
        Button back = new Button(null, Icons.of(MaterialDesignA.ARROW_LEFT));
        back.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        Tooltips.set(back, "Back to decks (Esc); an exam in progress waits with its clock stopped");
        back.setFocusTraversable(false);
        back.setOnAction(e -> onBack.run());
        title.getStyleClass().add(StyleClasses.STUDY_DECK_NAME);
        title.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        position.setId("examPosition");
        position.getStyleClass().add(StyleClasses.MUTED);
        countdown.setId("examCountdown");
        countdown.getStyleClass().add(QuizStyles.COUNTDOWN);
        countdown.setMinWidth(Region.USE_PREF_SIZE);
        Tooltips.set(countdown, "Time left; the exam is submitted when it runs out");
        flag.setId("examFlag");
        flag.setGraphic(Icons.of(MaterialDesignF.FLAG_OUTLINE));
        flag.setFocusTraversable(false);
        Tooltips.set(flag, "Flag this question for review (Ctrl+F)");
        flag.setOnAction(e -> {
            vm.toggleFlag();
            flag.setSelected(vm.flagged().contains(vm.currentProperty().get()));
        });
        submit.setId("examSubmit");
        submit.setGraphic(Icons.of(MaterialDesignC.CHECK_ALL));
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setFocusTraversable(false);
        Tooltips.set(submit, "Submit the exam for grading (Ctrl+Enter)");
        submit.setOnAction(e -> vm.requestSubmit());
        HBox bar = new HBox(back, title, spacer, sittingTools);
        bar.getStyleClass().add(QuizStyles.HEADER);
        return bar;
    }

    private void buildSitting() {
        VBox.setVgrow(card, Priority.ALWAYS);
        card.setMinHeight(120);
        input.setMaxWidth(880); // a readable line length, as the card
        StackPane inputWrap = new StackPane(input);
        inputWrap.getStyleClass().add(QuizStyles.INPUT_AREA);
        ScrollPane inputScroll = new ScrollPane(inputWrap);
        inputScroll.setFitToWidth(true);
        inputScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        inputScroll.maxHeightProperty().bind(heightProperty().multiply(0.55));
        inputScroll.setMinHeight(Region.USE_PREF_SIZE);
        Button previous = new Button("Previous", Icons.of(MaterialDesignA.ARROW_LEFT));
        previous.setId("examPrevious");
        previous.setFocusTraversable(false);
        Tooltips.set(previous, "Previous question (PgUp, or Ctrl+Left outside a text field)");
        previous.setOnAction(e -> vm.previous());
        Button next = new Button("Next", Icons.of(MaterialDesignA.ARROW_RIGHT));
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setId("examNext");
        next.setFocusTraversable(false);
        Tooltips.set(next, "Next question (PgDn, or Ctrl+Right outside a text field)");
        next.setOnAction(e -> vm.next());
        Label keys = new Label("PgUp / PgDn move \u00b7 Ctrl+F flags \u00b7 Ctrl+Enter submits");
        keys.getStyleClass().add(StyleClasses.KEY_HINT);
        keys.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox navRow = new HBox(12, previous, keys, spacer, next);
        navRow.setAlignment(Pos.CENTER_LEFT);
        navRow.setStyle("-fx-padding: 0 24 14 24;");
        sitting.getChildren().addAll(card, inputScroll, navRow);
    }

    private void buildNav() {
        nav.setId("examNav");
        nav.getStyleClass().add(QuizStyles.NAV);
        nav.setFocusTraversable(false);
        nav.setPrefWidth(200);
        nav.setMinWidth(160);
        nav.setFixedCellSize(32);
        nav.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Integer i, boolean empty) {
                super.updateItem(i, empty);
                if (empty || i == null || i >= vm.answers().size()) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                boolean answered = !vm.answers().get(i).isBlank();
                FontIcon state = Icons.of(answered ? MaterialDesignC.CHECK_CIRCLE_OUTLINE : MaterialDesignC.CHECKBOX_BLANK_CIRCLE_OUTLINE);
                Label text = new Label((i + 1) + "  " + kindOf(i));
                text.setMinWidth(0);
                HBox row = new HBox(state, text);
                row.getStyleClass().add(QuizStyles.NAV_CELL);
                if (vm.flagged().contains(i)) {
                    Region gap = new Region();
                    HBox.setHgrow(gap, Priority.ALWAYS);
                    FontIcon f = Icons.of(MaterialDesignF.FLAG);
                    f.getStyleClass().add("dh-exam-flag");
                    row.getChildren().addAll(gap, f);
                }
                setText(null);
                setGraphic(row);
                setAccessibleText("Question " + (i + 1) + (answered ? ", answered" : ", not answered")
                        + (vm.flagged().contains(i) ? ", flagged" : ""));
            }
        });
        nav.getSelectionModel().selectedIndexProperty().addListener((o, a, now) -> {
            if (!syncing && now.intValue() >= 0) vm.go(now.intValue());
        });
    }

    private String kindOf(int i) {
        ExamAttempt a = vm.attemptProperty().get();
        if (a == null || i >= a.questions().size()) return "";
        return shortLabel(a.questions().get(i).type());
    }

    static String shortLabel(QuestionType t) {
        return switch (t) {
            case COMMAND -> "Command";
            case MANIFEST -> "Manifest";
            case MULTIPLE_CHOICE -> "Choice";
            case TRUE_FALSE -> "True/false";
            case CLOZE -> "Gap";
            case FILL_FIELD -> "Field";
            case DIAGRAM_NODE -> "Diagram";
            case TYPED -> "Answer";
        };
    }

    private void buildConfirm() {
        confirm.getStyleClass().add(QuizStyles.CONFIRM);
        confirm.setId("examConfirm");
        confirmText.setWrapText(true);
        confirmText.setMinWidth(0);
        HBox.setHgrow(confirmText, Priority.ALWAYS);
        Button keep = new Button("Keep working");
        Tooltips.set(keep, "Back to the questions (Esc)");
        keep.setOnAction(e -> vm.cancelSubmit());
        Button go = new Button("Submit now");
        go.setId("examSubmitNow");
        go.getStyleClass().add(Styles.DANGER);
        Tooltips.set(go, "Grade the exam; answers can no longer change (Enter)");
        go.setOnAction(e -> vm.submitNow());
        confirm.getChildren().addAll(Icons.of(MaterialDesignA.ALERT_OUTLINE), confirmText, keep, go);
    }

    private void showConfirm(boolean on) {
        if (!on) {
            setBottom(null);
            return;
        }
        int open = vm.unansweredCount();
        int flags = vm.flagged().size();
        String left = open == 0 && flags == 0 ? "Every question has an answer."
                : (open == 0 ? "" : open + (open == 1 ? " question has" : " questions have") + " no answer. ")
                + (flags == 0 ? "" : flags + (flags == 1 ? " is" : " are") + " flagged for review.");
        confirmText.setText("Submit the exam? " + left.strip() + " Time left: " + ScoreText.clock(vm.remainingProperty().get()) + ".");
        setBottom(confirm);
    }

    private void startExam() {
        if (countSpinner != null) {
            countSpinner.commitValue();
            minutesSpinner.commitValue();
            passSpinner.commitValue();
        }
        vm.start();
    }

    private void render() {
        ExamPhase p = vm.phaseProperty().get();
        boolean sittingNow = p == ExamPhase.RUNNING;
        sittingTools.setVisible(sittingNow);
        sittingTools.setManaged(sittingNow);
        if (sittingNow) ticker.play();
        else ticker.stop();
        if (p != ExamPhase.RUNNING) setBottom(null);
        switch (p) {
            case LOADING -> {
                setLeft(null);
                title.setText("Mock exam");
                centre.getChildren().setAll(loading);
            }
            case SUBMITTING -> {
                setLeft(null);
                loading.setText("Grading your answers\u2026");
                centre.getChildren().setAll(loading);
            }
            case SETUP -> {
                setLeft(null);
                title.setText("Mock exam");
                loading.setText("One moment\u2026");
                setup = buildSetup();
                ScrollPane scroll = new ScrollPane(setup);
                scroll.setFitToWidth(true);
                scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
                centre.getChildren().setAll(scroll);
                Platform.runLater(() -> (resume != null ? resume : start).requestFocus());
            }
            case RUNNING -> {
                ExamAttempt a = vm.attemptProperty().get();
                title.setText(a == null ? "Mock exam" : a.spec().name());
                syncing = true;
                nav.getItems().setAll(java.util.stream.IntStream.range(0, vm.answers().size()).boxed().toList());
                syncing = false;
                setLeft(nav);
                centre.getChildren().setAll(sitting);
                showQuestion();
                showTime(vm.remainingProperty().get());
            }
            case RESULTS -> {
                setLeft(null);
                title.setText(vm.resultProperty().get() == null ? "Mock exam" : vm.resultProperty().get().name());
                results.show(vm.resultProperty().get(), vm.history());
                centre.getChildren().setAll(results);
                Platform.runLater(results::focusDefault);
            }
        }
    }

    private void showQuestion() {
        if (vm.phaseProperty().get() != ExamPhase.RUNNING) return;
        vm.currentQuestion().ifPresent(q -> {
            int i = vm.currentProperty().get();
            card.show("**Question " + (i + 1) + "** \u00b7 " + QuizSource.label(q.type()) + "\n\n" + q.prompt(), dark.get());
            input.show(q, vm.answers().get(i));
            if (input.hasTextInput()) input.focusInput();
            else Platform.runLater(this::requestFocus);
            flag.setSelected(vm.flagged().contains(i));
            syncing = true;
            nav.getSelectionModel().select(i);
            nav.scrollTo(Math.max(0, i - 3));
            syncing = false;
            updatePosition();
        });
    }

    private void updatePosition() {
        ExamAttempt a = vm.attemptProperty().get();
        if (a == null) return;
        int n = a.questions().size();
        int done = n - vm.unansweredCount();
        position.setText("Question " + (vm.currentProperty().get() + 1) + " of " + n + " \u00b7 " + done + " answered"
                + (vm.flagged().isEmpty() ? "" : " \u00b7 " + vm.flagged().size() + " flagged"));
        flag.setSelected(vm.flagged().contains(vm.currentProperty().get()));
        nav.refresh();
    }

    private void showTime(Duration left) {
        countdown.setText(ScoreText.clock(left));
        countdown.getStyleClass().remove(QuizStyles.COUNTDOWN_LOW);
        if (left.compareTo(LOW_TIME) < 0) countdown.getStyleClass().add(QuizStyles.COUNTDOWN_LOW);
    }

    private VBox buildSetup() {
        VBox box = new VBox();
        box.getStyleClass().add(QuizStyles.SETUP);
        resume = null;
        ExamAttempt open = vm.unfinishedProperty().get();
        if (open != null) box.getChildren().add(resumeBanner(open));

        Label heading = new Label("Mock exam");
        heading.getStyleClass().add(Styles.TITLE_2);
        Label lead = new Label("A timed exam from your cards: no feedback until you submit, then your score against "
                + "the pass mark, your weakest topics and every wrong answer with the right one.");
        lead.getStyleClass().add(StyleClasses.MUTED);
        lead.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        HBox presets = new HBox();
        String[] names = {"CKA format", "CKAD format", "Custom"};
        ExamViewModel.Preset[] values = ExamViewModel.Preset.values();
        for (int i = 0; i < values.length; i++) {
            ExamViewModel.Preset p = values[i];
            ToggleButton t = new ToggleButton(names[i]);
            t.setId("preset-" + p.name().toLowerCase(java.util.Locale.ROOT));
            t.setToggleGroup(group);
            t.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL : Styles.CENTER_PILL);
            t.setSelected(vm.presetProperty().get() == p);
            t.setOnAction(e -> {
                if (!t.isSelected()) t.setSelected(true);
                vm.presetProperty().set(p);
            });
            presets.getChildren().add(t);
        }
        Label presetText = new Label();
        presetText.setWrapText(true);
        presetText.getStyleClass().add(StyleClasses.MUTED);

        countSpinner = spinner("examCount", 1, 200, vm.countProperty());
        minutesSpinner = spinner("examMinutes", 1, 600, vm.minutesProperty());
        passSpinner = spinner("examPass", 1, 100, vm.passPercentProperty());
        HBox custom = new HBox(10, countSpinner, new Label("questions in"), minutesSpinner, new Label("minutes, pass mark"),
                passSpinner, new Label("%"));
        custom.setAlignment(Pos.CENTER_LEFT);
        VBox kinds = SourcePicker.types(vm.source(), EnumSet.allOf(QuestionType.class));
        Runnable showPreset = () -> {
            ExamViewModel.Preset p = vm.presetProperty().get();
            boolean isCustom = p == ExamViewModel.Preset.CUSTOM;
            presetText.setText(isCustom ? "Your own count, time limit, pass mark and kinds of question."
                    : "As the " + (p == ExamViewModel.Preset.CKA ? "CKA" : "CKAD") + ": 2 hours, pass mark 66 %, "
                    + "hands-on questions (commands and manifests) weighted by topic.");
            custom.setVisible(isCustom);
            custom.setManaged(isCustom);
            kinds.setVisible(isCustom);
            kinds.setManaged(isCustom);
        };
        vm.presetProperty().addListener((o, a, now) -> showPreset.run());
        showPreset.run();

        Label problem = new Label();
        problem.setId("examProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        start = new Button("Start exam");
        start.setId("startExam");
        start.setGraphic(Icons.of(MaterialDesignP.PLAY));
        start.getStyleClass().addAll(open == null ? Styles.ACCENT : Styles.BUTTON_OUTLINED, StyleClasses.STUDY_BUTTON);
        Tooltips.set(start, open == null ? "Start the exam; the clock starts at once (Enter)" : "Start a new exam; the clock starts at once");
        start.setOnAction(e -> startExam());
        start.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label(open == null ? "Enter \u00b7 the clock starts at once"
                : "The unfinished exam is submitted as it stands (or dropped, if nothing was answered) when a new one starts.");
        hint.setWrapText(true);
        hint.getStyleClass().add(StyleClasses.KEY_HINT);
        HBox actions = new HBox(12, start, hint);
        actions.setAlignment(Pos.CENTER_LEFT);

        box.getChildren().addAll(new VBox(4, heading, lead), SourcePicker.section("Format", presets, presetText, custom),
                kinds, SourcePicker.decksAndTags(vm.source(), decks), problem, actions);
        return box;
    }

    private HBox resumeBanner(ExamAttempt open) {
        long answered = open.answers().stream().filter(s -> !s.isBlank()).count();
        Label text = new Label("\u201c" + open.spec().name() + "\u201d is unfinished: question " + (open.current() + 1)
                + " of " + open.questions().size() + ", " + answered + " answered, "
                + ScoreText.clock(open.remaining()) + " left. The clock stopped when you left.");
        text.setId("examResumeText");
        text.setWrapText(true);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        resume = new Button("Resume");
        resume.setId("examResume");
        resume.setGraphic(Icons.of(MaterialDesignP.PLAY_CIRCLE_OUTLINE));
        resume.getStyleClass().add(Styles.ACCENT);
        Tooltips.set(resume, "Continue where you stopped (Enter)");
        resume.setOnAction(e -> vm.resume());
        resume.setMinWidth(Region.USE_PREF_SIZE);
        Button discard = new Button("Discard");
        discard.setId("examDiscard");
        discard.getStyleClass().add(Styles.FLAT);
        Tooltips.set(discard, "Throw this exam away without grading it");
        discard.setOnAction(e -> vm.discard());
        discard.setMinWidth(Region.USE_PREF_SIZE);
        HBox banner = new HBox(Icons.of(MaterialDesignS.SCHOOL_OUTLINE), text, discard, resume);
        banner.getStyleClass().add(QuizStyles.RESUME);
        return banner;
    }

    private static Spinner<Integer> spinner(String id, int min, int max, javafx.beans.property.IntegerProperty value) {
        Spinner<Integer> s = new Spinner<>(min, max, Math.max(min, Math.min(max, value.get())));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(96);
        s.valueProperty().addListener((o, a, now) -> {
            if (now != null) value.set(now);
        });
        return s;
    }

    /** Scrolls the results page (0 top, 1 bottom); for the screenshot mode. */
    void scrollResults(double to) {
        results.layout();
        results.setVvalue(to);
    }

    ExamViewModel viewModel() {
        return vm;
    }

    /** For tests: the node that shows this screen's current state. */
    Node shown() {
        return centre.getChildren().isEmpty() ? null : centre.getChildren().get(0);
    }
}
