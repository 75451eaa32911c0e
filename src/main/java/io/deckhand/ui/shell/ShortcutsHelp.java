package io.deckhand.ui.shell;

import io.deckhand.ui.common.Shortcuts;
import io.deckhand.ui.theme.StyleClasses;
import java.util.List;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The keyboard-shortcuts help, made from {@link Shortcuts} so it lists every key there is: two
 * columns of sections, each a grid of key and action.
 */
final class ShortcutsHelp {
    private static final List<Shortcuts.Scope> LEFT = List.of(Shortcuts.Scope.WINDOW, Shortcuts.Scope.DECKS,
            Shortcuts.Scope.BROWSE, Shortcuts.Scope.QUIZ);
    private static final List<Shortcuts.Scope> RIGHT = List.of(Shortcuts.Scope.STUDY, Shortcuts.Scope.EXAM, Shortcuts.Scope.EDITOR,
            Shortcuts.Scope.DECK_OPTIONS, Shortcuts.Scope.NOTES_IMPORT);

    private ShortcutsHelp() {
    }

    static Node node() {
        HBox columns = new HBox(32, column(LEFT), column(RIGHT));
        columns.setId("shortcutsHelp");
        return columns;
    }

    /** Every scope appears in exactly one column. */
    static List<Shortcuts.Scope> scopesShown() {
        return java.util.stream.Stream.concat(LEFT.stream(), RIGHT.stream()).toList();
    }

    private static GridPane column(List<Shortcuts.Scope> scopes) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints keys = new ColumnConstraints();
        keys.setHalignment(HPos.RIGHT);
        keys.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints actions = new ColumnConstraints();
        actions.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().addAll(keys, actions);
        int row = 0;
        for (Shortcuts.Scope scope : scopes) {
            Label title = new Label(scope.title());
            title.getStyleClass().add(StyleClasses.SHORTCUT_SECTION);
            GridPane.setHalignment(title, HPos.LEFT); // the key column is right-aligned; titles are not
            grid.add(title, 0, row++, 2, 1);
            for (Shortcuts s : Shortcuts.in(scope)) {
                Label key = new Label(s.displayText());
                key.getStyleClass().add(StyleClasses.SHORTCUT_KEY);
                key.setMinWidth(Region.USE_PREF_SIZE);
                Label action = new Label(s.description());
                action.setMinWidth(Region.USE_PREF_SIZE);
                GridPane.setValignment(key, VPos.BASELINE);
                GridPane.setValignment(action, VPos.BASELINE);
                grid.addRow(row++, key, action);
            }
        }
        return grid;
    }
}
