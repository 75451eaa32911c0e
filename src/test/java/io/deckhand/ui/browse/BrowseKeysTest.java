package io.deckhand.ui.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.browse.BrowseRow;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.render.markdown.CardBlockRenderer;
import io.deckhand.render.markdown.MarkdownRenderer;
import io.deckhand.render.page.CardPage;
import io.deckhand.storage.Database;
import io.deckhand.support.MutableClock;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.common.SameThreadTaskRunner;
import io.deckhand.ui.shell.MainWindow;
import io.deckhand.ui.theme.ThemeController;
import io.deckhand.ui.theme.ThemeMode;
import java.nio.file.Path;
import java.time.Instant;
import io.deckhand.support.KeyboardWindowTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Browse driven with the keyboard over a collection file; each test checks what the collection holds after. */
class BrowseKeysTest extends KeyboardWindowTest {

    @Test
    void suspendBuryFlagAndUndoFromTheKeyboard() throws Exception {
        browse("deck:K8s");
        waitUntil(() -> table().getItems().size() == 2);
        extendSelectionDown();
        assertEquals(2, table().getSelectionModel().getSelectedItems().size());

        ctrl(KeyCode.J);
        waitUntil(() -> fronts("is:suspended").size() == 2);
        ctrl(KeyCode.J);
        waitUntil(() -> fronts("is:suspended").isEmpty());
        ctrl(KeyCode.SHIFT, KeyCode.J);
        waitUntil(() -> fronts("is:buried").size() == 2);
        ctrl(KeyCode.DIGIT4);
        waitUntil(() -> fronts("flag:4").size() == 2);
        assertEquals("Flag 2 cards blue", services.study().undoHistory().nextLabel().orElseThrow());
        assertEquals("Undo Flag 2 cards blue", undoMenuText(), "the Edit menu says what Ctrl+Z takes back");

        ctrl(KeyCode.Z);
        waitUntil(() -> fronts("flag:4").isEmpty());
        assertEquals(2, fronts("is:buried").size(), "only the last change was undone");
    }

    @Test
    void moveAndTagThroughTheirDialogs() throws Exception {
        browse("tag:storage");
        waitUntil(() -> table().getItems().size() == 1);
        ctrl(KeyCode.D);
        ctrl(KeyCode.A);
        write("Archive::Old");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fronts("deck:Archive::Old").equals(List.of("What is a PVC?")));

        ctrl(KeyCode.SHIFT, KeyCode.A);
        write("exam cka");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> services.library().card(pvc.id()).tags().equals(List.of("storage", "exam", "cka")));

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.A)
                .release(KeyCode.A, KeyCode.SHIFT, KeyCode.ALT, KeyCode.CONTROL);
        write("storage");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> services.library().card(pvc.id()).tags().equals(List.of("exam", "cka")));
    }

    @Test
    void rescheduleResetAndPreview() throws Exception {
        browse("tag:net");
        waitUntil(() -> table().getItems().size() == 1);
        waitUntil(() -> robot.lookup("#browsePreview").queryAs(CardView.class).shownMarkdown().startsWith("What is a Service?"));

        ctrl(KeyCode.SHIFT, KeyCode.D);
        ctrl(KeyCode.A);
        write("3");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fronts("prop:due=3 is:review").equals(List.of("What is a Service?")));

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT, KeyCode.CONTROL);
        waitUntil(() -> services.library().card(service.id()).scheduling().state() == CardState.NEW);
    }

    @Test
    void deleteThenUndoBringsTheCardsBack() throws Exception {
        browse("");
        waitUntil(() -> table().getItems().size() == 4);
        extendSelectionDown();
        ctrl(KeyCode.DELETE);
        waitUntil(() -> services.library().cardCount() == 2);
        ctrl(KeyCode.Z);
        waitUntil(() -> services.library().cardCount() == 4);
    }

    @Test
    void findDuplicatesListsTheCardsThatShareAFront() throws Exception {
        browse("");
        ctrl(KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> table().getItems().size() == 2);
        assertTrue(table().getItems().stream().allMatch(r -> r.front().toLowerCase().contains("pvc")));
    }

    @Test
    void aSearchThatCannotBeReadSaysWhy() throws Exception {
        browse("is:later");
        waitUntil(() -> visible("#browseProblem"));
        javafx.scene.control.Label l = robot.lookup("#browseProblem").queryAs(javafx.scene.control.Label.class);
        assertTrue(l.getText().startsWith("\"is:later\" is not known"), l.getText());
    }

    /** The Edit menu's first item as the menu shows it (its text is set as the menu opens). */
    private String undoMenuText() {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
            javafx.scene.control.Menu edit = bar.getMenus().stream().filter(m -> m.getText().equals("_Edit")).findFirst().orElseThrow();
            edit.show();
            text.set(edit.getItems().get(0).getText());
            edit.hide();
        });
        return text.get();
    }

}
