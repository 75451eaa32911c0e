package io.deckhand.ui.common;

import io.deckhand.ui.theme.StyleClasses;
import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

/** A short, non-modal note at the bottom of a pane ("Answer undone") that fades away by itself. */
public final class Toast {
    private final StackPane host;
    private final Label label = new Label();
    private SequentialTransition running;

    public Toast(StackPane host) {
        this.host = host;
        label.getStyleClass().add(StyleClasses.TOAST);
        label.setMouseTransparent(true);
        label.setManaged(true);
        StackPane.setAlignment(label, Pos.BOTTOM_CENTER);
    }

    public void show(String text) {
        if (running != null) running.stop();
        label.setText(text);
        label.setOpacity(1);
        if (!host.getChildren().contains(label)) host.getChildren().add(label);
        FadeTransition fade = new FadeTransition(Duration.millis(400), label);
        fade.setToValue(0);
        running = new SequentialTransition(new PauseTransition(Duration.millis(1600)), fade);
        running.setOnFinished(e -> host.getChildren().remove(label));
        running.play();
    }

    /** The toast's current text, or empty when none is shown (for tests). */
    public String text() {
        return host.getChildren().contains(label) ? label.getText() : "";
    }
}
