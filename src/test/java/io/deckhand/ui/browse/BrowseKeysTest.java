package io.deckhand.ui.browse;

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

/** Browse driven with the keyboard over a collection file; each test checks what the collection holds after. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class BrowseKeysTest {
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

    @Test
    void suspendBuryFlagAndUndoFromTheKeyboard() throws Exception {
        browse("deck:K8s");
        waitUntil(() -> table().getItems().size() == 2);
        extendSelectionDown();
        assertEquals(2, table().getSelectionModel().getSelectedItems().size());

        ctrl(KeyCode.J);
        waitUntil(() -> fronts("is:suspended").size() == 2);
        ctrl(KeyCode.J);
        waitUntil(() -> fronts("is:suspended").isEmpty());
        ctrl(KeyCode.SHIFT, KeyCode.J);
        waitUntil(() -> fronts("is:buried").size() == 2);
        ctrl(KeyCode.DIGIT4);
        waitUntil(() -> fronts("flag:4").size() == 2);
        assertEquals("Flag 2 cards blue", services.study().undoHistory().nextLabel().orElseThrow());
        assertEquals("Undo Flag 2 cards blue", undoMenuText(), "the Edit menu says what Ctrl+Z takes back");

        ctrl(KeyCode.Z);
        waitUntil(() -> fronts("flag:4").isEmpty());
        assertEquals(2, fronts("is:buried").size(), "only the last change was undone");
    }

    @Test
    void moveAndTagThroughTheirDialogs() throws Exception {
        browse("tag:storage");
        waitUntil(() -> table().getItems().size() == 1);
        ctrl(KeyCode.D);
        ctrl(KeyCode.A);
        write("Archive::Old");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fronts("deck:Archive::Old").equals(List.of("What is a PVC?")));

        ctrl(KeyCode.SHIFT, KeyCode.A);
        write("exam cka");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> services.library().card(pvc.id()).tags().equals(List.of("storage", "exam", "cka")));

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.A)
                .release(KeyCode.A, KeyCode.SHIFT, KeyCode.ALT, KeyCode.CONTROL);
        write("storage");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> services.library().card(pvc.id()).tags().equals(List.of("exam", "cka")));
    }

    @Test
    void rescheduleResetAndPreview() throws Exception {
        browse("tag:net");
        waitUntil(() -> table().getItems().size() == 1);
        waitUntil(() -> robot.lookup("#browsePreview").queryAs(CardView.class).shownMarkdown().startsWith("What is a Service?"));

        ctrl(KeyCode.SHIFT, KeyCode.D);
        ctrl(KeyCode.A);
        write("3");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fronts("prop:due=3 is:review").equals(List.of("What is a Service?")));

        robot.press(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N).release(KeyCode.N, KeyCode.ALT, KeyCode.CONTROL);
        waitUntil(() -> services.library().card(service.id()).scheduling().state() == CardState.NEW);
    }

    @Test
    void deleteThenUndoBringsTheCardsBack() throws Exception {
        browse("");
        waitUntil(() -> table().getItems().size() == 4);
        extendSelectionDown();
        ctrl(KeyCode.DELETE);
        waitUntil(() -> services.library().cardCount() == 2);
        ctrl(KeyCode.Z);
        waitUntil(() -> services.library().cardCount() == 4);
    }

    @Test
    void findDuplicatesListsTheCardsThatShareAFront() throws Exception {
        browse("");
        ctrl(KeyCode.SHIFT, KeyCode.F);
        waitUntil(() -> table().getItems().size() == 2);
        assertTrue(table().getItems().stream().allMatch(r -> r.front().toLowerCase().contains("pvc")));
    }

    @Test
    void aSearchThatCannotBeReadSaysWhy() throws Exception {
        browse("is:later");
        waitUntil(() -> visible("#browseProblem"));
        javafx.scene.control.Label l = robot.lookup("#browseProblem").queryAs(javafx.scene.control.Label.class);
        assertTrue(l.getText().startsWith("\"is:later\" is not known"), l.getText());
    }

    /** The Edit menu's first item as the menu shows it (its text is set as the menu opens). */
    private String undoMenuText() {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
            javafx.scene.control.Menu edit = bar.getMenus().stream().filter(m -> m.getText().equals("_Edit")).findFirst().orElseThrow();
            edit.show();
            text.set(edit.getItems().get(0).getText());
            edit.hide();
        });
        return text.get();
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(BrowseKeysTest::shown).orElse(false);
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
