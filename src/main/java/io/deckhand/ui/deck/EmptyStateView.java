package io.deckhand.ui.deck;

import atlantafx.base.theme.Styles;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.theme.StyleClasses;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** What an empty collection shows instead of a blank screen: what to do next, with the button to do it. */
public final class EmptyStateView extends VBox {
    public EmptyStateView(Runnable onAddCard) {
        getStyleClass().add(StyleClasses.EMPTY_STATE);
        Label title = new Label("Your collection is empty");
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label("Add your first card now. To turn your own notes or an Anki deck into cards, "
                + "use the command line: deckhand import (see Help \u203a Keyboard shortcuts and the README).");
        text.setWrapText(true);
        text.getStyleClass().add(StyleClasses.MUTED);
        Button add = new Button("Add a card");
        add.setId("emptyAddCard");
        add.setGraphic(Icons.of(MaterialDesignP.PLUS));
        add.getStyleClass().add(Styles.ACCENT);
        add.setTooltip(new Tooltip("Add a card (Ctrl+N)"));
        add.setOnAction(e -> onAddCard.run());
        getChildren().addAll(Icons.of(MaterialDesignC.CARDS_OUTLINE), title, text, add);
    }
}
