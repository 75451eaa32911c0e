package io.deckhand.ui.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.support.KeyboardWindowTest;
import java.util.List;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Ctrl+Z in Browse's search field undoes the typing, as in Anki's browser and every text field; the
 * collection's undo (the Edit menu) is Ctrl+Z everywhere else.
 */
class BrowseSearchUndoTest extends KeyboardWindowTest {
    private TextField field() {
        return robot.lookup("#browseSearch").queryAs(TextField.class);
    }

    @Test
    void ctrlZInTheSearchFieldUndoesTheTypingNotTheLastChange() throws Exception {
        browse("tag:storage");
        waitUntil(() -> table().getItems().size() == 1);
        ctrl(KeyCode.SHIFT, KeyCode.J); // bury the selected card: a change on the undo history
        waitUntil(() -> fronts("is:buried").size() == 1);

        ctrl(KeyCode.F);
        ctrl(KeyCode.A);
        write("deck:Linux");
        WaitForAsyncUtils.waitForFxEvents();
        ctrl(KeyCode.Z);
        assertEquals(1, fronts("is:buried").size(), "the bury is still there");
        assertEquals("tag:storage", field().getText(), "the typing was undone");

        // In the table, Ctrl+Z is the collection's undo again.
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table().requestFocus());
        ctrl(KeyCode.Z);
        waitUntil(() -> fronts("is:buried").isEmpty());
        assertEquals(List.of(), fronts("is:buried"));
    }
}
