package io.deckhand.ui.deck;

import atlantafx.base.theme.Styles;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.common.Tooltips;
import io.deckhand.ui.theme.StyleClasses;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** What an empty collection shows instead of a blank screen: what to do next, with the button to do it. */
public final class EmptyStateView extends VBox {
    public EmptyStateView(Runnable onAddCard, Runnable onImportNotes, Runnable onImportFile) {
        getStyleClass().add(StyleClasses.EMPTY_STATE);
        Label title = new Label("Your collection is empty");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("Turn a folder of your own notes into cards, bring in an Anki deck or a CSV file "
                + "(you can also drop files on this window), or add your first card by hand.");
        text.setWrapText(true);
        text.getStyleClass().add(StyleClasses.MUTED);
        Button add = new Button("Add a card");
        add.setId("emptyAddCard");
        add.setGraphic(Icons.of(MaterialDesignP.PLUS));
        add.getStyleClass().add(Styles.ACCENT);
        Tooltips.set(add, "Add a card (Ctrl+N)");
        add.setOnAction(e -> onAddCard.run());
        Button notes = new Button("Import notes\u2026");
        Tooltips.set(notes, "Cards from a folder or files of Markdown notes (Ctrl+Shift+I)");
        notes.setOnAction(e -> onImportNotes.run());
        Button file = new Button("Import a deck\u2026");
        Tooltips.set(file, "An Anki package, CSV, JSON or Markdown file (Ctrl+I)");
        file.setOnAction(e -> onImportFile.run());
        // A narrow window wraps the buttons to a second line rather than shortening them to "…".
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(8, 8, add, notes, file);
        for (Button b : java.util.List.of(add, notes, file)) b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        buttons.setAlignment(getAlignment());
        getChildren().addAll(Icons.of(MaterialDesignC.CARDS_OUTLINE), title, text, buttons);
    }
}
