package io.deckhand.ui.shell;

import atlantafx.base.theme.Styles;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.theme.StyleClasses;
import java.nio.file.Path;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** Shown instead of the decks when the collection cannot be opened; nothing in the folder was touched. */
final class ErrorScreen extends VBox {
    ErrorScreen(DeckhandException error, Path dataDir, Runnable retry, Runnable quit) {
        setId("errorScreen");
        getStyleClass().add(StyleClasses.ERROR_SCREEN);
        Label title = new Label("Deckhand could not open your collection");
        title.getStyleClass().add(Styles.TITLE_2);
        title.setWrapText(true);
        Label message = new Label(error.getMessage());
        message.setWrapText(true);
        Label unchanged = new Label("Nothing in " + dataDir + " was changed.");
        unchanged.setWrapText(true);
        unchanged.getStyleClass().add(StyleClasses.MUTED);
        Button again = new Button("Try again");
        again.getStyleClass().add(Styles.ACCENT);
        again.setDefaultButton(true);
        again.setOnAction(e -> retry.run());
        Button close = new Button("Quit");
        close.setOnAction(e -> quit.run());
        HBox buttons = new HBox(12, again, close);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(Icons.of(MaterialDesignD.DATABASE_ALERT), title, message, unchanged, buttons);
        if (!error.details().isBlank()) {
            TextArea text = new TextArea(error.details());
            text.setEditable(false);
            text.setWrapText(true);
            text.getStyleClass().add(StyleClasses.ERROR_DETAILS);
            TitledPane details = new TitledPane("Details", text);
            details.setExpanded(false);
            details.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(details);
        }
    }
}
