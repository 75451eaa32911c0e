package io.deckhand.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A window manager that maps the window at its minimum size does not get the last word. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class WindowPlacementTest {
    private final FxRobot robot = new FxRobot();
    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        robot.interact(() -> stage.close());
    }

    private void show(Duration hold) {
        AtomicReference<Stage> s = new AtomicReference<>();
        robot.interact(() -> {
            Stage st = new Stage();
            st.setScene(new Scene(new StackPane()));
            st.setMinWidth(WindowGeometry.MIN_WIDTH);
            st.setMinHeight(WindowGeometry.MIN_HEIGHT);
            st.setWidth(1200);
            st.setHeight(780);
            st.show();
            WindowPlacement.holdSize(st, 1200, 780, hold);
            // what openbox does: the window arrives at its minimum size
            st.setWidth(WindowGeometry.MIN_WIDTH);
            st.setHeight(WindowGeometry.MIN_HEIGHT);
            s.set(st);
        });
        stage = s.get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aShrinkRightAfterShowingIsUndone() throws Exception {
        show(Duration.seconds(5));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> stage.getWidth() == 1200 && stage.getHeight() == 780);
    }

    @Test
    void laterTheUsersOwnResizeStays() throws Exception {
        show(Duration.millis(200));
        Thread.sleep(600);
        robot.interact(() -> {
            stage.setWidth(800);
            stage.setHeight(500);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(800, stage.getWidth());
        assertEquals(500, stage.getHeight());
    }
}
