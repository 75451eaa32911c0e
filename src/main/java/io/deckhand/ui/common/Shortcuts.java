package io.deckhand.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the app, with what it does and where it works. Menus, screens and
 * dialogs take their keys from here and the help dialog lists this table, so the two never
 * disagree; {@code ShortcutsTest} checks that no key is bound twice where both bindings work.
 */
public enum Shortcuts {
    // The main window's menu: active on every screen of the main window.
    ADD_CARD(Scope.WINDOW, "Add a card", ctrl(KeyCode.N)),
    IMPORT(Scope.WINDOW, "Import decks (or drop files on the window)", ctrl(KeyCode.I)),
    IMPORT_NOTES(Scope.WINDOW, "Import notes (a folder or a file)", ctrlShift(KeyCode.I)),
    EXPORT(Scope.WINDOW, "Export a deck", ctrlShift(KeyCode.E)),
    QUIT(Scope.WINDOW, "Quit", ctrl(KeyCode.Q)),
    UNDO(Scope.WINDOW, "Undo the last change (the Edit menu names it)", ctrl(KeyCode.Z)),
    DECK_OPTIONS(Scope.WINDOW, "Options of the selected deck", ctrlShift(KeyCode.O)),
    BACK_TO_DECKS(Scope.WINDOW, "Back to the decks", key(KeyCode.ESCAPE)),
    BROWSE(Scope.WINDOW, "Browse cards", ctrl(KeyCode.B)),
    STATISTICS(Scope.WINDOW, "Statistics", ctrlShift(KeyCode.S)),
    REFRESH(Scope.WINDOW, "Refresh", key(KeyCode.F5)),
    SWITCH_THEME(Scope.WINDOW, "Switch light/dark", ctrlShift(KeyCode.T)),
    HELP(Scope.WINDOW, "Keyboard shortcuts (this list)", key(KeyCode.F1)),
    QUIZ(Scope.WINDOW, "Quiz yourself on the selected deck", ctrlShift(KeyCode.K)),
    MOCK_EXAM(Scope.WINDOW, "Timed mock exam", ctrlShift(KeyCode.M)),
    SYNC(Scope.WINDOW, "Sync with your other devices (the sync folder, devices, Sync now)", ctrlShift(KeyCode.Y)),

    CHOOSE_DECK(Scope.DECKS, "Choose a deck", key(KeyCode.UP), key(KeyCode.DOWN)),
    STUDY_DECK(Scope.DECKS, "Study the selected deck", key(KeyCode.ENTER)),
    RENAME_DECK(Scope.DECKS, "Rename the selected deck", key(KeyCode.F2)),
    DELETE_DECK(Scope.DECKS, "Delete the selected deck and its cards (asks first)", key(KeyCode.DELETE)),
    NEW_SUB_DECK(Scope.DECKS, "New deck inside the selected one", ctrlShift(KeyCode.N)),
    MOVE_DECK(Scope.DECKS, "Move the selected deck (or drag it onto another)", ctrl(KeyCode.M)),
    CUSTOM_STUDY(Scope.DECKS, "Custom study: ahead, forgotten cards, a tag or a kind; cram without rescheduling",
            key(KeyCode.C)),

    SHOW_ANSWER(Scope.STUDY, "Show the answer", key(KeyCode.SPACE), key(KeyCode.ENTER)),
    AGAIN(Scope.STUDY, "Again", key(KeyCode.DIGIT1), key(KeyCode.NUMPAD1)),
    HARD(Scope.STUDY, "Hard", key(KeyCode.DIGIT2), key(KeyCode.NUMPAD2)),
    GOOD(Scope.STUDY, "Good", key(KeyCode.DIGIT3), key(KeyCode.NUMPAD3)),
    EASY(Scope.STUDY, "Easy", key(KeyCode.DIGIT4), key(KeyCode.NUMPAD4)),
    UNDO_ANSWER(Scope.STUDY, "Undo the last answer (as Ctrl+Z)", key(KeyCode.U)),
    EDIT_CARD(Scope.STUDY, "Edit the card", key(KeyCode.E)),
    CARD_INFO(Scope.STUDY, "Card info: the card's answers and forgetting curve", key(KeyCode.I)),
    SCROLL_DOWN(Scope.STUDY, "Scroll the card down", key(KeyCode.PAGE_DOWN), key(KeyCode.DOWN)),
    SCROLL_UP(Scope.STUDY, "Scroll the card up", key(KeyCode.PAGE_UP), key(KeyCode.UP)),
    SCROLL_TOP(Scope.STUDY, "Top / end of the card", key(KeyCode.HOME), key(KeyCode.END)),
    SHOW_NOTES(Scope.STUDY, "Show or hide how blocks were checked or repaired", key(KeyCode.N)),
    EXPORT_DIAGRAM_SVG(Scope.STUDY, "Export the card's diagram as SVG", ctrlShift(KeyCode.G)),
    EXPORT_DIAGRAM_PNG(Scope.STUDY, "Export the card's diagram as PNG", ctrlShift(KeyCode.P)),

    QUIZ_CHOOSE(Scope.QUIZ, "Choose an option", key(KeyCode.DIGIT1), key(KeyCode.DIGIT2), key(KeyCode.DIGIT3),
            key(KeyCode.DIGIT4)),
    QUIZ_CHECK(Scope.QUIZ, "Check the answer; after the feedback, next question", key(KeyCode.ENTER)),
    QUIZ_CHECK_MANIFEST(Scope.QUIZ, "Check a manifest (Enter starts a new line there)", ctrl(KeyCode.ENTER)),
    QUIZ_NEXT(Scope.QUIZ, "Next question, after the feedback", key(KeyCode.SPACE)),

    EXAM_MOVE(Scope.EXAM, "Next / previous question", key(KeyCode.PAGE_DOWN), key(KeyCode.PAGE_UP),
            ctrl(KeyCode.RIGHT), ctrl(KeyCode.LEFT)),
    EXAM_CHOOSE(Scope.EXAM, "Choose an option", key(KeyCode.DIGIT1), key(KeyCode.DIGIT2), key(KeyCode.DIGIT3),
            key(KeyCode.DIGIT4)),
    EXAM_FLAG(Scope.EXAM, "Flag the question for review", ctrl(KeyCode.F)),
    EXAM_SUBMIT(Scope.EXAM, "Submit the exam (asks first; Enter confirms)", ctrl(KeyCode.ENTER)),

    BROWSE_FIND(Scope.BROWSE, "Go to the search field", ctrl(KeyCode.F)),
    BROWSE_LIST(Scope.BROWSE, "From search to the list", key(KeyCode.DOWN)),
    BROWSE_EDIT(Scope.BROWSE, "Edit the selected card", key(KeyCode.ENTER)),
    BROWSE_CARD_INFO(Scope.BROWSE, "Card info of the selected card", key(KeyCode.I)),
    BROWSE_DELETE(Scope.BROWSE, "Delete the selected cards (Ctrl+Z brings them back)", ctrl(KeyCode.DELETE)),
    BROWSE_SUSPEND(Scope.BROWSE, "Suspend or unsuspend the selected cards", ctrl(KeyCode.J)),
    BROWSE_BURY(Scope.BROWSE, "Bury the selected cards until tomorrow (or unbury)", ctrlShift(KeyCode.J)),
    BROWSE_FLAG(Scope.BROWSE, "Flag red, orange, green, blue, pink, turquoise, purple; Ctrl+0 removes",
            ctrl(KeyCode.DIGIT1), ctrl(KeyCode.DIGIT2), ctrl(KeyCode.DIGIT3), ctrl(KeyCode.DIGIT4),
            ctrl(KeyCode.DIGIT5), ctrl(KeyCode.DIGIT6), ctrl(KeyCode.DIGIT7), ctrl(KeyCode.DIGIT0)),
    BROWSE_MOVE(Scope.BROWSE, "Move the selected cards to a deck", ctrl(KeyCode.D)),
    BROWSE_ADD_TAGS(Scope.BROWSE, "Add tags to the selected cards", ctrlShift(KeyCode.A)),
    BROWSE_REMOVE_TAGS(Scope.BROWSE, "Remove tags from the selected cards", ctrlAltShift(KeyCode.A)),
    BROWSE_RESET(Scope.BROWSE, "Reset the selected cards to new", ctrlAlt(KeyCode.N)),
    BROWSE_RESCHEDULE(Scope.BROWSE, "Set the selected cards due in a number of days", ctrlShift(KeyCode.D)),
    BROWSE_DUPLICATES(Scope.BROWSE, "Find cards with the same front", ctrlShift(KeyCode.F)),

    EDITOR_SAVE(Scope.EDITOR, "Save the card", ctrl(KeyCode.ENTER)),
    EDITOR_NEXT_FIELD(Scope.EDITOR, "Next / previous field", key(KeyCode.TAB), shift(KeyCode.TAB)),
    EDITOR_INDENT(Scope.EDITOR, "Indent by two spaces (YAML allows no tabs)", ctrl(KeyCode.TAB)),
    EDITOR_CANCEL(Scope.EDITOR, "Close (asks before dropping changes)", key(KeyCode.ESCAPE)),

    OPTIONS_SAVE(Scope.DECK_OPTIONS, "Save the options", ctrl(KeyCode.S)),
    OPTIONS_NEW_PRESET(Scope.DECK_OPTIONS, "New preset", ctrl(KeyCode.N)),
    OPTIONS_RENAME_PRESET(Scope.DECK_OPTIONS, "Rename the preset", key(KeyCode.F2)),

    NOTES_TOGGLE(Scope.NOTES_IMPORT, "Keep or skip the selected card", key(KeyCode.SPACE)),
    NOTES_CONFIRM(Scope.NOTES_IMPORT, "Save the chosen cards", ctrl(KeyCode.ENTER)),
    NOTES_CANCEL(Scope.NOTES_IMPORT, "Cancel", key(KeyCode.ESCAPE));

    /** Where a shortcut works. Screens of the main window share the window's menu keys. */
    public enum Scope {
        WINDOW("Everywhere in the main window", null),
        DECKS("Deck list", WINDOW),
        STUDY("Studying", WINDOW),
        BROWSE("Browse", WINDOW),
        QUIZ("Quiz", WINDOW),
        EXAM("Mock exam", WINDOW),
        EDITOR("Card editor", null),
        DECK_OPTIONS("Deck options", null),
        NOTES_IMPORT("Notes import", null);

        private final String title;
        private final Scope within;

        Scope(String title, Scope within) {
            this.title = title;
            this.within = within;
        }

        public String title() {
            return title;
        }

        /** True when a key bound in both scopes could reach both bindings. */
        public boolean overlaps(Scope other) {
            return this == other || within == other || other.within == this;
        }
    }

    private final Scope scope;
    private final String description;
    private final List<KeyCombination> keys;

    Shortcuts(Scope scope, String description, KeyCombination... keys) {
        this.scope = scope;
        this.description = description;
        this.keys = List.of(keys);
    }

    public Scope scope() {
        return scope;
    }

    public String description() {
        return description;
    }

    public List<KeyCombination> keys() {
        return keys;
    }

    /** The first key, the one menus show. */
    public KeyCombination key() {
        return keys.get(0);
    }

    public boolean matches(KeyEvent e) {
        for (KeyCombination k : keys) {
            if (k.match(e)) return true;
        }
        return false;
    }

    /** "Space or Enter", as shown in help and tooltips. */
    public String displayText() {
        // JavaFX shows Enter as an arrow symbol; the word reads better next to "Space" and "Escape".
        return keys.stream().map(k -> k.getDisplayText().replace("\u21B5", "Enter")).collect(Collectors.joining(" or "));
    }

    public static List<Shortcuts> in(Scope scope) {
        return Arrays.stream(values()).filter(s -> s.scope == scope).toList();
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code);
    }

    private static KeyCombination shift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHIFT_DOWN);
    }

    private static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination ctrlAlt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    }

    private static KeyCombination ctrlAltShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN,
                KeyCombination.SHIFT_DOWN);
    }

    private static KeyCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }
}
