package io.deckhand.ui.editor;

import io.deckhand.domain.card.Card;
import io.deckhand.ui.common.Shortcuts;
import io.deckhand.ui.theme.StyleClasses;
import java.util.List;
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

/**
 * The card editor dialog: deck, front, back (Markdown) and tags. Ctrl+Enter saves; Tab moves to
 * the next field (Ctrl+Tab indents by two spaces, as YAML wants); Esc, Cancel or closing the window
 * asks before throwing away what was typed.
 */
public final class CardEditorView {
    private static final KeyCombination SAVE = Shortcuts.EDITOR_SAVE.key();
    static final String INDENT = "  ";

    private final CardEditorViewModel vm;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private boolean saved;

    public CardEditorView(CardEditorViewModel vm, Window owner) {
        this.vm = vm;
        dialog.initOwner(owner);
        dialog.setTitle(vm.isNew() ? "Add card" : "Edit card");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType save = new ButtonType(vm.isNew() ? "Add" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, save);
        dialog.getDialogPane().setContent(form());
        // A dialog is a window of its own: without the app stylesheet the form has no padding or spacing.
        dialog.getDialogPane().getStylesheets().add(io.deckhand.ui.theme.ThemeController.APP_STYLESHEET);
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
        // Esc fires Cancel; Cancel and the window's close button ask first when something was typed.
        dialog.getDialogPane().lookupButton(ButtonType.CANCEL).addEventFilter(ActionEvent.ACTION, e -> {
            if (!mayClose()) e.consume();
        });
        dialog.setOnShown(e -> dialog.getDialogPane().getScene().getWindow()
                .addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, close -> {
                    if (!mayClose()) close.consume();
                }));
    }

    private boolean mayClose() {
        return saved || !vm.isChanged() || confirmDiscard();
    }

    private boolean confirmDiscard() {
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert ask = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION,
                vm.isNew() ? "Discard the new card? What you typed is lost." : "Discard your changes to this card?",
                keep, discard);
        ask.setTitle(vm.isNew() ? "Add card" : "Edit card");
        ask.setHeaderText(null);
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        // Keep editing is the default: a second Esc or Enter never loses text by accident.
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        ((javafx.scene.control.Button) ask.getDialogPane().lookupButton(discard)).setDefaultButton(false);
        return ask.showAndWait().orElse(keep) == discard;
    }

    private Consumer<Card> onSaved = c -> { };

    /** Shows the dialog; {@code whenSaved} runs after a successful save. */
    public void show(Consumer<Card> whenSaved) {
        this.onSaved = whenSaved;
        dialog.show();
    }

    private void saved(Card card) {
        saved = true;
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
        moveFocusWithTab(List.of(deck, front, back, tags));
        Platform.runLater(front::requestFocus);
        return grid;
    }

    /**
     * Tab and Shift+Tab go to the next and previous field, also out of the text areas (which
     * would otherwise type a tab); Ctrl+Tab indents by two spaces there.
     */
    private static void moveFocusWithTab(List<? extends Node> order) {
        for (int i = 0; i < order.size(); i++) {
            Node field = order.get(i);
            Node next = order.get((i + 1) % order.size());
            Node previous = order.get((i - 1 + order.size()) % order.size());
            field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown()) return;
                if (e.isControlDown()) {
                    if (field instanceof TextArea a) {
                        e.consume();
                        a.replaceSelection(INDENT);
                    }
                    return;
                }
                e.consume();
                (e.isShiftDown() ? previous : next).requestFocus();
            });
        }
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
