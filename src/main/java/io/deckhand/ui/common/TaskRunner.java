package io.deckhand.ui.common;

import io.deckhand.app.error.DeckhandException;
import java.util.function.Consumer;

/**
 * Runs app-service calls off the UI thread and hands the result (or the error) back on it.
 * The FX implementation uses one background thread; tests use {@link SameThreadTaskRunner}.
 */
public interface TaskRunner {

    /** A call into the app services; may block on the collection. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws DeckhandException;
    }

    /** A call with no result. */
    @FunctionalInterface
    interface Action {
        void run() throws DeckhandException;
    }

    <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<DeckhandException> onFailure);

    default void run(Action action, Runnable onSuccess, Consumer<DeckhandException> onFailure) {
        run(() -> {
            action.run();
            return Boolean.TRUE;
        }, ignored -> onSuccess.run(), onFailure);
    }
}
