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
import java.util.function.ToDoubleFunction;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Workload against desired retention for one deck: minutes a day and share of the deck recalled
 * after a year, simulated for 70-97 %, with the current retention marked. Clicking a chart picks
 * that retention (it writes {@code retentionPercent}); below, an exam date gives "study N new
 * cards a day". Self-contained so other screens (statistics) can host it.
 */
public final class WorkloadPanel {
    private final WorkloadService service;
    private final TaskRunner tasks;
    private final DeckId deck;
    private final DoubleProperty retentionPercent;
    private final ObservableValue<Integer> newPerDay;

    private final VBox root = new VBox(8);
    private final Label status = new Label("Simulating a year of study…");
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
        knowledgeChart = chart("workloadKnowledge", "Deck known (%)");
        minutesMark.setName("Your choice");
        knowledgeMark.setName("Your choice");

        Button rerun = new Button("Simulate again");
        rerun.setId("workloadRerun");
        rerun.setTooltip(new Tooltip("Run the simulation again with the new cards a day set above."));
        rerun.setOnAction(e -> load());
        rerun.setMinWidth(Button.USE_PREF_SIZE);
        HBox head = new HBox(10, status, rerun);
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

        root.getChildren().addAll(head, minutesChart, knowledgeChart, summary, exam, plan);
        root.setPadding(new Insets(0, 0, 4, 0));
        retentionPercent.addListener((obs, old, now) -> mark());
    }

    public Node node() {
        return root;
    }

    /** Runs the simulation on the worker and fills the charts. */
    public void load() {
        status.setText("Simulating a year of study…");
        int perDay = newPerDay.getValue() == null ? 0 : newPerDay.getValue();
        double retention = clampPercent(retentionPercent.get()) / 100.0;
        tasks.run(() -> service.forecast(deck, WorkloadService.DEFAULT_DAYS, perDay, retention), this::show,
                e -> status.setText(e.getMessage()));
    }

    private void show(WorkloadForecast f) {
        this.forecast = f;
        status.setText(String.format(Locale.ROOT, "%d cards (%d studied), %d new a day, over %d days. "
                        + "Click a chart to choose a retention.", f.deckSize(), f.studiedCards(), f.newPerDay(),
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

    private LineChart<Number, Number> chart(String id, String yLabel) {
        NumberAxis x = new NumberAxis(70, 97, 3);
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
        chart.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            var inAxis = x.sceneToLocal(e.getSceneX(), e.getSceneY());
            Number value = x.getValueForDisplay(inAxis.getX());
            if (value == null) return;
            retentionPercent.set(clampPercent(value.doubleValue()));
        });
        return chart;
    }

    private static String minutes(double m) {
        return m < 10 ? String.format(Locale.ROOT, "%.1f", m) : String.format(Locale.ROOT, "%.0f", m);
    }

    private static int clampPercent(double percent) {
        return (int) Math.max(70, Math.min(97, Math.round(percent)));
    }

}
