package io.deckhand.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.sync.JournalFiles;
import io.deckhand.app.sync.SyncService;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.FxTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Sync dialog, headless, over two real collections sharing a temp folder: the laptop chooses
 * the folder the desktop already syncs through, names itself, syncs, and sees the desktop, the
 * desktop's card, what waits (a segment delivered before the one it follows) and no conflicts.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class SyncDialogTest {
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
    void theLaptopJoinsTheDesktopsFolderNamesItselfAndSyncs() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("Sync"));
        desktop = new TestCollection();
        SyncService desktopSync = desktop.services.sync();
        desktopSync.setDeviceName("Desktop");
        desktopSync.setFolder(shared);
        desktop.services.library().addCard(new DeckName("Ports"), "Which port does etcd serve clients on?", "2379", List.of());
        desktopSync.syncNow();
        // A third device whose first segment has not arrived yet: its later one waits.
        Path early = Files.createDirectories(shared.resolve(SyncService.ROOT).resolve("0123456789abcdef"));
        Files.writeString(early.resolve(JournalFiles.segmentName(5)), "not readable before lines 1 to 4\n");

        laptop = new TestCollection();
        tasks = new FxTaskRunner();
        List<String> errors = new CopyOnWriteArrayList<>();
        AtomicInteger changed = new AtomicInteger();
        SyncViewModel vm = new SyncViewModel(laptop.services::sync, tasks,
                (e, unchanged) -> errors.add(e.getMessage() + " " + unchanged), changed::incrementAndGet);
        FxToolkit.setupStage(stage -> new SyncDialog(vm, stage, (owner, current) -> Optional.of(shared)).show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.loadedProperty().get());

        assertEquals("", robot.lookup("#syncFolder").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#syncNow").queryAs(Button.class).isDisabled(), "no folder yet: nothing to sync");

        robot.clickOn("#syncChooseFolder");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#syncFolder").queryAs(TextField.class).getText().isEmpty());
        assertEquals(shared.toAbsolutePath().normalize(), Path.of(robot.lookup("#syncFolder").queryAs(TextField.class).getText()));
        assertEquals(Optional.of(shared.toAbsolutePath().normalize()), laptop.services.sync().folder());

        TextField name = robot.lookup("#syncDeviceName").queryAs(TextField.class);
        robot.clickOn(name).eraseText(name.getText().length()).write("Laptop").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Laptop".equals(laptop.services.sync().deviceName()));

        robot.clickOn("#syncNow");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#syncMessage").queryAs(Label.class).getText().startsWith("Synced"));
        assertEquals(List.of(), errors);
        assertFalse(robot.lookup("#syncProgress").queryAs(ProgressIndicator.class).isVisible(), "progress gone once done");
        assertEquals(1, laptop.services.library().cardCount(), "the desktop's card arrived");
        assertTrue(changed.get() > 0, "the window is told to read the collection again");

        @SuppressWarnings("unchecked")
        TableView<SyncViewModel.DeviceRow> devices = robot.lookup("#syncDevices").queryAs(TableView.class);
        SyncViewModel.DeviceRow desktopRow = devices.getItems().stream().filter(d -> d.name().equals("Desktop"))
                .findFirst().orElseThrow(() -> new AssertionError("the desktop is listed: " + devices.getItems()));
        assertNotEquals("never", desktopRow.lastSync(), "when the desktop last synced");
        @SuppressWarnings("unchecked")
        TableView<SyncViewModel.WaitingRow> waiting = robot.lookup("#syncWaiting").queryAs(TableView.class);
        assertEquals(1, waiting.getItems().size(), "the third device's early segment waits: " + waiting.getItems());
        assertTrue(waiting.getItems().get(0).reason().contains("line 1"), waiting.getItems().get(0).reason());
        assertEquals("No open conflicts.", robot.lookup("#syncConflicts").queryAs(Label.class).getText());

        // A blank name is refused in words, and the name stays.
        robot.clickOn(name).eraseText(name.getText().length()).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !errors.isEmpty());
        assertTrue(errors.get(0).contains("name"), errors.get(0));
        assertEquals("Laptop", laptop.services.sync().deviceName());
    }
}
