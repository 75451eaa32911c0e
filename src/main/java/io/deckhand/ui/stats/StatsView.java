package io.deckhand.ui.stats;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.deckhand.app.stats.StatsService;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.theme.StyleClasses;
import java.time.format.DateTimeFormatter;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/** Statistics: reviews per day stacked by kind, the due forecast, cards by state and retention. */
public final class StatsView extends BorderPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM");

    private final StatsViewModel vm;
    private final StackedBarChart<String, Number> reviews = new StackedBarChart<>(new CategoryAxis(), axis("Answers"));
    private final BarChart<String, Number> forecast = new BarChart<>(new CategoryAxis(), axis("Cards"));
    private final PieChart states = new PieChart();
    private final Label retention = new Label();
    private final Label totals = new Label();

    public StatsView(StatsViewModel vm, Runnable onBack) {
        this.vm = vm;
        setId("statsView");
        getStyleClass().add(StyleClasses.PAGE);
        Button back = new Button("Decks");
        back.setGraphic(Icons.of(MaterialDesignA.ARROW_LEFT));
        back.getStyleClass().add(Styles.FLAT);
        back.setTooltip(new Tooltip("Back to the decks (Esc)"));
        back.setOnAction(e -> onBack.run());
        Label title = new Label("Statistics");
        title.getStyleClass().addAll(StyleClasses.PAGE_TITLE, Styles.TITLE_2);
        ToggleGroup range = new ToggleGroup();
        ToggleButton d30 = rangeButton("30 days", 30, range);
        ToggleButton d90 = rangeButton("90 days", 90, range);
        d30.getStyleClass().add(Styles.LEFT_PILL);
        d90.getStyleClass().add(Styles.RIGHT_PILL);
        (vm.daysProperty().get() == 90 ? d90 : d30).setSelected(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, back, title, spacer, new HBox(d30, d90));
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 12, 16));
        setTop(top);

        retention.getStyleClass().add(Styles.TITLE_4);
        retention.setId("statsRetention");
        retention.setWrapText(true);
        totals.getStyleClass().add(StyleClasses.MUTED);
        totals.setWrapText(true);
        configure(reviews, "Reviews per day");
        configure(forecast, "Due in the next " + StatsViewModel.FORECAST_DAYS + " days");
        forecast.setLegendVisible(false);
        forecast.getStyleClass().add("dh-forecast");
        states.setTitle("Cards by state");
        states.setLabelsVisible(false);
        states.setLegendSide(javafx.geometry.Side.RIGHT);
        states.setLegendVisible(true);
        states.setAnimated(false);
        states.setPrefHeight(300);
        states.setPrefHeight(260);
        VBox body = new VBox(16, new VBox(4, retention, totals), card(reviews), card(forecast), card(states));
        body.setPadding(new Insets(8, 24, 24, 24));
        body.setMaxWidth(1200);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
        vm.overviewProperty().addListener((o, a, now) -> show(now));
        if (vm.overviewProperty().get() != null) show(vm.overviewProperty().get());
    }

    private ToggleButton rangeButton(String text, int days, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip("Show the last " + days + " days"));
        b.setOnAction(e -> {
            if (!b.isSelected()) b.setSelected(true); // one range is always chosen
            vm.daysProperty().set(days);
        });
        return b;
    }

    private void show(StatsService.Overview o) {
        if (o == null) return;
        int days = o.studied().size();
        retention.setText(StatsViewModel.retentionText(o.retention(), days));
        int answers = o.studied().stream().mapToInt(StatsService.DailyStudy::total).sum();
        int studyDays = (int) o.studied().stream().filter(d -> d.total() > 0).count();
        totals.setText(answers + " answers on " + studyDays + " of " + days + " days; " + o.states().total()
                + " cards in the collection.");

        XYChart.Series<String, Number> fresh = new XYChart.Series<>();
        fresh.setName("New");
        XYChart.Series<String, Number> learning = new XYChart.Series<>();
        learning.setName("Learning");
        XYChart.Series<String, Number> review = new XYChart.Series<>();
        review.setName("Review");
        java.util.List<String> days30 = labels(o.studied().stream().map(StatsService.DailyStudy::day).toList());
        for (int i = 0; i < o.studied().size(); i++) {
            StatsService.DailyStudy d = o.studied().get(i);
            String day = days30.get(i);
            fresh.getData().add(new XYChart.Data<>(day, d.newCards()));
            learning.getData().add(new XYChart.Data<>(day, d.learning()));
            review.getData().add(new XYChart.Data<>(day, d.review()));
        }
        ((CategoryAxis) reviews.getXAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(days30));
        reviews.getData().setAll(java.util.List.of(fresh, learning, review));

        XYChart.Series<String, Number> due = new XYChart.Series<>();
        due.setName("Due");
        java.util.List<String> ahead = labels(o.forecast().stream().map(StatsService.DailyDue::day).toList());
        for (int i = 0; i < o.forecast().size(); i++) due.getData().add(new XYChart.Data<>(ahead.get(i), o.forecast().get(i).cards()));
        ((CategoryAxis) forecast.getXAxis()).setCategories(javafx.collections.FXCollections.observableArrayList(ahead));
        forecast.getData().setAll(java.util.List.of(due));

        StatsService.StateCounts s = o.states();
        states.getData().clear();
        slice("New", s.newCards());
        slice("Learning", s.learning() + s.relearning());
        slice("Review", s.review());
        slice("Suspended", s.suspended());
    }

    /**
     * Axis labels: a date on every k-th day (about 30 labels whatever the range), the other days
     * blank but distinct (categories must differ), so 90 days stay readable.
     */
    static java.util.List<String> labels(java.util.List<java.time.LocalDate> days) {
        int every = Math.max(1, (int) Math.ceil(days.size() / 30.0));
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            int fromEnd = days.size() - 1 - i; // keep today's (or the last day's) label
            out.add(fromEnd % every == 0 ? days.get(i).format(DAY) : "\u200b".repeat(i + 1));
        }
        return out;
    }

    /** Every state gets its slice (an empty one draws nothing) so its colour never moves; counts are in the legend. */
    private void slice(String name, int n) {
        states.getData().add(new PieChart.Data(name + " (" + n + ")", n));
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis();
        a.setLabel(label);
        a.setMinorTickVisible(false);
        a.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.parseInt(s);
            }
        });
        return a;
    }

    private static void configure(XYChart<String, Number> chart, String title) {
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setPrefHeight(300);
        chart.setVerticalGridLinesVisible(false);
        if (chart instanceof BarChart<?, ?> b) b.setCategoryGap(2);
        if (chart instanceof StackedBarChart<?, ?> b) b.setCategoryGap(2);
        chart.getXAxis().setTickLabelRotation(-60);
    }

    private static VBox card(Region chart) {
        VBox box = new VBox(chart);
        box.getStyleClass().add(StyleClasses.CHART_CARD);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }
}
