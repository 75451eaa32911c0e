package io.deckhand.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.support.KeyboardWindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Ctrl+Z in the main window takes back a file import: its cards and the deck it made go, the rest stays. */
class ImportUndoKeysTest extends KeyboardWindowTest {
    @Test
    void ctrlZUndoesACsvImport() throws Exception {
        List<String> decksBefore = deckNames();
        List<String> cardsBefore = fronts("");
        Path csv = Files.writeString(dir.resolve("words.csv"), "What is etcd?,A key-value store\nWhat is a Node?,A machine\n");
        services.exchange().importFile(csv, ImportOptions.defaults(), ProgressListener.NONE);
        assertEquals(Optional.of("Import of words.csv"), services.study().undoHistory().nextLabel());
        assertEquals(cardsBefore.size() + 2, fronts("").size());
        assertEquals("Undo Import of words.csv", UndoMenuLabel.text(services.study().undoHistory().nextLabel()),
                "what the Edit menu says it will undo");

        ctrl(KeyCode.Z);
        waitUntil(() -> fronts("").size() == cardsBefore.size());
        assertEquals(cardsBefore, fronts(""));
        assertEquals(decksBefore, deckNames(), "the deck the import made is gone");
        assertTrue(!services.study().undoHistory().nextLabel().orElse("").startsWith("Import"), "the import left the history");
    }
}
