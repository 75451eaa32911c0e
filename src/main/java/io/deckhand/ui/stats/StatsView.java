package io.deckhand.ui.stats;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.deckhand.app.stats.StatsReport;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.theme.StyleClasses;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * Statistics: a year's heatmap, the due forecast, answers and time per day, true retention, cards
 * by state, button use, FSRS memory distributions and topics weakest first, for the collection or
 * one deck. The figures are read off the FX thread; a spinner shows while they load.
 */
public final class StatsView extends BorderPane {
    static final String SHEET = Objects.requireNonNull(StatsView.class.getResource("stats.css"), "stats.css")
            .toExternalForm();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** The topics list shows the weakest this many (the CLI prints them all). */
    static final int TOPICS_SHOWN = 20;

    private final StatsViewModel vm;
    private final Label summary = new Label();
    private final Heatmap heatmap = new Heatmap();
    private final Label heatReadout = new Label();
    private final Label forecastReadout = new Label();
    /** The forecast's days as shown, for reading one by keyboard; -1 until one is picked. */
    private List<StatsReport.Due> forecastDays = List.of();
    private int forecastPicked = -1;
    private final BarChart<String, Number> forecast = new BarChart<>(categoryAxis("Day"), axis("Cards due"));
    private final StackedBarChart<String, Number> reviews = new StackedBarChart<>(categoryAxis("Day"), axis("Answers"));
    private final BarChart<String, Number> time = new BarChart<>(categoryAxis("Day"), axis("Minutes"));
    private final GridPane retention = new GridPane();
    private final PieChart states = new PieChart();
    private final BarChart<String, Number> buttons = new BarChart<>(categoryAxis("Card answered"), axis("Answers"));
    private final BarChart<String, Number> stability = new BarChart<>(categoryAxis("Stability (days until recall falls to 90%)"), axis("Cards"));
    private final BarChart<String, Number> difficulty = new BarChart<>(categoryAxis("Difficulty (1 easy - 10 hard)"), axis("Cards"));
    private final BarChart<String, Number> retrievability = new BarChart<>(categoryAxis("Recall probability now"), axis("Cards"));
    private final VBox topics = new VBox(6);
    private final VBox simulatorSlot = new VBox();
    private final ProgressIndicator loading = new ProgressIndicator();

    public StatsView(StatsViewModel vm, Runnable onBack) {
        this.vm = vm;
        setId("statsView");
        getStyleClass().add(StyleClasses.PAGE);
        getStylesheets().add(SHEET);
        Button back = new Button("Decks");
        back.setGraphic(Icons.of(MaterialDesignA.ARROW_LEFT));
        back.getStyleClass().add(Styles.FLAT);
        back.setTooltip(new Tooltip("Back to the decks (Esc)"));
        back.setOnAction(e -> onBack.run());
        Label title = new Label("Statistics");
        title.getStyleClass().addAll(StyleClasses.PAGE_TITLE, Styles.TITLE_2);
        ComboBox<String> deck = new ComboBox<>(vm.deckChoices());
        deck.setId("statsDeck");
        deck.setTooltip(new Tooltip("The whole collection, or one deck with its sub-decks"));
        deck.valueProperty().bindBidirectional(vm.deckProperty());
        deck.setPrefWidth(240);
        loading.setId("statsLoading");
        loading.setPrefSize(22, 22);
        loading.visibleProperty().bind(vm.loadingProperty());
        ToggleGroup range = new ToggleGroup();
        ToggleButton d30 = rangeButton("30 days", 30, range);
        ToggleButton d90 = rangeButton("90 days", 90, range);
        d30.getStyleClass().add(Styles.LEFT_PILL);
        d90.getStyleClass().add(Styles.RIGHT_PILL);
        (vm.daysProperty().get() == 90 ? d90 : d30).setSelected(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, back, title, deck, loading, spacer, new HBox(d30, d90));
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 12, 16));
        setTop(top);

        summary.setId("statsSummary");
        summary.getStyleClass().add(Styles.TITLE_4);
        summary.setWrapText(true);
        forecast.setId("statsForecast");
        reviews.setId("statsReviews");
        time.setId("statsTime");
        retention.setId("statsRetention");
        states.setId("statsStates");
        buttons.setId("statsButtons");
        stability.setId("statsStability");
        difficulty.setId("statsDifficulty");
        retrievability.setId("statsRetrievability");
        topics.setId("statsTopics");
        simulatorSlot.setId("statsSimulator"); // the workload simulator's chart goes here
        simulatorSlot.setVisible(false);
        simulatorSlot.setManaged(false);
        for (XYChart<String, Number> c : List.of(forecast, reviews, time, buttons, stability, difficulty, retrievability)) {
            configure(c);
        }
        forecast.setLegendVisible(false);
        forecast.getStyleClass().add("dh-forecast");
        time.setLegendVisible(false);
        time.getStyleClass().add("dh-single-chart");
        reviews.getStyleClass().add("dh-reviews-chart");
        buttons.getStyleClass().add("dh-buttons-chart");
        buttons.setCategoryGap(24);
        for (BarChart<String, Number> c : List.of(stability, difficulty, retrievability)) {
            c.setLegendVisible(false);
            c.getStyleClass().add("dh-single-chart");
            c.getXAxis().setTickLabelRotation(0);
        }
        states.getStyleClass().add("dh-states-chart");
        states.setLabelsVisible(false);
        states.setLegendSide(Side.RIGHT);
        states.setAnimated(false);
        states.setPrefHeight(280);
        retention.setHgap(24);
        retention.setVgap(8);
        retention.getStyleClass().add("dh-stats-table");

        VBox heat = section("Reviews in the last year", heatmap);
        ScrollPane heatScroll = new ScrollPane(heatmap);
        heatScroll.setFitToHeight(true);
        heatScroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        heat.getChildren().set(1, heatScroll);
        heatReadout.setId("statsHeatmapDay");
        heatReadout.getStyleClass().add("dh-muted");
        heatReadout.textProperty().bind(javafx.beans.binding.Bindings.when(heatmap.readoutProperty().isEmpty())
                .then("Tab to the calendar and use the arrow keys to read a day.").otherwise(heatmap.readoutProperty()));
        heat.getChildren().add(heatReadout);
        forecastReadout.setId("statsForecastDay");
        forecastReadout.getStyleClass().add("dh-muted");
        forecastReadout.setText("Tab to the chart and use Left and Right to read a day.");
        forecast.setFocusTraversable(true);
        forecast.setAccessibleRole(javafx.scene.AccessibleRole.LIST_VIEW);
        forecast.setAccessibleHelp("Left and Right move a day, Home and End to the first and last day.");
        forecast.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, this::walkForecast);
        forecast.focusedProperty().addListener((obs, was, is) -> {
            if (is && forecastPicked < 0) pickForecast(0);
        });
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        VBox forecastCard = card(forecast);
        forecastCard.getChildren().add(forecastReadout);
        grid.addRow(0, forecastCard, card(reviews));
        grid.addRow(1, section("True retention (review cards answered other than Again)", retention), card(time));
        grid.addRow(2, card(states), card(buttons));
        grid.addRow(3, card(stability), card(difficulty));
        grid.addRow(4, card(retrievability), section("Topics, weakest first", topics));
        VBox body = new VBox(16, summary, heat, grid, simulatorSlot);
        body.setPadding(new Insets(8, 24, 24, 24));
        body.setMaxWidth(1400);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        setCenter(scroll);
        vm.reportProperty().addListener((o, a, now) -> show(now));
        vm.daysProperty().addListener((o, a, now) -> show(vm.reportProperty().get()));
        if (vm.reportProperty().get() != null) show(vm.reportProperty().get());
    }

    /** Where the workload simulator's chart will be placed (hidden until something is put in it). */
    public VBox simulatorSlot() {
        return simulatorSlot;
    }

    private ToggleButton rangeButton(String text, int days, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip("Day charts cover the last / next " + days + " days"));
        b.setOnAction(e -> {
            if (!b.isSelected()) b.setSelected(true); // one range is always chosen
            vm.daysProperty().set(days);
        });
        return b;
    }

    private void show(StatsReport r) {
        if (r == null) return;
        int days = vm.daysProperty().get();
        summary.setText(StatsViewModel.summary(r));
        heatmap.show(r.days(), r.today());
        showForecast(r.forecast(), days);
        showReviews(r.lastDays(days), days);
        showRetention(r.retention());
        showStates(r.states());
        showButtons(r.buttons());
        StatsReport.Distributions d = r.distributions();
        histogram(stability, "Stability", d.stability(), d.cards());
        histogram(difficulty, "Difficulty", d.difficulty(), d.cards());
        histogram(retrievability, "Retrievability", d.retrievability(), d.cards());
        showTopics(r.topics());
    }

    private void walkForecast(javafx.scene.input.KeyEvent e) {
        if (forecastDays.isEmpty()) return;
        int from = Math.max(forecastPicked, 0);
        int to = switch (e.getCode()) {
            case LEFT, KP_LEFT, UP, KP_UP -> from - 1;
            case RIGHT, KP_RIGHT, DOWN, KP_DOWN -> from + 1;
            case HOME -> 0;
            case END -> forecastDays.size() - 1;
            default -> Integer.MIN_VALUE;
        };
        if (to == Integer.MIN_VALUE) return;
        e.consume();
        pickForecast(Math.max(0, Math.min(forecastDays.size() - 1, to)));
    }

    private void pickForecast(int index) {
        if (forecastDays.isEmpty()) return;
        if (forecastPicked >= 0 && forecastPicked < forecastDays.size()) highlightBar(forecastPicked, false);
        forecastPicked = index;
        highlightBar(index, true);
        StatsReport.Due d = forecastDays.get(index);
        String text = (d.cards() == 0 ? "No cards" : d.cards() + (d.cards() == 1 ? " card" : " cards")) + " due on "
                + d.day().format(java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH))
                + (index == 0 ? " (today)" : "");
        forecastReadout.setText(text);
        forecast.setAccessibleText(text);
        forecast.notifyAccessibleAttributeChanged(javafx.scene.AccessibleAttribute.TEXT);
    }

    private void highlightBar(int index, boolean on) {
        if (forecast.getData().isEmpty() || index >= forecast.getData().get(0).getData().size()) return;
        Node bar = forecast.getData().get(0).getData().get(index).getNode();
        if (bar == null) return;
        if (on) bar.getStyleClass().add("dh-bar-picked");
        else bar.getStyleClass().remove("dh-bar-picked");
    }

    private void showForecast(StatsReport.Forecast f, int days) {
        List<StatsReport.Due> shown = f.days().subList(0, Math.min(days, f.days().size()));
        forecastDays = List.copyOf(shown);
        forecastPicked = -1;
        forecastReadout.setText("Tab to the chart and use Left and Right to read a day.");
        long total = f.total(days);
        forecast.setTitle("Due in the next " + days + " days: " + (total == 0 ? "none" : total + (total == 1 ? " card" : " cards"))
                + (f.overdue() > 0 ? " (" + f.overdue() + " overdue, shown today)" : ""));
        List<String> labels = labels(shown.stream().map(StatsReport.Due::day).toList());
        XYChart.Series<String, Number> due = new XYChart.Series<>();
        due.setName("Due");
        for (int i = 0; i < shown.size(); i++) due.getData().add(new XYChart.Data<>(labels.get(i), shown.get(i).cards()));
        setSeries(forecast, labels, List.of(due));
    }

    private void showReviews(List<StatsReport.Day> shown, int days) {
        long answers = shown.stream().mapToLong(StatsReport.Day::total).sum();
        long ms = shown.stream().mapToLong(StatsReport.Day::durationMs).sum();
        reviews.setTitle("Answers per day: " + (answers == 0 ? "none" : answers) + " in the last " + days + " days");
        time.setTitle("Study time per day: " + (ms == 0 ? "none" : StatsViewModel.duration(Math.round(ms / 60_000.0)))
                + " in the last " + days + " days");
        List<String> labels = labels(shown.stream().map(StatsReport.Day::day).toList());
        List<XYChart.Series<String, Number>> kinds = new ArrayList<>();
        List<Function<StatsReport.Day, Long>> values = List.of(StatsReport.Day::newCards, StatsReport.Day::learning,
                StatsReport.Day::young, StatsReport.Day::mature);
        String[] names = {"New", "Learning", "Young", "Mature"};
        for (int k = 0; k < names.length; k++) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(names[k]);
            for (int i = 0; i < shown.size(); i++) s.getData().add(new XYChart.Data<>(labels.get(i), values.get(k).apply(shown.get(i))));
            kinds.add(s);
        }
        setSeries(reviews, labels, kinds);
        XYChart.Series<String, Number> minutes = new XYChart.Series<>();
        minutes.setName("Minutes");
        for (int i = 0; i < shown.size(); i++) {
            minutes.getData().add(new XYChart.Data<>(labels.get(i), Math.round(shown.get(i).durationMs() / 6_000.0) / 10.0));
        }
        setSeries(time, labels, List.of(minutes));
    }

    private void showRetention(List<StatsReport.Retention> periods) {
        retention.getChildren().clear();
        String[] head = {"Period", "Young", "Mature", "All"};
        for (int c = 0; c < head.length; c++) {
            Label l = new Label(head[c]);
            l.getStyleClass().add("dh-stats-head");
            retention.add(l, c, 0);
        }
        int row = 1;
        for (StatsReport.Retention p : periods) {
            retention.add(new Label(p.period()), 0, row);
            retention.add(passCell(p.young()), 1, row);
            retention.add(passCell(p.mature()), 2, row);
            retention.add(passCell(p.total()), 3, row);
            row++;
        }
        Label note = new Label("Young: interval under 21 days; mature: 21 days or more. Shown as % remembered of reviews.");
        note.getStyleClass().add(StyleClasses.MUTED);
        note.setWrapText(true);
        retention.add(note, 0, row, 4, 1);
    }

    private static Node passCell(StatsReport.Pass p) {
        Label text = new Label(StatsViewModel.passText(p));
        if (p.reviews() == 0) return text;
        ProgressBar bar = new ProgressBar(p.rate().orElse(0.0));
        bar.setPrefWidth(90);
        bar.getStyleClass().add("dh-topic-bar");
        VBox box = new VBox(2, text, bar);
        return box;
    }

    private void showStates(StatsReport.States s) {
        states.setTitle("Cards by state: " + s.total());
        states.getData().clear();
        slice("New", s.newCards());
        slice("Learning", s.learning());
        slice("Relearning", s.relearning());
        slice("Young", s.young());
        slice("Mature", s.mature());
        slice("Suspended", s.suspended());
        slice("Buried", s.buried());
    }

    /** Every state gets its slice (an empty one draws nothing) so its colour never moves; counts are in the legend. */
    private void slice(String name, long n) {
        states.getData().add(new PieChart.Data(name + " (" + n + ")", n));
    }

    private void showButtons(List<StatsReport.Buttons> rows) {
        long total = rows.stream().mapToLong(StatsReport.Buttons::total).sum();
        buttons.setTitle("Answer buttons in the last year: " + (total == 0 ? "none" : total));
        String[] names = {"Again", "Hard", "Good", "Easy"};
        List<Function<StatsReport.Buttons, Long>> values = List.of(StatsReport.Buttons::again, StatsReport.Buttons::hard,
                StatsReport.Buttons::good, StatsReport.Buttons::easy);
        List<String> kinds = rows.stream().map(StatsReport.Buttons::kind).toList();
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        for (int b = 0; b < names.length; b++) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(names[b]);
            for (StatsReport.Buttons row : rows) s.getData().add(new XYChart.Data<>(row.kind(), values.get(b).apply(row)));
            series.add(s);
        }
        setSeries(buttons, kinds, series);
    }

    private static void histogram(BarChart<String, Number> chart, String name, List<StatsReport.Bin> bins, long cards) {
        chart.setTitle(name + (cards == 0 ? ": no cards with an FSRS memory yet" : " of " + cards + (cards == 1 ? " card" : " cards")));
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName("Cards");
        for (StatsReport.Bin b : bins) s.getData().add(new XYChart.Data<>(b.label(), b.cards()));
        setSeries(chart, bins.stream().map(StatsReport.Bin::label).toList(), List.of(s));
    }

    private void showTopics(List<StatsReport.Topic> all) {
        topics.getChildren().clear();
        if (all.isEmpty()) {
            Label empty = new Label("No cards here yet.");
            empty.getStyleClass().add("dh-stats-empty");
            topics.getChildren().add(empty);
            return;
        }
        for (StatsReport.Topic t : all.subList(0, Math.min(TOPICS_SHOWN, all.size()))) {
            Label kind = new Label(switch (t.kind()) {
                case DECK -> "deck";
                case TAG -> "tag";
                case HEADING -> "heading";
            });
            kind.getStyleClass().add("dh-topic-kind");
            kind.setMinWidth(56);
            Label name = new Label(t.kind() == StatsReport.TopicKind.TAG ? "#" + t.name() : t.name());
            name.setMaxWidth(260);
            name.setMinWidth(120);
            HBox.setHgrow(name, Priority.ALWAYS);
            ProgressBar mature = new ProgressBar(t.matureShare());
            mature.getStyleClass().add("dh-topic-bar");
            mature.setPrefWidth(120);
            mature.setTooltip(new Tooltip(t.mature() + " of " + t.cards() + " cards mature"));
            String ret = t.retention().map(v -> Math.round(v * 100) + "% of " + t.reviews() + " reviews").orElse("no reviews");
            Label figures = new Label(Math.round(t.matureShare() * 100) + "% mature \u00b7 " + ret);
            figures.setMinWidth(Region.USE_PREF_SIZE);
            if (t.retention().isPresent() && t.retention().get() < 0.8) figures.getStyleClass().add("dh-topic-weak");
            HBox row = new HBox(10, kind, name, mature, figures);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("dh-topic-row");
            topics.getChildren().add(row);
        }
        if (all.size() > TOPICS_SHOWN) {
            Label more = new Label((all.size() - TOPICS_SHOWN) + " more topics (deckhand stats lists them all)");
            more.getStyleClass().add(StyleClasses.MUTED);
            topics.getChildren().add(more);
        }
    }

    private static void setSeries(XYChart<String, Number> chart, List<String> categories, List<XYChart.Series<String, Number>> series) {
        ((CategoryAxis) chart.getXAxis()).setCategories(FXCollections.observableArrayList(categories));
        chart.getData().setAll(series);
    }

    /**
     * Axis labels: a date on every k-th day (about 30 labels whatever the range), the other days
     * blank but distinct (categories must differ), so 90 days stay readable.
     */
    static List<String> labels(List<LocalDate> days) {
        int every = Math.max(1, (int) Math.ceil(days.size() / 15.0));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            out.add(i % every == 0 ? days.get(i).format(DAY) : "\u200b".repeat(i + 1));
        }
        return out;
    }

    private static CategoryAxis categoryAxis(String label) {
        CategoryAxis a = new CategoryAxis();
        a.setLabel(label);
        a.setAnimated(false);
        return a;
    }

    private static NumberAxis axis(String label) {
        NumberAxis a = new NumberAxis();
        a.setLabel(label);
        a.setMinorTickVisible(false);
        a.setAnimated(false);
        a.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? String.valueOf(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Long.parseLong(s);
            }
        });
        return a;
    }

    private static void configure(XYChart<String, Number> chart) {
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        chart.setVerticalGridLinesVisible(false);
        if (chart instanceof BarChart<?, ?> b) b.setCategoryGap(2);
        if (chart instanceof StackedBarChart<?, ?> b) b.setCategoryGap(2);
        chart.getXAxis().setTickLabelRotation(-45);
    }

    private static VBox card(Region chart) {
        VBox box = new VBox(chart);
        box.getStyleClass().add(StyleClasses.CHART_CARD);
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    private static VBox section(String title, Node content) {
        Label l = new Label(title);
        l.getStyleClass().add("dh-stats-section-title");
        l.setWrapText(true);
        VBox box = new VBox(10, l, content);
        box.getStyleClass().add(StyleClasses.CHART_CARD);
        box.setPadding(new Insets(12));
        return box;
    }
}
