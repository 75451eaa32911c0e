package io.deckhand.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.FxTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The "Support older Anki versions" choice: shown for Anki packages only, and it is what the export uses. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExportDialogTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private TestCollection col;
    private FxTaskRunner tasks;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) tasks.close();
        if (col != null) col.close();
    }

    @Test
    void theOlderAnkiChoiceIsOfferedForAnkiPackagesAndTicksTheViewModel() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s"), "Q1", "A1", List.of());
        tasks = new FxTaskRunner();
        ExportViewModel vm = new ExportViewModel(col.services.exchange(), tasks,
                (e, u) -> { throw new AssertionError(e.getMessage()); }, Platform::runLater, List.of("K8s"), "K8s");
        FxToolkit.setupStage(stage -> new ExportDialog(vm, stage).show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> olderAnki().isPresent());

        CheckBox box = olderAnki().orElseThrow();
        assertTrue(box.isVisible());
        assertFalse(box.isSelected(), "the current layout is the default");
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(vm.olderAnkiProperty().get());

        robot.interact(() -> vm.formatProperty().set(ExchangeFormat.CSV));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(box.isVisible(), "a CSV file has no Anki layout");
    }

    @Test
    void aMarkdownExportSaysWhatItWroteDifferently() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s"), "Setup first.\n\nThen: what is a node?", "A machine", List.of());
        tasks = new FxTaskRunner();
        ExportViewModel vm = new ExportViewModel(col.services.exchange(), tasks,
                (e, u) -> { throw new AssertionError(e.getMessage()); }, Platform::runLater, List.of("K8s"), "K8s");
        FxToolkit.setupStage(stage -> new ExportDialog(vm, stage).show());
        robot.interact(() -> {
            vm.formatProperty().set(ExchangeFormat.MARKDOWN);
            vm.fileProperty().set(dir.resolve("k8s.md"));
            vm.start();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.phaseProperty().get() == ExportViewModel.Phase.DONE);
        WaitForAsyncUtils.waitForFxEvents();
        String shown = robot.lookup(n -> n instanceof Label l && l.getText().contains("Written differently")).queryAs(Label.class).getText();
        assertTrue(shown.contains("1 card's front held blank lines, written as one paragraph"), shown);
    }

    private java.util.Optional<CheckBox> olderAnki() {
        return robot.lookup(n -> n instanceof CheckBox c && c.getText().equals("Support older Anki versions"))
                .tryQueryAs(CheckBox.class);
    }
}
