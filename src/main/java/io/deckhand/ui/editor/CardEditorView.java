package io.deckhand.ui.editor;

import io.deckhand.domain.card.Card;
import io.deckhand.ui.theme.StyleClasses;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** The card editor dialog: deck, front, back (Markdown) and tags. Ctrl+Enter saves, Esc cancels. */
public final class CardEditorView {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

    private final CardEditorViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();

    public CardEditorView(CardEditorViewModel vm, Window owner) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.setTitle(vm.isNew() ? "Add card" : "Edit card");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType save = new ButtonType(vm.isNew() ? "Add" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, save);
        dialog.getDialogPane().setContent(form());
        dialog.getDialogPane().setPrefWidth(640);

        Node saveButton = dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(vm.validProperty().not());
        ((javafx.scene.control.Button) saveButton).setTooltip(new Tooltip("Save (" + SAVE.getDisplayText() + ")"));
        // Keep the dialog open until the collection confirms the save.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(this::saved);
        });
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                vm.save(this::saved);
            }
        });
    }

    private Consumer<Card> onSaved = c -> { };

    /** Shows the dialog; {@code whenSaved} runs after a successful save. */
    public void show(Consumer<Card> whenSaved) {
        this.onSaved = whenSaved;
        dialog.show();
    }

    private void saved(Card card) {
        dialog.setResult(ButtonType.OK);
        dialog.close();
        onSaved.accept(card);
    }

    private GridPane form() {
        ComboBox<String> deck = new ComboBox<>(vm.deckChoices());
        deck.setEditable(true);
        deck.setMaxWidth(Double.MAX_VALUE);
        deck.getEditor().textProperty().bindBidirectional(vm.deckProperty());
        deck.setPromptText("Deck (use :: for sub-decks)");

        TextArea front = area(vm.frontProperty(), "Question (Markdown)");
        TextArea back = area(vm.backProperty(), "Answer (Markdown)");
        TextField tags = new TextField();
        tags.textProperty().bindBidirectional(vm.tagsProperty());
        tags.setPromptText("tags separated by spaces");

        GridPane grid = new GridPane();
        grid.getStyleClass().add(StyleClasses.EDITOR);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        grid.addRow(0, new Label("Deck"), deck);
        grid.addRow(1, new Label("Front"), front);
        grid.addRow(2, new Label("Back"), back);
        grid.addRow(3, new Label("Tags"), tags);
        GridPane.setVgrow(front, Priority.ALWAYS);
        GridPane.setVgrow(back, Priority.ALWAYS);
        Platform.runLater(front::requestFocus);
        return grid;
    }

    private static TextArea area(javafx.beans.property.StringProperty text, String prompt) {
        TextArea a = new TextArea();
        a.textProperty().bindBidirectional(text);
        a.setPromptText(prompt);
        a.setWrapText(true);
        a.setPrefRowCount(6);
        return a;
    }
}
