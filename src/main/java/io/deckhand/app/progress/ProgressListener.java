package io.deckhand.app.progress;

import io.deckhand.app.error.CancelledException;

/**
 * Receives progress from long work and says whether to stop. Implementations throttle what
 * they pass on (see {@link ThrottledProgress}); callers may report as often as they like.
 */
public interface ProgressListener {
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void report(Progress progress) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void report(Progress progress);

    boolean isCancelled();

    /** Throws if the user cancelled; call between units of work. */
    default void checkCancelled() throws CancelledException {
        if (isCancelled()) throw new CancelledException();
    }
}
