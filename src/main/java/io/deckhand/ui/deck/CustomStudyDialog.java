package io.deckhand.ui.deck;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.study.CustomStudy;
import io.deckhand.domain.card.CardKind;
import io.deckhand.ui.theme.ThemeController;
import java.util.Locale;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * Custom study of a deck (Anki's custom study): study ahead, forgotten cards, a tag or a kind of card,
 * how many, and whether answers reschedule the cards (off by default: a cram session changes nothing).
 * Arrow keys choose the kind of session (a radio group), Tab goes to its values; Enter starts, Esc closes.
 */
public final class CustomStudyDialog {
    static final int DEFAULT_LIMIT = 100;

    private final Dialog<CustomStudy> dialog = new Dialog<>();
    private final ToggleGroup modes = new ToggleGroup();
    private final TextField days = new TextField("7");
    private final TextField tag = new TextField();
    private final ComboBox<CardKind> kind = new ComboBox<>();
    private final TextField limit = new TextField(String.valueOf(DEFAULT_LIMIT));
    private final CheckBox reschedule = new CheckBox("Reschedule cards based on my answers");
    private final Label problem = new Label();

    public CustomStudyDialog(String deckName, Window owner) {
        dialog.setTitle("Custom study");
        dialog.setHeaderText(null);
        dialog.getDialogPane().getStylesheets().add(ThemeController.APP_STYLESHEET);
        dialog.getDialogPane().setId("customStudyDialog");
        if (owner != null) dialog.initOwner(owner);

        Label title = new Label("Custom study of " + deckName);
        title.getStyleClass().add("title-4");
        RadioButton ahead = mode(CustomStudy.Mode.AHEAD, "aheadChoice");
        RadioButton forgotten = mode(CustomStudy.Mode.FORGOTTEN, "forgottenChoice");
        RadioButton byTag = mode(CustomStudy.Mode.TAG, "tagChoice");
        RadioButton byKind = mode(CustomStudy.Mode.KIND, "kindChoice");
        ahead.setSelected(true);

        days.setId("daysField");
        days.setPrefColumnCount(4);
        tag.setId("tagField");
        tag.setPromptText("e.g. storage");
        kind.getItems().setAll(CardKind.values());
        kind.setValue(CardKind.COMMAND);
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(CardKind k) {
                return k == null ? "" : kindLabel(k);
            }

            @Override
            public CardKind fromString(String s) {
                return null;
            }
        });
        kind.setId("kindBox");
        limit.setId("limitField");
        limit.setPrefColumnCount(5);
        reschedule.setId("rescheduleBox");
        problem.setId("customStudyProblem");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, ahead, labelled("Days ahead", days));
        grid.addRow(1, forgotten, new Label("(the same number of days back)"));
        grid.addRow(2, byTag, labelled("Tag", tag));
        grid.addRow(3, byKind, labelled("Kind", kind));
        Label cramNote = new Label("Off: a cram session; every card keeps its schedule.");
        cramNote.getStyleClass().add("text-muted");
        VBox box = new VBox(12, title, grid, labelled("At most", limit, new Label("cards")), reschedule, cramNote, problem);
        box.setPadding(new Insets(16, 20, 8, 20));
        box.setMinWidth(460);
        dialog.getDialogPane().setContent(box);

        ButtonType study = new ButtonType("Study", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(study, ButtonType.CANCEL);
        Node studyButton = dialog.getDialogPane().lookupButton(study);
        studyButton.setId("customStudyStart");
        // A value that cannot be used keeps the dialog open and says why.
        studyButton.addEventFilter(ActionEvent.ACTION, e -> {
            try {
                request().checked();
            } catch (InvalidInputException ex) {
                problem.setText(ex.getMessage());
                e.consume();
            }
        });
        // Enter starts from anywhere in the dialog, also from a radio button or the check box (which keep it).
        dialog.getDialogPane().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            Node focused = dialog.getDialogPane().getScene().getFocusOwner();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !e.isShortcutDown()
                    && (focused instanceof CheckBox || focused instanceof RadioButton)) {
                e.consume();
                ((javafx.scene.control.Button) studyButton).fire();
            }
        });
        modes.selectedToggleProperty().addListener((o, was, now) -> enableFields());
        enableFields();
        dialog.setResultConverter(b -> {
            if (b != study) return null;
            try {
                return request().checked();
            } catch (InvalidInputException e) {
                return null;
            }
        });
        // After the dialog has put focus on its default button. Arrows choose among the kinds of session.
        dialog.setOnShown(e -> javafx.application.Platform.runLater(ahead::requestFocus));
    }

    public Optional<CustomStudy> showAndWait() {
        return dialog.showAndWait();
    }

    private RadioButton mode(CustomStudy.Mode m, String id) {
        RadioButton b = new RadioButton(m.label());
        b.setId(id);
        b.setUserData(m);
        b.setToggleGroup(modes);
        return b;
    }

    private static Node labelled(String text, Node... controls) {
        Label l = new Label(text);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(8);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        row.getChildren().add(l);
        row.getChildren().addAll(controls);
        if (controls.length > 0) l.setLabelFor(controls[0]);
        return row;
    }

    private CustomStudy.Mode selectedMode() {
        return modes.getSelectedToggle() == null ? CustomStudy.Mode.AHEAD
                : (CustomStudy.Mode) modes.getSelectedToggle().getUserData();
    }

    private void enableFields() {
        CustomStudy.Mode m = selectedMode();
        days.setDisable(m != CustomStudy.Mode.AHEAD && m != CustomStudy.Mode.FORGOTTEN);
        tag.setDisable(m != CustomStudy.Mode.TAG);
        kind.setDisable(m != CustomStudy.Mode.KIND);
        problem.setText("");
    }

    /** What the dialog says now; numbers that do not read as numbers are refused with a sentence. */
    CustomStudy request() throws InvalidInputException {
        CustomStudy.Mode m = selectedMode();
        int d = m == CustomStudy.Mode.AHEAD || m == CustomStudy.Mode.FORGOTTEN ? number(days, "days") : 1;
        return new CustomStudy(m, d, tag.getText(), kind.getValue(), number(limit, "cards"), reschedule.isSelected());
    }

    private static int number(TextField f, String what) throws InvalidInputException {
        String t = f.getText() == null ? "" : f.getText().strip();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("The number of " + what + " should be a whole number, not \""
                    + (t.length() > 20 ? t.substring(0, 20) + "…" : t) + "\".");
        }
    }

    static String kindLabel(CardKind k) {
        String code = k.code();
        return Character.toUpperCase(code.charAt(0)) + code.substring(1).toLowerCase(Locale.ROOT) + " cards";
    }
}
