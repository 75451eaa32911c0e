package io.deckhand.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The workload panel headless on a real collection: the sweep, the mark, picking by click, the exam plan. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class WorkloadPanelTest {
    private final FxRobot robot = new FxRobot();
    private TestCollection col;
    private Stage stage;
    private final SimpleDoubleProperty retention = new SimpleDoubleProperty(90);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (stage != null) robot.interact(stage::close);
        if (col != null) col.close();
    }

    private void show(int cards) throws Exception {
        col = new TestCollection();
        for (int i = 0; i < cards; i++) col.services.library().addCard(new DeckName("Chemistry"), "Q" + i, "A" + i, List.of());
        DeckId deck = col.services.deckOptions().deckNamed("Chemistry").id();
        WorkloadPanel panel = new WorkloadPanel(col.services.workload(), new SameThreadTaskRunner(), deck, retention,
                new SimpleObjectProperty<>(10));
        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(panel.node()), 640, 640));
            stage.show();
            panel.load();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#workloadStatus").queryAs(Label.class).getText().startsWith(cards + " cards"));
    }

    @SuppressWarnings("unchecked")
    private LineChart<Number, Number> chart(String id) {
        return robot.lookup(id).queryAs(LineChart.class);
    }

    @Test
    void theSweepIsDrawnWithTheCurrentRetentionMarked() throws Exception {
        show(150);
        LineChart<Number, Number> minutes = chart("#workloadMinutes");
        XYChart.Series<Number, Number> line = minutes.getData().get(0);
        assertEquals(28, line.getData().size());
        assertEquals(70L, line.getData().get(0).getXValue().longValue());
        assertEquals(97L, line.getData().get(27).getXValue().longValue());
        // more retention costs more time
        assertTrue(line.getData().get(27).getYValue().doubleValue() > line.getData().get(0).getYValue().doubleValue());
        assertEquals(90, minutes.getData().get(1).getData().get(0).getXValue().intValue());
        assertEquals(90, chart("#workloadKnowledge").getData().get(1).getData().get(0).getXValue().intValue());
        assertTrue(robot.lookup("#workloadSummary").queryAs(Label.class).getText().startsWith("At 90%: about"));
        assertEquals("Desired retention (%)", ((NumberAxis) minutes.getXAxis()).getLabel());

        robot.interact(() -> retention.set(85));
        assertEquals(85, minutes.getData().get(1).getData().get(0).getXValue().intValue());
        assertTrue(robot.lookup("#workloadSummary").queryAs(Label.class).getText().startsWith("At 85%: about"));
    }

    @Test
    void clickingTheChartPicksThatRetention() throws Exception {
        show(80);
        LineChart<Number, Number> minutes = chart("#workloadMinutes");
        NumberAxis x = (NumberAxis) minutes.getXAxis();
        Point2D onAxis = x.localToScreen(x.getDisplayPosition(80), 0);
        Point2D plotMiddle = minutes.localToScreen(0, minutes.getHeight() / 2);
        robot.clickOn(new Point2D(onAxis.getX(), plotMiddle.getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(80, retention.get());
        assertEquals(80, minutes.getData().get(1).getData().get(0).getXValue().intValue());
    }

    @Test
    void inTheOptionsDialogAPickedRetentionIsSavedToThePreset() throws Exception {
        col = new TestCollection();
        for (int i = 0; i < 40; i++) col.services.library().addCard(new DeckName("Physics"), "Q" + i, "A" + i, List.of());
        var service = col.services.deckOptions();
        DeckId deck = service.deckNamed("Physics").id();
        DeckOptionsViewModel vm = new DeckOptionsViewModel(service, new SameThreadTaskRunner(),
                (e, unchanged) -> { throw new AssertionError(e.getMessage()); }, deck);
        WorkloadPanel panel = new WorkloadPanel(col.services.workload(), new SameThreadTaskRunner(), deck,
                vm.retentionPercentProperty(), vm.newPerDayProperty());
        java.util.concurrent.atomic.AtomicReference<java.util.Optional<io.deckhand.domain.deck.DeckPreset>> result =
                new java.util.concurrent.atomic.AtomicReference<>();
        javafx.application.Platform.runLater(() -> result.set(DeckOptionsView.show(null, vm, panel)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#workloadStatus").tryQueryAs(Label.class).map(l -> l.getText().startsWith("40 cards")).orElse(false));
        LineChart<Number, Number> minutes = chart("#workloadMinutes");
        robot.interact(() -> {
            NumberAxis x = (NumberAxis) minutes.getXAxis();
            // a click at 76 % on the chart, as the mouse handler receives it
            Point2D scene = x.localToScene(x.getDisplayPosition(76), 0);
            minutes.fireEvent(new javafx.scene.input.MouseEvent(javafx.scene.input.MouseEvent.MOUSE_CLICKED,
                    scene.getX(), scene.getY(), 0, 0, javafx.scene.input.MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, true, false, true, null));
        });
        assertEquals(76, robot.lookup("#retention").queryAs(javafx.scene.control.Slider.class).getValue());
        robot.interact(() -> robot.lookup(".button").match(n -> n instanceof Button b && "Save".equals(b.getText()))
                .queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);
        assertEquals(0.76, service.presetOf(deck).desiredRetention());
    }

    @Test
    void anExamDateGivesThePlan() throws Exception {
        show(200);
        robot.interact(() -> robot.lookup("#examDate").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 5, 1)));
        robot.interact(() -> robot.lookup("#examPlan").queryAs(Button.class).fire());
        String plan = robot.lookup("#examPlanText").queryAs(Label.class).getText();
        assertTrue(plan.startsWith("To know 90% of this deck on 1 May 2026, study "), plan);

        robot.interact(() -> robot.lookup("#examDate").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 3, 1)));
        robot.interact(() -> robot.lookup("#examPlan").queryAs(Button.class).fire());
        assertEquals("The exam date must be after today (2026-03-02), not 2026-03-01.",
                robot.lookup("#examPlanText").queryAs(Label.class).getText());
    }

    @Test
    void theChartIsARetentionPickerDrivenByTheKeyboard() throws Exception {
        show(80);
        LineChart<Number, Number> minutes = chart("#workloadMinutes");
        assertTrue(minutes.isFocusTraversable());
        assertEquals(javafx.scene.AccessibleRole.SLIDER, minutes.getAccessibleRole());
        robot.interact(minutes::requestFocus);
        assertTrue(minutes.isFocused());
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertEquals(91, retention.get());
        robot.type(javafx.scene.input.KeyCode.LEFT, 3);
        assertEquals(88, retention.get());
        assertEquals(88, minutes.getData().get(1).getData().get(0).getXValue().intValue());
        assertTrue(minutes.getAccessibleText().startsWith("Desired retention 88%: "), minutes.getAccessibleText());
        assertTrue(minutes.getAccessibleText().endsWith(" minutes a day"), minutes.getAccessibleText());
        robot.type(javafx.scene.input.KeyCode.END);
        assertEquals(97, retention.get());
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        assertEquals(97, retention.get(), "the picker stops at the chart's end");
        assertTrue(robot.lookup("#workloadSummary").queryAs(Label.class).getText().startsWith("At 97%: about"));
        robot.type(javafx.scene.input.KeyCode.HOME);
        assertEquals(70, retention.get());
        robot.type(javafx.scene.input.KeyCode.LEFT);
        assertEquals(70, retention.get());
        // Tab moves on to the second chart, which picks the same retention
        robot.type(javafx.scene.input.KeyCode.TAB);
        LineChart<Number, Number> known = chart("#workloadKnowledge");
        assertTrue(known.isFocused());
        robot.type(javafx.scene.input.KeyCode.RIGHT, 2);
        assertEquals(72, retention.get());
        assertTrue(known.getAccessibleText().startsWith("Desired retention 72%: "), known.getAccessibleText());
        assertTrue(known.getAccessibleText().endsWith("of the deck known after a year"), known.getAccessibleText());
    }

    @Test
    void theAnswerTimesUsedAreNamed() throws Exception {
        show(30);
        assertTrue(robot.lookup("#workloadTimes").queryAs(Label.class).getText()
                .startsWith("Answer times: fsrs-rs's defaults"));
    }

    @Test
    void inTheOptionsDialogTheFormsUnsavedValuesAreSimulated() throws Exception {
        col = new TestCollection();
        for (int i = 0; i < 60; i++) col.services.library().addCard(new DeckName("Art"), "Q" + i, "A" + i, List.of());
        var service = col.services.deckOptions();
        DeckId deck = service.deckNamed("Art").id();
        DeckOptionsViewModel vm = new DeckOptionsViewModel(service, new SameThreadTaskRunner(),
                (e, unchanged) -> { throw new AssertionError(e.getMessage()); }, deck);
        WorkloadPanel panel = new WorkloadPanel(col.services.workload(), new SameThreadTaskRunner(), deck,
                vm.retentionPercentProperty(), vm.newPerDayProperty());
        panel.followForm(vm::workloadScenario, vm.presetProperty(), vm.newPerDayProperty(),
                vm.reviewsPerDayProperty(), vm.maximumIntervalProperty(), vm.relearningStepsProperty());
        javafx.application.Platform.runLater(() -> DeckOptionsView.show(null, vm, panel));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workloadStatus").tryQueryAs(Label.class)
                .map(l -> l.getText().contains("20 new a day")).orElse(false));
        // typed, not saved: the panel runs again once typing settles, with the form's 5 a day
        robot.interact(() -> vm.newPerDayProperty().set(50));
        robot.interact(() -> vm.newPerDayProperty().set(5));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workloadStatus").queryAs(Label.class)
                .getText().contains("5 new a day"));
        assertEquals(20, service.presetOf(deck).newPerDay(), "nothing saved");
        // a form with a problem is not simulated, and says so
        robot.interact(() -> vm.relearningStepsProperty().set("ten minutes"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#workloadStatus").queryAs(Label.class)
                .getText().equals("Fix the options above to simulate them."));
        robot.interact(() -> ((Stage) panel.node().getScene().getWindow()).close());
    }

    @Test
    void aStaleRunsResultIsDropped() throws Exception {
        col = new TestCollection();
        for (int i = 0; i < 30; i++) col.services.library().addCard(new DeckName("Stale"), "Q" + i, "A" + i, List.of());
        DeckId deck = col.services.deckOptions().deckNamed("Stale").id();
        // a runner that holds results back, so the second run can finish before the first
        List<Runnable> held = new java.util.ArrayList<>();
        io.deckhand.ui.common.TaskRunner holding = new io.deckhand.ui.common.TaskRunner() {
            @Override
            public <T> void run(Work<T> work, java.util.function.Consumer<? super T> ok,
                                java.util.function.Consumer<io.deckhand.app.error.DeckhandException> failed) {
                try {
                    T result = work.call();
                    held.add(() -> ok.accept(result));
                } catch (io.deckhand.app.error.DeckhandException e) {
                    held.add(() -> failed.accept(e));
                }
            }
        };
        var perDay = new SimpleObjectProperty<>(3);
        WorkloadPanel panel = new WorkloadPanel(col.services.workload(), holding, deck, retention, perDay);
        robot.interact(() -> {
            stage = new Stage();
            stage.setScene(new Scene(new StackPane(panel.node()), 640, 640));
            stage.show();
            panel.load();
            perDay.set(7);
            panel.load();
        });
        assertEquals(2, held.size());
        assertTrue(robot.lookup("#workloadRunning").queryAs(javafx.scene.control.ProgressIndicator.class).isVisible());
        robot.interact(() -> held.get(1).run());
        robot.interact(() -> held.get(0).run());
        String status = robot.lookup("#workloadStatus").queryAs(Label.class).getText();
        assertTrue(status.contains("7 new a day"), status);
        assertTrue(!robot.lookup("#workloadRunning").queryAs(javafx.scene.control.ProgressIndicator.class).isVisible());
    }
}
