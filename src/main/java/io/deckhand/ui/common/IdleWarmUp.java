package io.deckhand.ui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads something slow (the diagram layout engine) on its own low-priority daemon thread, so the
 * collection worker stays free: the first card the user asks for never waits behind a warm-up.
 */
public final class IdleWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(IdleWarmUp.class);

    private IdleWarmUp() {
    }

    public static void start(String name, Runnable work) {
        Thread t = new Thread(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                LOG.debug("warm-up {} failed", name, e);
            }
        }, "deckhand-warm-up-" + name);
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }
}
