package io.deckhand.ui.shell;

import io.deckhand.ui.theme.ThemeController;
import io.deckhand.ui.theme.ThemeMode;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
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

/** File, Edit, View, Help; every action shows its shortcut. */
final class MenuBarView {
    record Actions(Runnable addCard, Runnable quit, Runnable undo, Runnable editCard, Runnable deckOptions,
                   Runnable decks, Runnable refresh, Runnable importFiles, Runnable exportDeck,
                   Runnable importNotes, Runnable browse, Runnable stats) {
    }

    private final MenuBar bar = new MenuBar();

    MenuBarView(Actions a, ThemeController theme, ObservableBooleanValue open, ObservableBooleanValue studying) {
        MenuItem add = item("Add card\u2026", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), a.addCard());
        add.disableProperty().bind(javafx.beans.binding.Bindings.not(open));
        MenuItem quit = item("Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), a.quit());
        MenuItem imp = item("Import\u2026", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN), a.importFiles());
        imp.setId("importMenuItem");
        imp.disableProperty().bind(javafx.beans.binding.Bindings.or(javafx.beans.binding.Bindings.not(open), studying));
        MenuItem exp = item("Export\u2026", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), a.exportDeck());
        exp.disableProperty().bind(javafx.beans.binding.Bindings.or(javafx.beans.binding.Bindings.not(open), studying));
        MenuItem notes = item("Import notes\u2026", new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), a.importNotes());
        notes.disableProperty().bind(imp.disableProperty());
        Menu file = new Menu("_File", null, add, new SeparatorMenuItem(), imp, notes, exp, new SeparatorMenuItem(), quit);

        MenuItem undo = item("Undo last answer", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), a.undo());
        undo.setId("undoMenuItem");
        undo.disableProperty().bind(javafx.beans.binding.Bindings.not(open));
        MenuItem edit = item("Edit card\u2026", new KeyCodeCombination(KeyCode.E), a.editCard());
        edit.disableProperty().bind(javafx.beans.binding.Bindings.not(studying));
        MenuItem options = item("Deck options\u2026", new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), a.deckOptions());
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
        MenuItem toggle = item("Switch light/dark", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> theme.setMode(theme.isDark() ? ThemeMode.LIGHT : ThemeMode.DARK));
        MenuItem decks = item("Decks", new KeyCodeCombination(KeyCode.ESCAPE), a.decks());
        MenuItem refresh = item("Refresh", new KeyCodeCombination(KeyCode.F5), a.refresh());
        MenuItem browse = item("Browse", new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN), a.browse());
        browse.disableProperty().bind(imp.disableProperty());
        MenuItem stats = item("Statistics", new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), a.stats());
        stats.disableProperty().bind(imp.disableProperty());
        Menu view = new Menu("_View", null, decks, browse, stats, refresh, new SeparatorMenuItem(), themeMenu, toggle);

        MenuItem keys = item("Keyboard shortcuts", new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
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
        MenuItem q = item("Quiz\u2026", new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), quiz);
        q.setId("quizMenuItem");
        q.disableProperty().bind(javafx.beans.binding.Bindings.or(javafx.beans.binding.Bindings.not(open), studying));
        MenuItem e = item("Mock exam\u2026", new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), exam);
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

    private static MenuItem item(String text, KeyCombination key, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setAccelerator(key);
        i.setOnAction(e -> action.run());
        return i;
    }

    private void showShortcuts() {
        info("Keyboard shortcuts", String.join("\n",
                "Decks:  \u2191 \u2193 choose a deck    Enter  study it    Ctrl+N  add a card",
                "Study:  Space / Enter  show the answer",
                "            1 Again   2 Hard   3 Good   4 Easy",
                "            Ctrl+Z or U  undo the last answer    E  edit the card    Esc  back to decks",
                "Deck:   Ctrl+Shift+O  deck options",
                "File:   Ctrl+I  import (or drop files on the window)    Ctrl+Shift+I  import notes    Ctrl+Shift+E  export",
                "View:   Ctrl+B  browse cards (Enter edits)    Ctrl+Shift+S  statistics",
                "View:   Ctrl+Shift+T  switch light/dark    F5  refresh",
                "Quiz:   Ctrl+Shift+K  quiz    1-4  choose    Enter  check a typed answer (Ctrl+Enter: manifest)    Space  next",
                "Exam:   Ctrl+Shift+M  mock exam    PgUp/PgDn or Ctrl+\u2190/\u2192  move    Ctrl+F  flag    Ctrl+Enter  submit",
                "Editor: Ctrl+Enter  save    Esc  cancel"));
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(title);
        Label l = new Label(text);
        l.setWrapText(true);
        a.getDialogPane().setContent(l);
        a.initOwner(bar.getScene() == null ? null : bar.getScene().getWindow());
        a.show();
    }
}
