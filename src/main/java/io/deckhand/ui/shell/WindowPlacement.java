package io.deckhand.ui.shell;

import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Keeps the size Deckhand asked for while a window manager maps the window. Some (openbox, for
 * one) map a new window at its minimum size and ignore the size set before showing; during a short
 * moment after showing, a shrink the user did not make is undone. After that the user's own
 * resizing is left alone.
 */
public final class WindowPlacement {
    /** Long enough for a window manager's first configure events, short enough not to fight the user. */
    public static final Duration HOLD = Duration.seconds(2);
    private static final int MAX_CORRECTIONS = 4;

    private WindowPlacement() {
    }

    /** Call right after {@code stage.show()}: holds {@code width} x {@code height} for {@link #HOLD}. */
    public static void holdSize(Stage stage, double width, double height) {
        holdSize(stage, width, height, HOLD);
    }

    static void holdSize(Stage stage, double width, double height, Duration hold) {
        int[] corrections = {0};
        ChangeListener<Number> keep = (obs, old, now) -> {
            if (stage.isMaximized() || stage.isFullScreen() || corrections[0] >= MAX_CORRECTIONS) return;
            if (stage.getWidth() < width - 1 || stage.getHeight() < height - 1) {
                corrections[0]++;
                // Later, not inside the window manager's own resize notification.
                javafx.application.Platform.runLater(() -> {
                    if (stage.isMaximized()) return;
                    if (stage.getWidth() < width - 1) stage.setWidth(width);
                    if (stage.getHeight() < height - 1) stage.setHeight(height);
                });
            }
        };
        stage.widthProperty().addListener(keep);
        stage.heightProperty().addListener(keep);
        keep.changed(null, null, null); // the window may already have been shrunk while showing
        PauseTransition end = new PauseTransition(hold);
        end.setOnFinished(e -> {
            stage.widthProperty().removeListener(keep);
            stage.heightProperty().removeListener(keep);
        });
        end.play();
    }
}
