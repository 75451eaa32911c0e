package io.deckhand.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.sync.SyncService;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sync dialog's conflicts, headless, over two real collections sharing a temp folder: the laptop
 * and the desktop both edit a card's front and back offline; on the laptop one lost edit is put back
 * with "Use the other value" (and reaches the desktop), the other is closed with "Keep this".
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SyncConflictsDialogTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private TestCollection laptop;
    private TestCollection desktop;
    private FxTaskRunner tasks;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) tasks.close();
        if (laptop != null) laptop.close();
        if (desktop != null) desktop.close();
    }

    @Test
    void aLostEditIsPutBackAndAnotherIsKeptFromTheDialog() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("Sync"));
        desktop = new TestCollection();
        laptop = new TestCollection();
        SyncService desktopSync = desktop.services.sync();
        SyncService laptopSync = laptop.services.sync();
        desktopSync.setDeviceName("Desktop");
        laptopSync.setDeviceName("Laptop");
        Card onDesktop = desktop.services.library().addCard(new DeckName("Ports"), "etcd client port?", "2379", List.of());
        desktopSync.setFolder(shared);
        laptopSync.setFolder(shared);
        laptopSync.syncNow();
        var onLaptop = laptop.services.browse().search("").get(0).id();
        desktop.services.library().editCard(onDesktop.id(), "Desktop front", "Desktop back", List.of(), new DeckName("Ports"));
        laptop.services.library().editCard(onLaptop, "Laptop front", "Laptop back", List.of(), new DeckName("Ports"));
        desktopSync.syncNow();
        laptopSync.syncNow();
        desktopSync.syncNow();
        Card before = laptop.services.library().card(onLaptop);
        assertEquals(2, laptopSync.conflicts().size(), laptopSync.conflicts().toString());

        tasks = new FxTaskRunner();
        List<String> errors = new CopyOnWriteArrayList<>();
        SyncViewModel vm = new SyncViewModel(laptop.services::sync, tasks,
                (e, unchanged) -> errors.add(e.getMessage() + " " + unchanged), () -> { });
        FxToolkit.setupStage(stage -> new SyncDialog(vm, stage, (owner, current) -> Optional.empty()).show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.loadedProperty().get());

        @SuppressWarnings("unchecked")
        TableView<SyncViewModel.ConflictRow> table = robot.lookup("#syncConflictTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size(), table.getItems().toString());
        assertTrue(robot.lookup("#syncConflicts").queryAs(Label.class).getText().startsWith("2 open conflicts"));
        assertTrue(robot.lookup("#syncUseOther").queryAs(Button.class).isDisabled(), "nothing chosen yet");
        SyncViewModel.ConflictRow back = row(table, "back");
        assertEquals(before.back(), back.kept());
        String lostDevice = before.back().startsWith("Laptop") ? "Desktop" : "Laptop";
        assertTrue(back.lostEdit().startsWith(lostDevice), back.lostEdit());
        assertEquals("Card: " + before.front(), back.what(), "the card by its front as it is now");

        // the dialog fits the screen; what is below the fold is scrolled to before the robot clicks it
        javafx.stage.Window window = table.getScene().getWindow();
        assertTrue(window.getHeight() <= javafx.stage.Screen.getPrimary().getVisualBounds().getHeight(),
                window.getHeight() + " px tall");
        revealAndClick(table);
        robot.interact(() -> table.getSelectionModel().select(back));
        Label detail = robot.lookup("#syncConflictDetail").queryAs(Label.class);
        assertTrue(detail.isVisible() && detail.getText().contains("Lost: " + back.lost()), detail.getText());
        assertEquals(back.lost(), tooltipOf(table, back.lost()), "a cut-off value is whole in its tooltip");
        revealAndClick("#syncUseOther");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertEquals(back.lost(), laptop.services.library().card(onLaptop).back(), "the value that lost is back");
        assertTrue(robot.lookup("#syncMessage").queryAs(Label.class).getText().contains(back.lost()));

        SyncViewModel.ConflictRow front = row(table, "front");
        robot.interact(() -> table.getSelectionModel().select(front));
        revealAndClick("#syncKeepConflict");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().isEmpty());
        assertEquals(before.front(), laptop.services.library().card(onLaptop).front(), "keeping changes nothing");
        assertEquals("No open conflicts.", robot.lookup("#syncConflicts").queryAs(Label.class).getText());
        assertTrue(laptopSync.conflicts().isEmpty(), "closing is stored");
        assertEquals(List.of(), errors);

        // The value put back travels like any edit.
        int desktopOpen = desktopSync.conflicts().size();
        laptopSync.syncNow();
        assertEquals(0, desktopSync.syncNow().conflicts(), "an edit on top of the kept value is no rival");
        assertEquals(back.lost(), desktop.services.library().card(onDesktop.id()).back());
        assertEquals(desktopOpen, desktopSync.conflicts().size());
    }

    private void revealAndClick(String id) {
        revealAndClick(robot.lookup(id).query());
    }

    /** Scrolls the dialog so the node is in view (as tabbing to it does), then clicks it. */
    private void revealAndClick(javafx.scene.Node node) {
        ScrollPane scroll = robot.lookup("#syncScroll").queryAs(ScrollPane.class);
        robot.interact(() -> SyncDialog.reveal(scroll, node));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds shown = scroll.localToScreen(scroll.getBoundsInLocal());
        javafx.geometry.Bounds at = node.localToScreen(node.getBoundsInLocal());
        assertTrue(shown.contains(at.getCenterX(), at.getCenterY()), "scrolled into view: " + at + " in " + shown);
        robot.clickOn(node);
    }

    /** The tooltip of the conflict table's cell showing {@code text}. */
    private String tooltipOf(TableView<?> table, String text) {
        return robot.from(table).lookup(".table-cell").queryAll().stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> text.equals(c.getText()) && c.getTooltip() != null)
                .map(c -> c.getTooltip().getText()).findFirst().orElse(null);
    }

    private static SyncViewModel.ConflictRow row(TableView<SyncViewModel.ConflictRow> table, String field) {
        return table.getItems().stream().filter(r -> r.field().equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("a conflict on " + field + ": " + table.getItems()));
    }
}
