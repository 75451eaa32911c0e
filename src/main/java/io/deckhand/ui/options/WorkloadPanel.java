package io.deckhand.ui.options;

import io.deckhand.app.deckoptions.ExamForecast;
import io.deckhand.app.deckoptions.WorkloadForecast;
import io.deckhand.app.deckoptions.WorkloadService;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.schedule.fsrs.simulate.RetentionSweep;
import io.deckhand.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Workload against desired retention for one deck: minutes a day and share of the deck recalled
 * after a year, simulated for 70-97 %, with the current retention marked. Clicking a chart, or
 * Left/Right/Home/End on a focused chart, picks that retention (it writes {@code retentionPercent});
 * below, an exam date gives "study N new cards a day". Self-contained so other screens
 * (statistics) can host it; in the deck options it follows the form ({@link #followForm}).
 */
public final class WorkloadPanel {
    private final WorkloadService service;
    private final TaskRunner tasks;
    private final DeckId deck;
    private final DoubleProperty retentionPercent;
    private final ObservableValue<Integer> newPerDay;

    private final VBox root = new VBox(8);
    /** Typing in the form settles before the simulation (a second or so of work) runs again. */
    static final javafx.util.Duration SETTLE = javafx.util.Duration.millis(400);
    static final int LOWEST = 70;
    static final int HIGHEST = 97;

    private final Label status = new Label("Simulating a year of study…");
    private final ProgressIndicator running = new ProgressIndicator();
    private final Label times = new Label();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private Supplier<WorkloadService.Scenario> scenario;
    /** Counts runs, so a slow run that finishes after a newer one started is dropped. */
    private long runs;
    private final Label summary = new Label();
    private final LineChart<Number, Number> minutesChart;
    private final LineChart<Number, Number> knowledgeChart;
    private final XYChart.Series<Number, Number> minutesMark = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> knowledgeMark = new XYChart.Series<>();
    private final DatePicker examDate = new DatePicker();
    private final Spinner<Integer> target = new Spinner<>(1, 100, 90, 5);
    private final Label plan = new Label();
    private WorkloadForecast forecast;

    /**
     * @param retentionPercent the form's desired retention in percent (read for the mark, written on a pick)
     * @param newPerDay        the form's new cards a day, used when the simulation is (re)run
     */
    public WorkloadPanel(WorkloadService service, TaskRunner tasks, DeckId deck, DoubleProperty retentionPercent,
                         ObservableValue<Integer> newPerDay) {
        this.service = Objects.requireNonNull(service);
        this.tasks = Objects.requireNonNull(tasks);
        this.deck = Objects.requireNonNull(deck);
        this.retentionPercent = Objects.requireNonNull(retentionPercent);
        this.newPerDay = Objects.requireNonNull(newPerDay);
        root.setId("workloadPanel");
        root.getStyleClass().add("dh-workload");
        status.setId("workloadStatus");
        status.setWrapText(true);
        summary.setId("workloadSummary");
        summary.setWrapText(true);
        minutesChart = chart("workloadMinutes", "Minutes a day");
        knowledgeChart = chart("workloadKnowledge", "Known (%)");
        minutesMark.setName("Your choice");
        knowledgeMark.setName("Your choice");

        Button rerun = new Button("Simulate again");
        rerun.setId("workloadRerun");
        rerun.setTooltip(new Tooltip("Run the simulation again with the new cards a day set above."));
        rerun.setOnAction(e -> load());
        rerun.setMinWidth(Button.USE_PREF_SIZE);
        running.setId("workloadRunning");
        running.setPrefSize(18, 18);
        running.setVisible(false);
        running.managedProperty().bind(running.visibleProperty());
        times.setId("workloadTimes");
        times.setWrapText(true);
        times.getStyleClass().add("dh-muted");
        settle.setOnFinished(e -> load());
        HBox head = new HBox(10, running, status, rerun);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);

        examDate.setId("examDate");
        examDate.setPromptText("Exam date");
        examDate.setPrefWidth(150);
        target.setId("examTarget");
        target.setEditable(true);
        target.setPrefWidth(90);
        Button planButton = new Button("Plan");
        planButton.setId("examPlan");
        planButton.setDefaultButton(false);
        planButton.setOnAction(e -> planExam());
        examDate.setOnAction(e -> planExam());
        Label know = new Label("Know");
        Label of = new Label("% of this deck on");
        HBox exam = new HBox(8, know, target, of, examDate, planButton);
        exam.setAlignment(Pos.CENTER_LEFT);
        plan.setId("examPlanText");
        plan.setWrapText(true);

        root.getChildren().addAll(head, minutesChart, knowledgeChart, summary, times, exam, plan);
        root.setPadding(new Insets(0, 0, 4, 0));
        retentionPercent.addListener((obs, old, now) -> mark());
    }

    public Node node() {
        return root;
    }

    /**
     * Simulates with the form's values instead of the saved preset: {@code form} gives them (null
     * while the form has a problem), and a change to any of {@code triggers} runs the simulation
     * again once typing has settled. The retention needs no run: the sweep already covers it.
     */
    public void followForm(Supplier<WorkloadService.Scenario> form, Observable... triggers) {
        this.scenario = Objects.requireNonNull(form);
        for (Observable t : triggers) t.addListener(o -> settle.playFromStart());
    }

    /** Runs the simulation on the worker and fills the charts; a newer run makes this one's result stale. */
    public void load() {
        settle.stop();
        long run = ++runs;
        int perDay = newPerDay.getValue() == null ? 0 : newPerDay.getValue();
        double retention = clampPercent(retentionPercent.get()) / 100.0;
        WorkloadService.Scenario typed = null;
        if (scenario != null) {
            typed = scenario.get();
            if (typed == null) {
                running.setVisible(false);
                status.setText("Fix the options above to simulate them.");
                return;
            }
        }
        WorkloadService.Scenario chosen = typed;
        status.setText(typed == null ? "Simulating a year of study…"
                : "Simulating a year of study with preset \"" + typed.presetName() + "\" as set above…");
        running.setVisible(true);
        tasks.run(() -> chosen == null ? service.forecast(deck, WorkloadService.DEFAULT_DAYS, perDay, retention)
                        : service.forecast(deck, WorkloadService.DEFAULT_DAYS, chosen),
                f -> {
                    if (run == runs) show(f);
                }, e -> {
                    if (run != runs) return;
                    running.setVisible(false);
                    status.setText(e.getMessage());
                });
    }

    private void show(WorkloadForecast f) {
        this.forecast = f;
        running.setVisible(false);
        times.setText(f.answerTimes().describe());
        status.setText(String.format(Locale.ROOT, "%d cards (%d studied), %d new a day, over %d days. "
                        + "Click a chart, or use the arrow keys on it, to choose a retention.", f.deckSize(), f.studiedCards(), f.newPerDay(),
                f.chosen().days()));
        fill(minutesChart, minutesMark, f, RetentionSweep.Point::minutesPerDay);
        fill(knowledgeChart, knowledgeMark, f, p -> p.knowledgeAtEnd() * 100);
        mark();
    }

    private static void fill(LineChart<Number, Number> chart, XYChart.Series<Number, Number> mark, WorkloadForecast f,
                             ToDoubleFunction<RetentionSweep.Point> value) {
        XYChart.Series<Number, Number> line = new XYChart.Series<>();
        line.setName(((NumberAxis) chart.getYAxis()).getLabel());
        for (RetentionSweep.Point p : f.sweep()) {
            line.getData().add(new XYChart.Data<>(Math.round(p.desiredRetention() * 100), value.applyAsDouble(p)));
        }
        chart.getData().setAll(line, mark);
        // only the chosen retention gets a dot
        for (XYChart.Data<Number, Number> d : line.getData()) {
            if (d.getNode() != null) d.getNode().setVisible(false);
        }
    }

    /** Moves the marks to the form's retention and says what it costs. */
    private void mark() {
        if (forecast == null) return;
        int percent = (int) Math.round(retentionPercent.get());
        int shown = clampPercent(percent);
        RetentionSweep.Point p = forecast.pointAt(shown / 100.0);
        minutesMark.getData().setAll(new XYChart.Data<>(shown, p.minutesPerDay()));
        knowledgeMark.getData().setAll(new XYChart.Data<>(shown, p.knowledgeAtEnd() * 100));
        for (XYChart.Series<Number, Number> s : java.util.List.of(minutesMark, knowledgeMark)) {
            Node dot = s.getData().get(0).getNode();
            if (dot != null) dot.getStyleClass().add("dh-workload-choice");
        }
        String beyond = percent != shown ? " (the chart stops at 97%; " + percent + "% costs more still)" : "";
        summary.setText(String.format(Locale.ROOT, "At %d%%%s: about %.0f reviews and %s minutes a day; %.0f%% of the "
                        + "deck known after a year (%.0f%% of the cards studied).", shown, beyond, p.reviewsPerDay(),
                minutes(p.minutesPerDay()), p.knowledgeAtEnd() * 100, p.retentionAtEnd() * 100));
        String minutesText = String.format(Locale.ROOT, "Desired retention %d%%: %s minutes a day", shown,
                minutes(p.minutesPerDay()));
        String knownText = String.format(Locale.ROOT, "Desired retention %d%%: %.0f%% of the deck known after a year",
                shown, p.knowledgeAtEnd() * 100);
        minutesChart.setAccessibleText(minutesText);
        knowledgeChart.setAccessibleText(knownText);
        minutesChart.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
        knowledgeChart.notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    private void planExam() {
        LocalDate date = examDate.getValue();
        if (date == null) {
            plan.setText("Choose the exam date first.");
            return;
        }
        Integer share = target.getValue();
        double retention = Math.round(retentionPercent.get()) / 100.0;
        plan.setText("Planning…");
        tasks.run(() -> service.planExam(deck, date, share / 100.0, retention),
                (ExamForecast f) -> plan.setText(f.describe()), e -> plan.setText(e.getMessage()));
    }

    /** Moves the picked retention as a slider would: arrows by one point, Home/End to the ends. */
    private void pickByKey(KeyEvent e) {
        int now = clampPercent(retentionPercent.get());
        int next = switch (e.getCode()) {
            case LEFT, DOWN, KP_LEFT, KP_DOWN -> now - 1;
            case RIGHT, UP, KP_RIGHT, KP_UP -> now + 1;
            case PAGE_DOWN -> now - 5;
            case PAGE_UP -> now + 5;
            case HOME -> LOWEST;
            case END -> HIGHEST;
            default -> Integer.MIN_VALUE;
        };
        if (next == Integer.MIN_VALUE) return;
        e.consume();
        retentionPercent.set(clampPercent(next));
    }

    private LineChart<Number, Number> chart(String id, String yLabel) {
        NumberAxis x = new NumberAxis(LOWEST, HIGHEST, 3);
        x.setLabel("Desired retention (%)");
        x.setMinorTickVisible(false);
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        y.setForceZeroInRange(false);
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setLegendSide(Side.BOTTOM);
        chart.setPrefHeight(190);
        chart.setMinHeight(160);
        chart.getStyleClass().add("dh-workload-chart");
        // a picker of one value, like a slider: focusable, with the value as its text
        chart.setFocusTraversable(true);
        chart.setAccessibleRole(AccessibleRole.SLIDER);
        chart.setAccessibleRoleDescription("retention picker");
        chart.setAccessibleHelp("Left and Right change the desired retention by one point; Home and End go to "
                + LOWEST + "% and " + HIGHEST + "%.");
        chart.addEventHandler(KeyEvent.KEY_PRESSED, this::pickByKey);
        chart.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            var inAxis = x.sceneToLocal(e.getSceneX(), e.getSceneY());
            Number value = x.getValueForDisplay(inAxis.getX());
            if (value == null) return;
            retentionPercent.set(clampPercent(value.doubleValue()));
            chart.requestFocus();
        });
        return chart;
    }

    private static String minutes(double m) {
        return m < 10 ? String.format(Locale.ROOT, "%.1f", m) : String.format(Locale.ROOT, "%.0f", m);
    }

    private static int clampPercent(double percent) {
        return (int) Math.max(LOWEST, Math.min(HIGHEST, Math.round(percent)));
    }

}
