package io.deckhand.ui.shell;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;

/** Keeps the Edit menu's undo item saying what Ctrl+Z will take back ("Undo Delete 3 cards"). */
final class UndoMenuLabel {
    private UndoMenuLabel() {
    }

    /** Updates the item with id {@code undoMenuItem} each time its menu opens. */
    static void attach(MenuBar bar, Supplier<Optional<String>> next) {
        for (Menu m : bar.getMenus()) {
            for (MenuItem i : m.getItems()) {
                if ("undoMenuItem".equals(i.getId())) m.setOnShowing(e -> i.setText(text(next.get())));
            }
        }
    }

    static String text(Optional<String> label) {
        return label.map(l -> "Undo " + l).orElse("Nothing to undo");
    }
}
