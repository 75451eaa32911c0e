package io.deckhand.ui.common;

import io.deckhand.app.error.DeckhandException;
import java.util.function.Consumer;

/** Runs work and callbacks at once on the calling thread: for view-model tests. */
public final class SameThreadTaskRunner implements TaskRunner {
    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<DeckhandException> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (DeckhandException e) {
            onFailure.accept(e);
            return;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            onFailure.accept(Unexpected.wrap(e));
            return;
        }
        onSuccess.accept(result);
    }
}
