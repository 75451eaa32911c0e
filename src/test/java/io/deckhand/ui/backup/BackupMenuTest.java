package io.deckhand.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.support.AppWindowTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** File → Back up now, then an answer, then File → Restore from backup… through its two dialogs, in the real window. */
class BackupMenuTest extends AppWindowTest {
    @Test
    void restoreFromTheFileMenuGoesBackToTheBackupAfterConfirmation() throws Exception {
        start();
        waitUntil(() -> robot.lookup("#deckTree").tryQuery().isPresent() && !menuItem("backupNowMenuItem").isDisable());

        Platform.runLater(() -> menuItem("backupNowMenuItem").fire());
        waitUntil(() -> backups() == 1);

        // One answer after the backup.
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible("#showAnswer"));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> visible("#grade3"));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> reviews() == 1);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !menuItem("restoreMenuItem").isDisable());

        Platform.runLater(() -> menuItem("restoreMenuItem").fire());
        waitUntil(() -> robot.lookup("#backupTable").tryQuery().isPresent());
        TableView<?> table = robot.lookup("#backupTable").queryAs(TableView.class);
        assertEquals(1, table.getItems().size());
        robot.interact(() -> button("Restore\u2026").orElseThrow().fire());
        waitUntil(() -> button("Restore").isPresent());
        assertEquals(1, reviews(), "nothing restored before the confirmation");
        robot.interact(() -> button("Restore").orElseThrow().fire());

        waitUntil(() -> reviews() == 0);
        waitUntil(() -> robot.lookup(".dh-toast").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText().startsWith("Restored the backup")));
        assertEquals(2, backups(), "the state before the restore was backed up");
        assertTrue(visible("#deckTree"), "back on the deck list");
    }

    private Optional<Button> button(String text) {
        return robot.lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button b && text.equals(b.getText()) && b.isVisible())
                .map(Button.class::cast).findFirst();
    }

    private long backups() {
        Path dir = dataDir.resolve("backups");
        if (!Files.isDirectory(dir)) return 0;
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".sqlite")).count();
        } catch (java.io.IOException e) {
            return -1;
        }
    }
}
