package io.deckhand.ui.common;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.ui.theme.StyleClasses;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows an error as a small alert; technical text only in the collapsed "Details" area. */
public final class DialogErrorPresenter implements ErrorPresenter {
    private final Supplier<Window> owner;

    public DialogErrorPresenter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void show(DeckhandException error, String unchanged) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.setTitle("Deckhand");
        alert.setHeaderText(error.getMessage());
        Label body = new Label(unchanged);
        body.setWrapText(true);
        alert.getDialogPane().setContent(body);
        if (!error.details().isBlank()) {
            TextArea details = new TextArea(error.details());
            details.setEditable(false);
            details.setWrapText(true);
            details.getStyleClass().add(StyleClasses.ERROR_DETAILS);
            alert.getDialogPane().setExpandableContent(details);
        }
        Window w = owner.get();
        if (w != null) alert.initOwner(w);
        alert.show();
    }
}
