package io.deckhand.support;

import io.deckhand.DeckhandApp;
import io.deckhand.bootstrap.Bootstrap;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole app (as {@code Launcher} starts it) headless over a data folder of its own: what the
 * tests that start {@link DeckhandApp} share. A test calls {@link #start()}; the app is cleaned up after.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
public abstract class AppWindowTest {
    protected static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    protected Path dataDir;

    protected final FxRobot robot = new FxRobot();
    protected Application app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) FxToolkit.cleanupApplication(app);
        app = null;
    }

    /** Starts the app on {@link #dataDir}; returns once it is set up (the deck list may still be loading). */
    protected void start() throws Exception {
        app = FxToolkit.setupApplication(() -> new DeckhandApp(new DeckhandApp.Options(dataDir, CLOCK, false)));
    }

    /** Closes the app now (as the user would: a backup on close), so its files can be checked. */
    protected void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        app = null;
    }

    protected MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().map(Menu::getItems).flatMap(java.util.List::stream)
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    /** Shown: in a scene, it and every parent visible. */
    protected boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(AppWindowTest::shown).orElse(false);
    }

    protected static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) return false;
        }
        return n.getScene() != null;
    }

    /** Answers in the collection file, read on a connection of the test's own; -1 when it cannot be read. */
    protected long reviews() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(Bootstrap.COLLECTION_FILE));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM review_log")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    protected static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
