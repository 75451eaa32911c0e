package io.deckhand.ui.common;

import io.deckhand.app.error.DeckhandException;

/** The one place errors reach the user: a short sentence, what was left unchanged, and details on demand. */
@FunctionalInterface
public interface ErrorPresenter {
    /**
     * @param unchanged what the failure left as it was, in the user's words ("Your answer was not saved.")
     */
    void show(DeckhandException error, String unchanged);
}
