package io.deckhand.ui.shell;

import javafx.scene.Node;

/**
 * One screen of the main window's content area (decks, study, browse, statistics, ...). A screen
 * is made by the {@link Navigator} the first time it is shown, never at start-up.
 */
interface Screen {
    Node node();

    /** Called each time the screen becomes the content (the first time too), after it is on screen. */
    default void shown() {
    }

    /** The study screen: while it shows, its keys come first and menus that would leave it are off. */
    default boolean isStudy() {
        return false;
    }
}
