package io.deckhand.support;

import io.deckhand.ui.common.FirstFrame;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: a bare JavaFX window measured exactly as Deckhand's
 * {@code --exit-after-shown} is (JVM start to first frame). Run with the test class path.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }

    /** The window itself; public so the toolkit can create it. */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("bare")), 1200, 780);
            stage.setScene(scene);
            FirstFrame.measure(scene, ms -> {
                System.out.println("shown_ms=" + ms);
                System.out.println(FirstFrame.cpuSummary());
                Platform.exit();
            });
            stage.show();
        }
    }
}
