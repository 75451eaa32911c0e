package io.deckhand.ui.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.DeckhandApp;
import io.deckhand.bootstrap.Bootstrap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** File → Back up now, then an answer, then File → Restore from backup… through its two dialogs, in the real window. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class BackupMenuTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        app = null;
    }

    @Test
    void restoreFromTheFileMenuGoesBackToTheBackupAfterConfirmation() throws Exception {
        app = FxToolkit.setupApplication(() -> new DeckhandApp(new DeckhandApp.Options(dataDir, CLOCK, false)));
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

    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().map(Menu::getItems).flatMap(java.util.List::stream)
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private Optional<Button> button(String text) {
        return robot.lookup(".button").queryAll().stream()
                .filter(n -> n instanceof Button b && text.equals(b.getText()) && b.isVisible())
                .map(Button.class::cast).findFirst();
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(n -> n.isVisible() && n.getScene() != null).orElse(false);
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

    private long reviews() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Bootstrap.COLLECTION_FILE));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM review_log")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
