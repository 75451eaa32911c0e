package io.deckhand.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.render.CardPages;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.MainWindows;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.theme.ThemeController;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.web.WebView;
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

/** The main window driven with the keyboard only, over a real (in-memory) collection. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class MainWindowKeysTest {
    private static final String LONG_MANIFEST = "Write the Deployment\n\n```yaml\n"
            + "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n"
            + "    app: web\n".repeat(1)
            + "spec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n"
            + "      - name: web\n        image: nginx\n        env:\n"
            + "        - name: A\n          value: \"1\"\n".repeat(60) + "```\n";

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private TestCollection col;
    private Stage stage;
    private Thread.UncaughtExceptionHandler previous;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s"), LONG_MANIFEST, "A", List.of());
        col.services.library().addCard(new DeckName("K8s"), "Second question", "B", List.of());
        robot.interact(() -> {
            // JavaFX prints a listener's exception through the FX thread's handler: collect them.
            previous = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
        });
        stage = MainWindows.show(robot, col.services, dataDir, 1000, 700);
        waitUntil(() -> visible("#deckTree"));
    }

    @AfterEach
    void close() {
        robot.interact(() -> {
            if (stage != null) stage.close();
            Thread.currentThread().setUncaughtExceptionHandler(previous);
        });
        col.close();
    }

    @Test
    void statisticsKeyWorksAfterStudyingACard() throws Exception {
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible("#showAnswer"));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> visible("#grade3"));
        robot.type(KeyCode.DIGIT3);
        waitUntil(() -> visible("#showAnswer"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> visible("#deckTree"));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> visible("#statsView"));
    }

    @Test
    void theFirstFrameHoldsOnlyTheDeckListAndEachScreenIsMadeWhenFirstShown() throws Exception {
        assertEquals(List.of(ThemeController.FIRST_FRAME_STYLESHEET), List.copyOf(stage.getScene().getStylesheets()),
                "only the deck list's rules before another screen exists");
        assertTrue(robot.lookup(".web-view").tryQuery().isEmpty(), "no card view (WebKit) yet");
        assertTrue(robot.lookup("#showAnswer").tryQuery().isEmpty() && robot.lookup("#browseTable").tryQuery().isEmpty()
                && robot.lookup("#statsView").tryQuery().isEmpty(), "no other screen built");
        assertEquals(List.of("_File", "_Edit", "_View", "_Practice", "_Help"), menuTitles(), "no Cards menu before Browse");
        assertTrue(robot.lookup("#deckTree").queryAs(javafx.scene.control.TreeView.class).getContextMenu() == null,
                "the deck menu waits for a right click");

        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitUntil(() -> visible("#browseTable"));
        assertEquals(List.of(ThemeController.FIRST_FRAME_STYLESHEET, ThemeController.SCREENS_STYLESHEET),
                List.copyOf(stage.getScene().getStylesheets()));
        assertEquals(List.of("_File", "_Edit", "_Cards", "_View", "_Practice", "_Help"), menuTitles());
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> visible("#deckTree"));
        robot.press(KeyCode.CONTROL, KeyCode.B).release(KeyCode.B, KeyCode.CONTROL);
        waitUntil(() -> visible("#browseTable"));
        assertEquals(6, menuTitles().size(), "Browse is made once: its menu is not added again");
    }

    private List<String> menuTitles() {
        return robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .map(javafx.scene.control.Menu::getText).toList();
    }

    @Test
    void reEnteringStudyAfterLeavingMidCardPrintsNoException() throws Exception {
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible("#showAnswer"));
        robot.type(KeyCode.SPACE);
        waitUntil(() -> visible("#grade3"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> visible("#deckTree"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible("#showAnswer"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), uncaught.stream().map(String::valueOf).toList());
    }

    @Test
    void pageDownAndArrowsScrollALongCardWithoutAClick() throws Exception {
        robot.type(KeyCode.ENTER);
        waitUntil(() -> visible("#showAnswer") && cardView().shownMarkdown().startsWith("Write the Deployment"));
        WebView web = robot.lookup(".web-view").queryAs(WebView.class);
        waitUntil(() -> scrollHeight(web) > 1000);
        robot.type(KeyCode.PAGE_DOWN);
        waitUntil(() -> scrollY(web) > 200);
        double afterPage = scrollY(web);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> scrollY(web) > afterPage);
        robot.type(KeyCode.HOME);
        waitUntil(() -> scrollY(web) == 0);
        // The study keys still work: Space shows the answer.
        robot.type(KeyCode.SPACE);
        waitUntil(() -> visible("#grade3"));
    }

    @Test
    void atTheMinimumSizeNoButtonIsShortenedToAnEllipsis() throws Exception {
        robot.interact(() -> {
            stage.setWidth(WindowGeometry.MIN_WIDTH);
            stage.setHeight(WindowGeometry.MIN_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        List<String> cut = new java.util.ArrayList<>();
        robot.interact(() -> {
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        for (Node n : robot.lookup(".button").queryAll()) {
            if (n instanceof javafx.scene.control.Button b && shown(b) && b.getText() != null && !b.getText().isEmpty()
                    && b.getWidth() + 0.5 < b.prefWidth(-1)) {
                cut.add(b.getText() + " " + b.getWidth() + " < " + b.prefWidth(-1));
            }
        }
        assertEquals(List.of(), cut);
    }

    private double scrollY(WebView web) {
        return number(web, "window.scrollY");
    }

    private double scrollHeight(WebView web) {
        return number(web, "document.body.scrollHeight");
    }

    private double number(WebView web, String script) {
        AtomicReference<Object> r = new AtomicReference<>();
        robot.interact(() -> r.set(web.getEngine().executeScript(script)));
        return r.get() instanceof Number n ? n.doubleValue() : -1;
    }

    private CardView cardView() {
        return robot.lookup(".dh-card-view").queryAs(CardView.class);
    }

    private boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(MainWindowKeysTest::shown).orElse(false);
    }

    private static boolean shown(Node n) {
        for (Node at = n; at != null; at = at.getParent()) {
            if (!at.isVisible()) return false;
        }
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
