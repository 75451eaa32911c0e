package io.deckhand.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.render.CardPages;
import io.deckhand.domain.card.Card;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;

/** The real preview window, headless: untick a card with Space, edit another, import with Ctrl+Enter. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class NotesImportViewTest extends NotesImportWindowTest {
    @Test
    void untickEditAndImportWithTheKeyboard() throws Exception {
        col = new TestCollection();
        Files.writeString(dir.resolve("pods.md"), """
                # Pods
                What is a Pod?::The smallest deployable unit in Kubernetes.

                What restarts failed containers?::The kubelet.
                """);
        NotesImportViewModel vm = new NotesImportViewModel(col.services.notes(), new SameThreadTaskRunner(),
                Runnable::run, List.of(dir), new CardPages(), false);
        Platform.runLater(() -> view.set(NotesImportView.show(null, vm)));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#notesTree").queryAll().isEmpty()
                && robot.lookup("#notesTree").queryAs(TreeView.class).getRoot() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, col.services.library().cardCount(), "nothing saved before Confirm");

        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#notesTree").queryAs(TreeView.class);
        TextArea back = robot.lookup("#notesBack").queryAs(TextArea.class);
        assertEquals("The smallest deployable unit in Kubernetes.", back.getText(), "first card is shown");
        robot.interact(() -> back.setText("One or more containers scheduled together."));

        // The second card: select it and untick it with Space.
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0).getChildren().get(0)
                .getChildren().get(1)));
        robot.clickOn(tree);
        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(0).getChildren().get(0)
                .getChildren().get(1)));
        robot.type(KeyCode.SPACE);
        assertFalse(vm.items().get(1).selectedProperty().get());
        assertTrue(vm.summaryProperty().get().contains("1 left out"), vm.summaryProperty().get());

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.get().stage().isShowing());
        assertEquals(1, col.services.library().cardCount());
        Card saved = col.services.library().card(firstCard());
        assertEquals("One or more containers scheduled together.", saved.back());
    }

    private io.deckhand.domain.card.CardId firstCard() throws Exception {
        var plan = col.services.notes().plan(List.of(dir), io.deckhand.app.progress.ProgressListener.NONE);
        return plan.cards().stream().filter(c -> c.card() != null).findFirst().orElseThrow().card();
    }
}
