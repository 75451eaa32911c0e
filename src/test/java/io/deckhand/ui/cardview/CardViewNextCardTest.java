package io.deckhand.ui.cardview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.render.CardPages;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The next card replaces the body of the page already loaded (no new page load), and shows exactly
 * what a full load of it would; pages that need more (a script, the other theme) are loaded anew.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CardViewNextCardTest {
    private final FxRobot robot = new FxRobot();
    private CardView view;
    private final AtomicInteger loads = new AtomicInteger();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        FxToolkit.setupStage(stage -> {
            view = new CardView(new CardPages(), new SameThreadTaskRunner());
            stage.setScene(new Scene(view, 900, 600));
            stage.show();
        });
    }

    /** Counts page loads from now on (the view makes its engine on its first page). */
    private void countLoads() {
        robot.interact(() -> view.engine().getLoadWorker().stateProperty().addListener((o, was, is) -> {
            if (is == Worker.State.SCHEDULED) loads.incrementAndGet();
        }));
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    @Test
    void aWarmViewShowsTheNextCardsWithoutLoadingAPage() throws Exception {
        robot.interact(() -> view.warmUp(false));
        waitLoaded();
        countLoads();
        int afterWarmUp = loads.get();
        long painted = painted();
        robot.interact(() -> view.renderAhead("# Pods\n\nA pod is the smallest unit.", false));
        show("# Pods\n\nA pod is the smallest unit.", false);
        assertEquals("Pods", script("document.querySelector('main.card h1').textContent"));
        show("# Services\n\nA [link](https://example.com) and `code`.", false);
        assertEquals("Services", script("document.querySelector('main.card h1').textContent"));
        assertEquals(1L, script("document.querySelectorAll('main.card h1').length") instanceof Number n ? n.longValue() : -1);
        assertEquals(afterWarmUp, loads.get(), "no page load for the next cards");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> painted() >= painted + 2);
        // The same page as a full load would give: compare the card element with a fresh view's.
        String swapped = (String) script("document.querySelector('main.card').innerHTML");
        robot.interact(() -> view.setDark(true));
        waitLoaded();
        assertEquals(afterWarmUp + 1, loads.get(), "the other theme is a new page");
        assertEquals(swapped, script("document.querySelector('main.card').innerHTML"));
        assertEquals("dark", script("document.documentElement.className"));
    }

    @Test
    void aPageThatNeedsItsScriptIsLoadedAndTheOneAfterItToo() throws Exception {
        show("first", false);
        waitLoaded();
        countLoads();
        int before = loads.get();
        show("```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n", false);
        waitLoaded();
        assertEquals(before + 1, loads.get(), "a Mermaid page is loaded with its script");
        show("plain again", false);
        waitLoaded();
        assertEquals(before + 2, loads.get(), "the scripted page is not reused");
        assertEquals("plain again", script("document.querySelector('main.card').textContent.trim()"));
    }

    private void show(String markdown, boolean dark) {
        robot.interact(() -> view.show(markdown, dark));
    }

    private void waitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            AtomicReference<Worker.State> state = new AtomicReference<>();
            robot.interact(() -> state.set(view.engine().getLoadWorker().getState()));
            return state.get() == Worker.State.SUCCEEDED;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private long painted() {
        AtomicReference<Long> n = new AtomicReference<>();
        robot.interact(() -> n.set(view.paintedPagesProperty().get()));
        return n.get();
    }

    private Object script(String js) {
        AtomicReference<Object> r = new AtomicReference<>();
        robot.interact(() -> r.set(view.engine().executeScript(js)));
        assertTrue(r.get() != null, "script gave a value: " + js);
        return r.get();
    }
}
