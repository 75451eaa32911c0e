package io.deckhand.ui.common;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work every so often on its own low-priority daemon thread (the automatic backup), so the
 * collection worker that serves the user's answers is never queued behind it.
 */
public final class PeriodicTask implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PeriodicTask.class);
    private final ScheduledExecutorService executor;

    private PeriodicTask(String name) {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "deckhand-" + name);
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
    }

    /** Runs {@code work} every {@code period}, first after one period; a failure is logged and the next run still happens. */
    public static PeriodicTask every(Duration period, String name, Runnable work) {
        PeriodicTask task = new PeriodicTask(name);
        long ms = period.toMillis();
        task.executor.scheduleWithFixedDelay(() -> {
            try {
                work.run();
            } catch (RuntimeException | Error e) {
                LOG.warn("periodic task {} failed", name, e);
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
        return task;
    }

    /** Stops the schedule; a run in progress finishes (waited for up to {@code wait}). */
    public void close(Duration wait) {
        executor.shutdown();
        try {
            executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }
}
