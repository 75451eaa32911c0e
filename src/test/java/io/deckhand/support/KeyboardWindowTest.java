package io.deckhand.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.browse.BrowseRow;
import io.deckhand.app.render.CardPages;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.storage.Database;
import io.deckhand.ui.cardview.CardView;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * The main window over a collection file with four cards in "K8s", "K8s::Storage" and "Linux", driven by
 * real key presses: what the keyboard tests of Browse and the deck tree share. Tests check the collection
 * file after each action.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
public abstract class KeyboardWindowTest {
    @TempDir
    protected Path dir;

    protected final FxRobot robot = new FxRobot();
    protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    protected Database db;
    protected AppServices services;
    protected Stage stage;
    protected Card pvc;
    protected Card service;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("collection.sqlite"));
        services = Bootstrap.wire(db, clock);
        pvc = services.library().addCard(new DeckName("K8s::Storage"), "What is a PVC?", "A claim", List.of("storage"));
        service = services.library().addCard(new DeckName("K8s"), "What is a Service?", "A stable address", List.of("net"));
        services.library().addCard(new DeckName("Linux"), "What does chmod do?", "Changes modes", List.of());
        services.library().addCard(new DeckName("Linux"), "what is a  PVC?", "A copy", List.of());
        stage = MainWindows.show(robot, services, dir, 1100, 700);
        waitUntil(() -> visible("#deckTree"));
    }

    @AfterEach
    void close() {
        robot.interact(() -> {
            if (stage != null) stage.close();
        });
        db.close();
    }

    protected void ctrl(KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.press(all);
        KeyCode[] reversed = new KeyCode[all.length];
        for (int i = 0; i < all.length; i++) reversed[i] = all[all.length - 1 - i];
        robot.release(reversed);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens Browse (Ctrl+B), types the search and goes down into the list, selecting the first card. */
    protected void browse(String query) throws Exception {
        ctrl(KeyCode.B);
        waitUntil(() -> visible("#browseTable"));
        ctrl(KeyCode.F);
        ctrl(KeyCode.A);
        write(query.isEmpty() ? " " : query);
        waitUntil(() -> table().getItems().stream().allMatch(r -> true));
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Types into the newest window (a dialog just opened), not the one TestFX last aimed at. */
    protected void write(String text) throws Exception {
        waitUntil(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.isFocused()));
        // Monocle reports every window as focused: the newest showing one is the dialog on top.
        List<javafx.stage.Window> open = javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).toList();
        robot.targetWindow(open.get(open.size() - 1));
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    protected TableView<BrowseRow> table() {
        return robot.lookup("#browseTable").queryAs(TableView.class);
    }

    protected List<String> fronts(String query) throws Exception {
        return services.browse().search(query).stream().map(BrowseRow::front).toList();
    }

    protected void extendSelectionDown() {
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    protected List<String> deckNames() throws Exception {
        return services.library().decks().stream().map(d -> d.name().value()).sorted().toList();
    }

    protected boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(KeyboardWindowTest::shown).orElse(false);
    }

    protected static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) return false;
        }
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    protected interface Check {
        boolean holds() throws Exception;
    }

    protected static void waitUntil(Check condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            try {
                return condition.holds();
            } catch (Exception e) {
                return false;
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unused")
    protected static void unused(BooleanSupplier s) {
    }
}
