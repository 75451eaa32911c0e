package io.deckhand.ui.cardview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.render.CardPages;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.concurrent.TimeUnit;
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

/** How a card lays out in the real WebView of a wide window. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CardLayoutTest {
    private static final String COMMAND = "kubectl create deployment web --image=registry.example.com/team/web:1.2.3 "
            + "--replicas=3 --port=8080 --dry-run=client -o yaml > deployment.yaml && kubectl apply -f deployment.yaml";
    private static final String MANIFEST = "```yaml\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n"
            + "  containers:\n  - name: web\n    image: nginx\n```\n";
    private final FxRobot robot = new FxRobot();
    private CardView view;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        FxToolkit.setupStage(stage -> {
            view = new CardView(new CardPages(), new SameThreadTaskRunner());
            stage.setScene(new Scene(view, 1200, 700));
            stage.show();
        });
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.setupStage(Stage::hide);
    }

    @Test
    void aLongCommandWrapsInABlockWiderThanTheTextColumn() throws Exception {
        load("Create it:\n\n```bash\n" + COMMAND + "\n```\n");
        double column = number("document.querySelector('main.card').clientWidth");
        double block = number("document.querySelector('pre').getBoundingClientRect().width");
        assertTrue(block > column, "block " + block + " wider than the text column " + column);
        assertEquals(number("document.querySelector('pre').clientWidth"), number("document.querySelector('pre').scrollWidth"),
                "nothing hidden behind a scrollbar");
    }

    @Test
    void aValidManifestShowsNoStatusWordsUntilAsked() throws Exception {
        load(MANIFEST);
        assertEquals("none", script("getComputedStyle(document.querySelector('.block-status')).display"));
        robot.interact(() -> view.setShowNotes(true));
        assertEquals("block", script("getComputedStyle(document.querySelector('.block-status')).display"));
    }

    @Test
    void aManifestWithAProblemShowsItsStatus() throws Exception {
        load(MANIFEST.replace("kind: Pod\n", "kind: Pod\nkind: Service\n"));
        assertEquals("block", script("getComputedStyle(document.querySelector('.block-status')).display"));
    }

    private void load(String markdown) throws Exception {
        robot.interact(() -> view.show(markdown, false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> {
                    AtomicReference<Worker.State> state = new AtomicReference<>();
                    robot.interact(() -> state.set(view.engine().getLoadWorker().getState()));
                    return state.get() == Worker.State.SUCCEEDED;
                });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Object script(String js) {
        AtomicReference<Object> r = new AtomicReference<>();
        robot.interact(() -> r.set(view.engine().executeScript(js)));
        return r.get();
    }

    private double number(String js) {
        return script(js) instanceof Number n ? n.doubleValue() : -1;
    }
}
