package io.deckhand.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.render.CardPages;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The preview's "Obsidian SR settings" section, headless: a vault written with a custom separator and
 * end marker gives the wrong cards Deckhand's own way; ticking the plugin's reading, typing its
 * settings and reading again gives the right ones, and the import remembers them for the re-sync.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ObsidianSrSettingsViewTest extends NotesImportWindowTest {
    private static List<String> fronts(NotesImportViewModel vm) {
        return vm.items().stream().map(i -> i.frontProperty().get()).toList();
    }

    @Test
    void theSettingsSectionReadsTheNotesAgainAndTheImportKeepsThem() throws Exception {
        col = new TestCollection();
        Files.writeString(dir.resolve("pods.md"), """
                #cards/k8s
                What restarts failed containers?;;The kubelet

                What are the phases of a Pod?
                ?
                Pending, Running

                Succeeded, Failed
                +++
                """);
        NotesImportViewModel vm = new NotesImportViewModel(col.services.notes(), new SameThreadTaskRunner(),
                Runnable::run, List.of(dir), new CardPages(), false);
        Platform.runLater(() -> view.set(NotesImportView.show(null, vm)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#notesTree").queryAll().isEmpty()
                && robot.lookup("#notesTree").queryAs(TreeView.class).getRoot() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(fronts(vm).contains("What restarts failed containers?"), fronts(vm).toString());

        TitledPane section = robot.lookup("#srSettings").queryAs(TitledPane.class);
        assertFalse(section.isExpanded(), "the section starts collapsed");
        robot.interact(() -> section.setExpanded(true));
        robot.clickOn("#srEnabled");
        assertTrue(robot.lookup("#srEnabled").queryAs(CheckBox.class).isSelected());
        robot.interact(() -> {
            robot.lookup("#srSeparator").queryAs(TextField.class).setText(";;");
            robot.lookup("#srReversed").queryAs(TextField.class).setText(";;;");
            robot.lookup("#srEndMarker").queryAs(TextField.class).setText("+++");
            robot.lookup("#srTags").queryAs(TextField.class).setText("#cards");
        });
        robot.clickOn("#srReread");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.phaseProperty().get() == NotesImportViewModel.Phase.REVIEW
                && robot.lookup("#notesTree").queryAs(TreeView.class).getRoot() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("What restarts failed containers?", "What are the phases of a Pod?"), fronts(vm));
        assertEquals("Pending, Running\n\nSucceeded, Failed", vm.items().get(1).backProperty().get());

        robot.interact(vm::confirm);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.phaseProperty().get() == NotesImportViewModel.Phase.DONE);
        assertEquals(2, col.services.library().cardCount());
        // The re-sync reads the notes the same way without being told.
        assertEquals(";;", col.services.notes().readingFor(dir).settings().singleLineSeparator());
        assertEquals("+++", col.services.notes().readingFor(dir).settings().multilineEndMarker());
    }

    @Test
    void anUnusableSettingIsReportedAndNothingIsReadAgain() throws Exception {
        col = new TestCollection();
        Files.writeString(dir.resolve("pods.md"), "What is a Pod?::The smallest deployable unit.\n");
        NotesImportViewModel vm = new NotesImportViewModel(col.services.notes(), new SameThreadTaskRunner(),
                Runnable::run, List.of(dir), new CardPages(), false);
        vm.start();
        assertEquals(1, vm.items().size());
        robot.interact(() -> {
            vm.srForm().enabledProperty().set(true);
            vm.srForm().separatorProperty().set("");
        });
        assertFalse(vm.rereadWithSrSettings());
        assertEquals("The single-line separator cannot be empty. The notes were not read again.", vm.messageProperty().get());
        assertEquals(1, vm.items().size());
    }
}
