package io.deckhand.ui.cardview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.render.CardPages;
import io.deckhand.ui.common.TaskRunner;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
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
 * The card view builds no page on the FX thread: a page nobody built ahead is asked of the worker and
 * loaded when it arrives, one that arrives after another card was asked for is dropped, and a page
 * built ahead is shown without asking the worker at all.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CardViewWorkerTest {
    private final FxRobot robot = new FxRobot();
    private final CardPages pages = new CardPages();
    /** The worker, run by hand: each entry builds one page and hands it back. */
    private final Deque<Runnable> worker = new ArrayDeque<>();
    private CardView view;

    private final TaskRunner byHand = new TaskRunner() {
        @Override
        public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<DeckhandException> onFailure) {
            worker.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (DeckhandException e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }
    };

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        FxToolkit.setupStage(stage -> {
            view = new CardView(pages, byHand);
            stage.setScene(new Scene(view, 900, 600));
            stage.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    @Test
    void aPageIsAskedOfTheWorkerAndALateOneIsDropped() throws Exception {
        robot.interact(() -> view.show("# First", false));
        robot.interact(() -> view.show("# Second", false));
        assertEquals(2, worker.size(), "both pages asked of the worker, none built here");
        assertEquals("", shownMarkdown(), "nothing shown before a page arrives");
        // The first page arrives after the second card was asked for: dropped.
        Runnable first = worker.poll();
        robot.interact(first);
        assertEquals("", shownMarkdown());
        robot.interact(worker.poll());
        assertEquals("# Second", shownMarkdown());
        waitLoaded();
        assertEquals("Second", script("document.querySelector('main.card h1').textContent"));
    }

    @Test
    void aPageBuiltAheadIsShownWithoutTheWorker() throws Exception {
        Thread ahead = new Thread(() -> pages.renderAhead("# Ready", true));
        ahead.start();
        ahead.join();
        robot.interact(() -> view.show("# Ready", true));
        assertTrue(worker.isEmpty(), "nothing asked of the worker");
        assertEquals("# Ready", shownMarkdown());
        waitLoaded();
        assertEquals("dark", script("document.documentElement.className"));
        assertEquals("Ready", script("document.querySelector('main.card h1').textContent"));
        assertTrue(pages.take("# Ready", true).isEmpty(), "taken by the view");
    }

    @Test
    void askingForTheCardOnScreenAgainAsksNothing() throws Exception {
        robot.interact(() -> view.show("# Same", false));
        robot.interact(worker.poll());
        robot.interact(() -> view.show("# Same", false));
        assertTrue(worker.isEmpty());
        assertEquals("# Same", shownMarkdown());
    }

    private String shownMarkdown() {
        AtomicReference<String> shown = new AtomicReference<>();
        robot.interact(() -> shown.set(view.shownMarkdown()));
        return shown.get();
    }

    private void waitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            AtomicReference<Worker.State> state = new AtomicReference<>();
            robot.interact(() -> state.set(view.engine().getLoadWorker().getState()));
            return state.get() == Worker.State.SUCCEEDED;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object script(String js) {
        AtomicReference<Object> r = new AtomicReference<>();
        robot.interact(() -> r.set(view.engine().executeScript(js)));
        assertTrue(r.get() != null, "script gave a value: " + js);
        return r.get();
    }
}
