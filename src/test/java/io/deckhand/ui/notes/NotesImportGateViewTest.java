package io.deckhand.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.render.CardPages;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import io.deckhand.ui.theme.StyleClasses;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;

/** The preview, headless: a card below the quality gate is proposed unticked with its reason on show. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class NotesImportGateViewTest extends NotesImportWindowTest {
    @Test
    void aCardBelowTheGateIsUntickedWithItsReasonVisibleAndCanStillBeTicked() throws Exception {
        col = new TestCollection();
        Files.writeString(dir.resolve("garden.md"), """
                # Soil
                What does compost add to soil?::Organic matter that holds water and feeds soil life.

                What are the 3 points noted above?::Drainage, structure and nutrients.
                """);
        NotesImportViewModel vm = new NotesImportViewModel(col.services.notes(), new SameThreadTaskRunner(),
                Runnable::run, List.of(dir), new CardPages(), false);
        Platform.runLater(() -> view.set(NotesImportView.show(null, vm)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#notesTree").queryAll().isEmpty()
                && robot.lookup("#notesTree").queryAs(TreeView.class).getRoot() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(2, vm.items().size());
        assertTrue(vm.items().get(0).selectedProperty().get(), "a good card stays ticked");
        NotesImportViewModel.Item gated = vm.items().get(1);
        assertFalse(gated.selectedProperty().get(), "a card below the gate starts unticked");
        assertTrue(vm.summaryProperty().get().contains("1 of them below the quality gate"), vm.summaryProperty().get());

        List<Label> shown = robot.lookup("." + StyleClasses.GATE_REASON).queryAllAs(Label.class).stream()
                .filter(Node::isVisible).filter(l -> !"notesGateReason".equals(l.getId())).toList();
        assertEquals(1, shown.size(), "one row shows a reason");
        assertTrue(shown.get(0).getText().contains("layout"), shown.get(0).getText());
        assertTrue(shown.get(0).getWidth() > 0, "the reason is laid out, not collapsed");

        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#notesTree").queryAs(TreeView.class);
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0).getChildren().get(0)
                .getChildren().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        Label detail = robot.lookup("#notesGateReason").queryAs(Label.class);
        assertTrue(detail.isVisible() && detail.getText().contains("below the quality gate"), detail.getText());

        robot.interact(() -> gated.selectedProperty().set(true));
        assertTrue(vm.summaryProperty().get().startsWith("2 to add"), vm.summaryProperty().get());
    }
}
