package io.deckhand.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** Import notes takes single files as the README promises, not only folders. */
class NotesChooserTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theFileChooserOffersMarkdownAndPlainTextNotes() {
        AtomicReference<FileChooser> chooser = new AtomicReference<>();
        new FxRobot().interact(() -> chooser.set(NotesChooser.fileChooser()));
        List<String> first = chooser.get().getExtensionFilters().get(0).getExtensions();
        assertEquals(List.of("*.md", "*.markdown", "*.txt"), first);
    }

    @Test
    void aSingleNoteFileGivesItsCards() throws Exception {
        for (String name : List.of("pods.md", "pods.txt")) {
            Path file = Files.writeString(dir.resolve(name), "# Pods\nWhat is a Pod?::The smallest deployable unit.\n");
            try (TestCollection c = new TestCollection()) {
                NotesImportViewModel vm = new NotesImportViewModel(c.services.notes(), new SameThreadTaskRunner(),
                        Runnable::run, List.of(file), null, false);
                vm.start();
                assertEquals(NotesImportViewModel.Phase.REVIEW, vm.phaseProperty().get(), name);
                assertTrue(vm.items().stream().anyMatch(i -> i.file().equals(name)), name);
            }
        }
    }
}
