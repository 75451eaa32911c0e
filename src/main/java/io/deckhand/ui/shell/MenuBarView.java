package io.deckhand.ui.shell;

import io.deckhand.ui.common.Shortcuts;
import io.deckhand.ui.theme.StyleClasses;
import io.deckhand.ui.theme.ThemeController;
import io.deckhand.ui.theme.ThemeMode;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;

/** File, Edit, View, Help; every action shows its shortcut. */
final class MenuBarView {
    record Actions(Runnable addCard, Runnable quit, Runnable undo, Runnable editCard, Runnable deckOptions,
                   Runnable decks, Runnable refresh, Runnable importFiles, Runnable exportDeck,
                   Runnable importNotes, Runnable browse, Runnable stats) {
    }

    private final MenuBar bar = new MenuBar();

    MenuBarView(Actions a, ThemeController theme, ObservableBooleanValue open, ObservableBooleanValue studying) {
        MenuItem add = item("Add card\u2026", Shortcuts.ADD_CARD, a.addCard());
        add.disableProperty().bind(javafx.beans.binding.Bindings.not(open));
        MenuItem quit = item("Quit", Shortcuts.QUIT, a.quit());
        MenuItem imp = item("Import\u2026", Shortcuts.IMPORT, a.importFiles());
        imp.setId("importMenuItem");
        imp.disableProperty().bind(javafx.beans.binding.Bindings.or(javafx.beans.binding.Bindings.not(open), studying));
        MenuItem exp = item("Export\u2026", Shortcuts.EXPORT, a.exportDeck());
        exp.disableProperty().bind(javafx.beans.binding.Bindings.or(javafx.beans.binding.Bindings.not(open), studying));
        MenuItem notes = item("Import notes\u2026", Shortcuts.IMPORT_NOTES, a.importNotes());
        notes.disableProperty().bind(imp.disableProperty());
        Menu file = new Menu("_File", null, add, new SeparatorMenuItem(), imp, notes, exp, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo", Shortcuts.UNDO, a.undo());
        undo.setId("undoMenuItem");
        undo.disableProperty().bind(javafx.beans.binding.Bindings.not(open));
        MenuItem edit = item("Edit card\u2026", Shortcuts.EDIT_CARD, a.editCard());
        edit.disableProperty().bind(javafx.beans.binding.Bindings.not(studying));
        MenuItem options = item("Deck options\u2026", Shortcuts.DECK_OPTIONS, a.deckOptions());
        options.disableProperty().bind(javafx.beans.binding.Bindings.or(javafx.beans.binding.Bindings.not(open), studying));
        Menu editMenu = new Menu("_Edit", null, undo, edit, new SeparatorMenuItem(), options);

        ToggleGroup themes = new ToggleGroup();
        Menu themeMenu = new Menu("Theme");
        for (ThemeMode m : ThemeMode.values()) {
            RadioMenuItem r = new RadioMenuItem(switch (m) {
                case SYSTEM -> "Follow the system";
                case LIGHT -> "Light";
                case DARK -> "Dark";
            });
            r.setToggleGroup(themes);
            r.setSelected(theme.modeProperty().get() == m);
            r.setOnAction(e -> theme.setMode(m));
            theme.modeProperty().addListener((obs, old, now) -> r.setSelected(now == m));
            themeMenu.getItems().add(r);
        }
        MenuItem toggle = item("Switch light/dark", Shortcuts.SWITCH_THEME, () -> theme.setMode(theme.isDark() ? ThemeMode.LIGHT : ThemeMode.DARK));
        MenuItem decks = item("Decks", Shortcuts.BACK_TO_DECKS, a.decks());
        MenuItem refresh = item("Refresh", Shortcuts.REFRESH, a.refresh());
        MenuItem browse = item("Browse", Shortcuts.BROWSE, a.browse());
        browse.disableProperty().bind(imp.disableProperty());
        MenuItem stats = item("Statistics", Shortcuts.STATISTICS, a.stats());
        stats.disableProperty().bind(imp.disableProperty());
        Menu view = new Menu("_View", null, decks, browse, stats, refresh, new SeparatorMenuItem(), themeMenu, toggle);

        MenuItem keys = item("Keyboard shortcuts", Shortcuts.HELP, this::showShortcuts);
        MenuItem about = new MenuItem("About Deckhand");
        about.setOnAction(e -> info("About Deckhand", "Deckhand: offline flashcards from your own notes.\n"
                + "Scheduling by FSRS-6. Nothing ever leaves this computer."));
        Menu help = new Menu("_Help", null, keys, about);
        bar.getMenus().addAll(file, editMenu, view, help);
    }

    MenuBar node() {
        return bar;
    }

    /** The Practice menu (quiz, mock exam), put before Help; enabled while the decks are open and no study runs. */
    static void addPracticeMenu(MenuBar bar, Runnable quiz, Runnable exam, ObservableBooleanValue open,
                                ObservableBooleanValue studying) {
        MenuItem q = item("Quiz\u2026", Shortcuts.QUIZ, quiz);
        q.setId("quizMenuItem");
        q.disableProperty().bind(javafx.beans.binding.Bindings.or(javafx.beans.binding.Bindings.not(open), studying));
        MenuItem e = item("Mock exam\u2026", Shortcuts.MOCK_EXAM, exam);
        e.setId("examMenuItem");
        e.disableProperty().bind(q.disableProperty());
        bar.getMenus().add(Math.max(0, bar.getMenus().size() - 1), new Menu("_Practice", null, q, e));
    }

    /** Adds items to the File menu above its separator (screens that bring their own entries). */
    void addFileItems(MenuItem... items) {
        Menu file = bar.getMenus().get(0);
        int at = 0;
        while (at < file.getItems().size() && !(file.getItems().get(at) instanceof SeparatorMenuItem)) at++;
        file.getItems().addAll(at, java.util.List.of(items));
    }

    /** Adds items to the File menu as a group of their own just above Quit. */
    void addFileItemsBeforeQuit(MenuItem... items) {
        Menu file = bar.getMenus().get(0);
        int quit = file.getItems().size() - 1;
        file.getItems().add(quit, new SeparatorMenuItem());
        file.getItems().addAll(quit, java.util.List.of(items));
    }

    private static MenuItem item(String text, Shortcuts key, Runnable action) {
        return item(text, key.key(), action);
    }

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setAccelerator(key);
        i.setOnAction(e -> action.run());
        return i;
    }

    private void showShortcuts() {
        Dialog<ButtonType> d = dialog("Keyboard shortcuts");
        d.getDialogPane().setContent(ShortcutsHelp.node());
        d.show();
    }

    private void info(String title, String text) {
        Dialog<ButtonType> d = dialog(title);
        Label l = new Label(text);
        l.setWrapText(true);
        // A wrapped label's height follows its width; without a fixed width the dialog sizes it to one line and cuts it.
        l.setPrefWidth(420);
        l.setMinHeight(Region.USE_PREF_SIZE);
        d.getDialogPane().setContent(l);
        d.show();
    }

    private Dialog<ButtonType> dialog(String title) {
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(title);
        d.setHeaderText(null);
        d.getDialogPane().getButtonTypes().add(ButtonType.OK);
        d.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        d.getDialogPane().getStyleClass().add(StyleClasses.INFO_DIALOG);
        d.getDialogPane().getStylesheets().add(ThemeController.APP_STYLESHEET);
        d.setResizable(true);
        d.initOwner(bar.getScene() == null ? null : bar.getScene().getWindow());
        return d;
    }
}
