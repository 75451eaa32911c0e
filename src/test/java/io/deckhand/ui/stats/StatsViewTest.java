package io.deckhand.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.FxTaskRunner;
import io.deckhand.ui.theme.ThemeController;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Statistics screen loads on the worker and shows every chart with the service's numbers. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class StatsViewTest {
    private final FxRobot robot = new FxRobot();
    private TestCollection col;
    private FxTaskRunner tasks;
    private Stage stage;
    private StatsViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        col = new TestCollection();
        for (int i = 0; i < 6; i++) col.services.library().addCard(new DeckName("K8s"), "Q" + i, "A" + i, List.of("pods"));
        col.services.library().addCard(new DeckName("Linux"), "Q", "A", List.of());
        var deck = col.services.deckOptions().deckNamed("K8s").id();
        Rating[] ratings = {Rating.GOOD, Rating.AGAIN, Rating.EASY, Rating.GOOD};
        for (Rating r : ratings) {
            var c = col.services.study().next(deck).orElseThrow();
            col.services.study().answer(c.card().id(), r, Duration.ofSeconds(5));
        }
        tasks = new FxTaskRunner();
        vm = new StatsViewModel(col.services.stats(), tasks, (e, u) -> { throw new AssertionError(e.getMessage()); });
        robot.interact(() -> {
            stage = new Stage();
            StatsView view = new StatsView(vm, () -> { });
            Scene scene = new Scene(view, 1280, 900);
            scene.getStylesheets().add(ThemeController.APP_STYLESHEET);
            stage.setScene(scene);
            stage.show();
            vm.refresh();
            assertTrue(vm.loadingProperty().get(), "the figures are read on the worker, not here");
        });
        waitUntil(() -> vm.reportProperty().get() != null && !vm.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        robot.interact(() -> robot.listTargetWindows().stream().filter(w -> w instanceof Stage s && s.isShowing())
                .toList().forEach(w -> ((Stage) w).close()));
        tasks.close();
        col.close();
    }

    private <T extends Node> T find(String id) {
        return robot.lookup("#" + id).query();
    }

    private static long sum(XYChart<String, Number> chart) {
        return chart.getData().stream().flatMap(s -> s.getData().stream()).mapToLong(d -> d.getYValue().longValue()).sum();
    }

    @Test
    void everyChartIsThereWithLabelledAxesAndAgreeingNumbers() {
        Label summary = find("statsSummary");
        assertEquals("4 answers on 1 day in the last year, 0 min of study; 7 cards.", summary.getText());
        Node heatmap = find("statsHeatmap");
        List<Node> cells = robot.lookup(".dh-heatmap-cell").queryAll().stream().toList();
        assertEquals(365, cells.size());
        assertEquals(4L, cells.stream().mapToLong(c -> (long) c.getProperties().get("answers")).sum());
        assertTrue(heatmap.isVisible());
        StackedBarChart<String, Number> reviews = find("statsReviews");
        assertEquals(4, sum(reviews));
        assertEquals("Answers", reviews.getYAxis().getLabel());
        assertEquals("Day", reviews.getXAxis().getLabel());
        BarChart<String, Number> forecast = find("statsForecast");
        assertEquals("Cards due", forecast.getYAxis().getLabel());
        assertEquals(vm.reportProperty().get().forecast().total(30), sum(forecast));
        assertTrue(forecast.getTitle().startsWith("Due in the next 30 days"), forecast.getTitle());
        BarChart<String, Number> buttons = find("statsButtons");
        assertEquals(4, sum(buttons));
        PieChart states = find("statsStates");
        assertEquals(7, states.getData().stream().mapToDouble(PieChart.Data::getPieValue).sum(), 1e-9);
        for (String id : List.of("statsStability", "statsDifficulty", "statsRetrievability")) {
            BarChart<String, Number> h = find(id);
            assertEquals("Cards", h.getYAxis().getLabel());
            assertEquals(vm.reportProperty().get().distributions().cards(), sum(h), id);
        }
        BarChart<String, Number> time = find("statsTime");
        assertEquals("Minutes", time.getYAxis().getLabel());
        VBox topics = find("statsTopics");
        assertFalse(topics.getChildren().isEmpty());
        assertTrue(robot.lookup("#statsRetention").tryQuery().isPresent());
    }

    @Test
    void choosingADeckReloadsItsFigures() {
        ComboBox<String> deck = find("statsDeck");
        assertEquals(List.of(StatsViewModel.WHOLE_COLLECTION, "K8s", "Linux"), deck.getItems());
        robot.interact(() -> deck.setValue("Linux"));
        waitUntil(() -> vm.reportProperty().get().deck().isPresent() && !vm.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = find("statsSummary");
        assertEquals("No reviews in the last year yet; 1 card.", summary.getText());
        StackedBarChart<String, Number> reviews = find("statsReviews");
        assertEquals(0, sum(reviews));
        assertTrue(reviews.getTitle().contains("none"), reviews.getTitle());
    }

    @Test
    void cardInfoShowsTheHistoryAndTheForgettingCurve() throws Exception {
        var card = col.services.browse().search("Q0").get(0).id();
        robot.interact(() -> vm.cardInfo(card, info -> new CardInfoDialog(info, stage, col.clock.getZone()).show()));
        waitUntil(() -> robot.lookup("#cardInfoHistory").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> history = find("cardInfoHistory");
        assertEquals(col.services.stats().cardInfo(card).history().size(), history.getItems().size());
        assertEquals(1, history.getItems().size());
        LineChart<Number, Number> curve = find("cardInfoCurve");
        assertEquals("Days since the last review", curve.getXAxis().getLabel());
        assertEquals("Recall probability (%)", curve.getYAxis().getLabel());
        assertEquals(100.0, curve.getData().get(0).getData().get(0).getYValue().doubleValue(), 1e-6);
    }

    @Test
    void theHeatmapAndForecastAreReadDayByDayByKeyboard() {
        var report = vm.reportProperty().get();
        var format = java.time.format.DateTimeFormatter.ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH);
        Label heatDay = find("statsHeatmapDay");
        assertTrue(heatDay.getText().startsWith("Tab to the calendar"), heatDay.getText());
        Node heatmap = find("statsHeatmap");
        robot.interact(heatmap::requestFocus);
        assertTrue(heatmap.isFocused());
        // focus starts on the last day (today), where the four answers were given
        assertTrue(heatDay.getText().startsWith("4 answers"), heatDay.getText());
        assertTrue(heatDay.getText().endsWith(" on " + report.today().format(format)), heatDay.getText());
        assertEquals(heatDay.getText(), heatmap.getAccessibleText());
        robot.type(javafx.scene.input.KeyCode.UP);
        assertEquals("No answers on " + report.today().minusDays(1).format(format), heatDay.getText());
        robot.type(javafx.scene.input.KeyCode.LEFT);
        assertEquals("No answers on " + report.today().minusDays(8).format(format), heatDay.getText());
        robot.type(javafx.scene.input.KeyCode.END);
        assertTrue(heatDay.getText().startsWith("4 answers"), heatDay.getText());
        assertEquals(1, robot.lookup(".dh-heat-picked").queryAll().size());

        BarChart<String, Number> forecast = find("statsForecast");
        Label dueDay = find("statsForecastDay");
        robot.interact(forecast::requestFocus);
        var first = report.forecast().days().get(0);
        assertTrue(dueDay.getText().endsWith(" due on " + first.day().format(format) + " (today)"), dueDay.getText());
        assertTrue(dueDay.getText().startsWith(first.cards() == 0 ? "No cards" : first.cards() + " card"), dueDay.getText());
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        var second = report.forecast().days().get(1);
        assertTrue(dueDay.getText().endsWith(" due on " + second.day().format(format)), dueDay.getText());
        assertEquals(dueDay.getText(), forecast.getAccessibleText());
        robot.type(javafx.scene.input.KeyCode.END);
        assertTrue(dueDay.getText().endsWith(report.forecast().days().get(29).day().format(format)), dueDay.getText());
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertTrue(dueDay.getText().endsWith(report.forecast().days().get(29).day().format(format)), "stops at the last day");
    }

    private static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }
}
