package io.deckhand.ui.deck;

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

/** The deck tree's rename, new sub-deck, move, delete and drag and drop, checked in the collection file after. */
class DeckKeysTest extends KeyboardWindowTest {

    /** Puts the keyboard on the deck tree with the deck at {@code row} (tree order) selected. */
    private void selectDeck(int row) {
        robot.interact(() -> {
            javafx.scene.control.TreeView<?> tree = robot.lookup("#deckTree").queryAs(javafx.scene.control.TreeView.class);
            tree.requestFocus();
        });
        robot.type(KeyCode.HOME);
        for (int i = 0; i < row; i++) robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void renameMakeSubDeckAndMoveWithTheKeyboard() throws Exception {
        selectDeck(0);
        robot.type(KeyCode.F2);
        ctrl(KeyCode.A);
        write("Kube");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> deckNames().equals(List.of("Kube", "Kube::Storage", "Linux")));

        selectDeck(0);
        ctrl(KeyCode.SHIFT, KeyCode.N);
        write("Net");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> deckNames().equals(List.of("Kube", "Kube::Net", "Kube::Storage", "Linux")));

        selectDeck(3);
        ctrl(KeyCode.M);
        write("Kube");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> deckNames().equals(List.of("Kube", "Kube::Linux", "Kube::Net", "Kube::Storage")));
        assertEquals(2, services.browse().search("deck:Kube::Linux").size(), "the cards moved with their deck");
    }

    @Test
    void deleteAsksWithTheCardCountAndUndoBringsTheDeckBack() throws Exception {
        selectDeck(0);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getContentText().startsWith("Delete the deck \"K8s\", its sub-deck and their 2 cards?"),
                pane.getContentText());
        robot.targetWindow(pane.getScene().getWindow());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> deckNames().equals(List.of("Linux")));
        assertEquals(2, services.library().cardCount());

        ctrl(KeyCode.Z);
        waitUntil(() -> deckNames().equals(List.of("K8s", "K8s::Storage", "Linux")));
        assertEquals(4, services.library().cardCount());
    }

    @Test
    void escapeInTheConfirmationKeepsTheDeck() throws Exception {
        selectDeck(2);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.targetWindow(robot.lookup(".dialog-pane").query().getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("K8s", "K8s::Storage", "Linux"), deckNames());
    }

    @Test
    void draggingADeckOntoAnotherPutsItInside() throws Exception {
        Node linux = robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) -> c.getItem() != null
                && c.getItem().toString().contains("Linux")).query();
        Node k8s = robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) -> c.getItem() != null
                && c.getItem().toString().contains("name=K8s,")).query();
        robot.drag(linux).dropTo(k8s);
        waitUntil(() -> deckNames().equals(List.of("K8s", "K8s::Linux", "K8s::Storage")));
    }

    /** What a right click (or the menu key) sends; the headless robot's right click does not. */
    private void askForContextMenu(Node cell) {
        robot.interact(() -> {
            javafx.geometry.Bounds b = cell.localToScreen(cell.getBoundsInLocal());
            javafx.event.Event.fireEvent(cell, new javafx.scene.input.ContextMenuEvent(
                    javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, b.getMinX() + 5, b.getMinY() + 5,
                    false, null));
        });
    }

    @Test
    void theDeckMenuIsMadeOnTheFirstRightClickAndItsItemsAct() throws Exception {
        javafx.scene.control.TreeView<?> tree = robot.lookup("#deckTree").queryAs(javafx.scene.control.TreeView.class);
        assertTrue(tree.getContextMenu() == null, "no popup before it is asked for");
        selectDeck(2);
        Node linux = robot.lookup(".tree-cell").match((javafx.scene.control.TreeCell<?> c) -> c.getItem() != null
                && c.getItem().toString().contains("Linux")).query();
        askForContextMenu(linux);
        waitUntil(() -> tree.getContextMenu() != null && tree.getContextMenu().isShowing());
        javafx.scene.control.ContextMenu menu = tree.getContextMenu();
        assertEquals(List.of("Custom study\u2026", "", "Rename\u2026", "New deck inside\u2026", "Move\u2026", "", "Delete\u2026"), menu.getItems()
                .stream().map(i -> i.getText() == null ? "" : i.getText().replaceAll("  \\(.*\\)$", "")).toList());
        robot.interact(menu::hide);
        // Not inside interact: the confirmation waits for an answer (a nested event loop).
        javafx.application.Platform.runLater(() -> menu.getItems().get(6).fire());
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane pane = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertTrue(pane.getContentText().startsWith("Delete the deck \"Linux\""), pane.getContentText());
        robot.targetWindow(pane.getScene().getWindow());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        askForContextMenu(linux);
        waitUntil(() -> tree.getContextMenu().isShowing());
        assertTrue(menu == tree.getContextMenu(), "made once");
        robot.interact(menu::hide);
    }

}
