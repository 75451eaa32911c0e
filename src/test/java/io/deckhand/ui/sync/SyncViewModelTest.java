package io.deckhand.ui.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.sync.SyncReport;
import io.deckhand.app.sync.SyncStatus;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync dialog's actions over a real collection: refusals leave everything as it was. */
class SyncViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aFolderThatIsNotThereIsRefusedAndNothingChanges() throws Exception {
        try (TestCollection col = new TestCollection()) {
            List<String> errors = new ArrayList<>();
            SyncViewModel vm = new SyncViewModel(col.services::sync, new SameThreadTaskRunner(),
                    (e, unchanged) -> errors.add(e.getMessage() + " " + unchanged), () -> { });
            vm.load();
            vm.chooseFolder(dir.resolve("not-made"));
            assertEquals(1, errors.size());
            assertTrue(errors.get(0).contains("does not exist"), errors.get(0));
            assertTrue(errors.get(0).endsWith("The sync folder was not changed."), errors.get(0));
            assertEquals("", vm.folderProperty().get());
            assertEquals(Optional.empty(), col.services.sync().folder());
            assertFalse(vm.runningProperty().get());
        }
    }

    @Test
    void aSyncFolderGoneMissingIsSaidAndTheNextSyncCanRun() throws Exception {
        Path shared = Files.createDirectories(dir.resolve("usb-stick"));
        try (TestCollection col = new TestCollection()) {
            List<String> errors = new ArrayList<>();
            SyncViewModel vm = new SyncViewModel(col.services::sync, new SameThreadTaskRunner(),
                    (e, unchanged) -> errors.add(e.getMessage()), () -> { });
            vm.chooseFolder(shared);
            assertEquals(List.of(), errors);
            assertTrue(vm.messageProperty().get().startsWith("Syncing through"), vm.messageProperty().get());
            try (var files = Files.walk(shared)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            vm.syncNow();
            assertEquals(1, errors.size());
            assertTrue(errors.get(0).contains("is not there"), errors.get(0));
            assertEquals("", vm.messageProperty().get());
            assertFalse(vm.runningProperty().get(), "Sync now is offered again");
        }
    }

    @Test
    void theResultLineCountsInWords() {
        assertEquals("Synced: 1 change written, 0 changes from other devices applied.",
                SyncViewModel.describe(new SyncReport(1, 0, List.of(), 0, List.of(), List.of())));
        assertEquals("Synced: 0 changes written, 12 changes from other devices applied, 1 change waiting, 2 new conflicts.",
                SyncViewModel.describe(new SyncReport(0, 12,
                        List.of(new SyncStatus.WaitingItem("ab12", "Laptop", 3, "line 3 has not arrived yet")), 2,
                        List.of(), List.of())));
        assertEquals("Synced: 0 changes written, 2 changes from other devices applied, 5 changes of this device's own "
                        + "applied again (the collection was older than its journal: a backup restored?).",
                SyncViewModel.describe(new SyncReport(0, 2, List.of(), 0, List.of(), List.of(), 5)));
    }
}
