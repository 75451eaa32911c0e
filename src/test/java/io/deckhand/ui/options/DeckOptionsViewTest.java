package io.deckhand.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.deckoptions.DeckOptionsService;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the real dialog headless, edits with the controls and saves with Ctrl+S. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeckOptionsViewTest {
    private final FxRobot robot = new FxRobot();
    private TestCollection col;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        // a failed test must not leave its dialog open for the next one
        robot.interact(() -> robot.listTargetWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage st && st.isShowing() && st.getOwner() == null
                        && w.getScene() != null && w.getScene().getRoot() instanceof javafx.scene.control.DialogPane)
                .toList().forEach(w -> ((javafx.stage.Stage) w).close()));
        if (col != null) col.close();
    }

    @Test
    void editsAndSavesTheDecksPreset() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s::Storage"), "Q", "A", List.of());
        DeckOptionsService service = col.services.deckOptions();
        DeckId deck = service.deckNamed("K8s").id();
        DeckOptionsViewModel vm = new DeckOptionsViewModel(service, new SameThreadTaskRunner(),
                (e, unchanged) -> { throw new AssertionError(e.getMessage()); }, deck);
        AtomicReference<Optional<DeckPreset>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(DeckOptionsView.show(null, vm)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#learningSteps").queryAll().isEmpty());

        TextField steps = robot.lookup("#learningSteps").queryAs(TextField.class);
        Button save = robot.lookup(".button").match(n -> n instanceof Button b && "Save".equals(b.getText()))
                .queryAs(Button.class);
        assertEquals("1m 10m", steps.getText());
        robot.interact(() -> steps.setText("1m ten"));
        Label problem = robot.lookup("#problem").queryAs(Label.class);
        assertTrue(problem.isVisible());
        assertTrue(problem.getText().startsWith("Learning steps: \"ten\""), problem.getText());
        assertTrue(save.isDisabled());

        robot.interact(() -> {
            steps.setText("2m 15m 1h");
            robot.lookup(".toggle-button").match(n -> n instanceof ToggleButton t && t.getText().startsWith("SM-2"))
                    .queryAs(ToggleButton.class).fire();
            robot.lookup("#newPerDay").queryAs(Spinner.class).getEditor().setText("35");
        });
        assertFalse(problem.isVisible());
        assertTrue(robot.lookup("#retention").queryAs(Slider.class).isDisabled(), "retention is FSRS only");
        robot.clickOn(steps);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);

        DeckPreset saved = result.get().orElseThrow();
        assertEquals(saved, service.presetOf(deck));
        assertEquals(SchedulerKind.SM2, saved.scheduler());
        assertEquals(35, saved.newPerDay());
        assertEquals(List.of(Duration.ofMinutes(2), Duration.ofMinutes(15), Duration.ofHours(1)), saved.learningSteps());
    }

    @Test
    void aNewPresetIsMadeWithTheKeyboardAndGivenToTheDeck() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("Linux"), "Q", "A", List.of());
        col.services.library().addCard(new DeckName("K8s"), "Q", "A", List.of());
        DeckOptionsService service = col.services.deckOptions();
        DeckId deck = service.deckNamed("K8s").id();
        DeckOptionsViewModel vm = new DeckOptionsViewModel(service, new SameThreadTaskRunner(),
                (e, unchanged) -> { throw new AssertionError(e.getMessage()); }, deck);
        AtomicReference<Optional<DeckPreset>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(DeckOptionsView.show(null, vm)));
        waitUntilShown();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> nameDialog().isPresent());
        javafx.stage.Window ask = nameDialog().orElseThrow();
        robot.targetWindow(ask);
        robot.clickOn(robot.from(ask.getScene().getRoot()).lookup(".text-field").queryAs(TextField.class));
        robot.write("Exam");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> vm.presetProperty().get() != null && "Exam".equals(vm.presetProperty().get().name()));
        waitUntilShown();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> result.get() != null);

        assertEquals("Exam", result.get().orElseThrow().name());
        assertEquals("Exam", service.presetOf(deck).name());
        assertEquals("Default", service.presetOf(service.deckNamed("Linux").id()).name());
    }

    @Test
    void optimiseFitsThePresetToTheHistoryAndShowsTheFigures() throws Exception {
        col = new TestCollection();
        io.deckhand.app.deckoptions.FsrsOptimizeServiceTest.studied(col, "K8s", 150, 8, 21);
        col.services.library().addCard(new DeckName("Fresh"), "Q", "A", List.of());
        DeckOptionsService service = col.services.deckOptions();
        DeckId deck = service.deckNamed("K8s").id();
        DeckPreset before = service.presetOf(deck);
        DeckOptionsViewModel vm = new DeckOptionsViewModel(service, new SameThreadTaskRunner(),
                (e, unchanged) -> { throw new AssertionError(e.getMessage()); }, deck);
        AtomicReference<Optional<DeckPreset>> result = new AtomicReference<>();
        Platform.runLater(() -> result.set(DeckOptionsView.show(null, vm)));
        waitUntilLoaded(vm);
        robot.interact(() -> robot.lookup("#learningSteps").queryAs(TextField.class).setText("3m"));

        Button optimize = robot.lookup("#optimize").queryAs(Button.class);
        assertFalse(optimize.isDisabled());
        robot.interact(optimize::fire);
        Label outcome = robot.lookup("#optimizeOutcome").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !vm.optimizingProperty().get());
        assertTrue(outcome.isVisible());
        assertTrue(outcome.getText().startsWith("Log loss "), outcome.getText());
        assertTrue(outcome.getText().contains("saved to preset \"Default\""), outcome.getText());
        assertFalse(robot.lookup("#cancelOptimize").query().isVisible(), "Cancel shows only while optimising");
        DeckPreset fitted = service.presetOf(deck);
        assertFalse(before.fsrsWeights().equals(fitted.fsrsWeights()), "the fitted parameters are stored");
        assertEquals("3m", robot.lookup("#learningSteps").queryAs(TextField.class).getText(), "unsaved edits stay");
    }

    @Test
    void optimiseWithoutHistorySaysSo() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("Fresh"), "Q", "A", List.of());
        DeckOptionsService service = col.services.deckOptions();
        DeckId deck = service.deckNamed("Fresh").id();
        DeckOptionsViewModel vm = new DeckOptionsViewModel(service, new SameThreadTaskRunner(),
                (e, unchanged) -> { throw new AssertionError(e.getMessage()); }, deck);
        Platform.runLater(() -> DeckOptionsView.show(null, vm));
        waitUntilLoaded(vm);
        robot.interact(() -> robot.lookup("#optimize").queryAs(Button.class).fire());
        Label outcome = robot.lookup("#optimizeOutcome").queryAs(Label.class);
        assertTrue(outcome.getText().startsWith("Too little review history"), outcome.getText());
    }

    private void waitUntilLoaded(DeckOptionsViewModel vm) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#optimize").queryAll().isEmpty()
                && !vm.busyProperty().get());
    }

    private Optional<javafx.stage.Window> nameDialog() {
        return robot.listTargetWindows().stream().filter(w -> w.isShowing() && w.getScene() != null
                && w.getScene().getRoot().getStyleClass().contains("text-input-dialog")).findFirst();
    }

    /** Waits for the options dialog to be on screen with the keyboard focus in its steps field. */
    private void waitUntilShown() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#learningSteps").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing() && n.getScene().getWindow().isFocused())
                .orElse(false));
        robot.interact(() -> robot.lookup("#learningSteps").query().requestFocus());
    }
}
