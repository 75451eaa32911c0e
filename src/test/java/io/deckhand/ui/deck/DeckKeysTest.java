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
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class DeckKeysTest {
    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private Database db;
    private AppServices services;
    private Stage stage;
    private Card pvc;
    private Card service;

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
        AtomicReference<Stage> made = new AtomicReference<>();
        robot.interact(() -> {
            Stage s = new Stage();
            ThemeController theme = new ThemeController(() -> false);
            theme.setMode(ThemeMode.LIGHT);
            MainWindow w = new MainWindow(s, theme, new SameThreadTaskRunner(),
                    () -> new CardPage(new MarkdownRenderer(new CardBlockRenderer())), dir, s::close);
            try {
                w.showCollection(services, services.study().deckTree());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            s.setWidth(1100);
            s.setHeight(700);
            s.show();
            made.set(s);
        });
        stage = made.get();
        waitUntil(() -> visible("#deckTree"));
    }

    @AfterEach
    void close() {
        robot.interact(() -> {
            if (stage != null) stage.close();
        });
        db.close();
    }

    private void ctrl(KeyCode... keys) {
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
    private void browse(String query) throws Exception {
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
    private void write(String text) throws Exception {
        waitUntil(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.isFocused()));
        // Monocle reports every window as focused: the newest showing one is the dialog on top.
        List<javafx.stage.Window> open = javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).toList();
        robot.targetWindow(open.get(open.size() - 1));
        robot.write(text);
    }

    @SuppressWarnings("unchecked")
    private TableView<BrowseRow> table() {
        return robot.lookup("#browseTable").queryAs(TableView.class);
    }

    private List<String> fronts(String query) throws Exception {
        return services.browse().search(query).stream().map(BrowseRow::front).toList();
    }

    private void extendSelectionDown() {
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> deckNames() throws Exception {
        return services.library().decks().stream().map(d -> d.name().value()).sorted().toList();
    }

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

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(DeckKeysTest::shown).orElse(false);
    }

    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) return false;
        }
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(Check condition) throws Exception {
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
    private static void unused(BooleanSupplier s) {
    }
}
