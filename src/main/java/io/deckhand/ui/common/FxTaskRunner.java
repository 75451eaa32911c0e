package io.deckhand.ui.common;

import io.deckhand.app.error.DeckhandException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background daemon thread for all collection work, so calls reach SQLite in the order the
 * user made them; results are delivered on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    /**
     * Made on first use: starting SLF4J (it searches every jar on the class path) belongs on the
     * worker, which logs first, not on the main thread that is about to start the toolkit.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);
    }
    private static final AtomicInteger COUNT = new AtomicInteger();

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "deckhand-worker-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Work<T> work, Consumer<? super T> onSuccess, Consumer<DeckhandException> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (DeckhandException e) {
                Log.LOG.warn("{} ({})", e.getMessage(), e.details());
                Platform.runLater(() -> onFailure.accept(e));
            } catch (RuntimeException | Error e) {
                DeckhandException wrapped = unexpected(e);
                Platform.runLater(() -> onFailure.accept(wrapped));
            }
        });
    }

    /**
     * An error the work did not expect, out of memory and stack overflow included: the work's data is
     * unreachable by now, so the worker goes on with the next task. Logging may fail when the heap is
     * full; the user is told in any case.
     */
    private static DeckhandException unexpected(Throwable e) {
        try {
            Log.LOG.error("Unexpected failure in background work", e);
        } catch (RuntimeException | Error logFailed) {
            // nothing more to do: the message below still reaches the user
        }
        return Unexpected.wrap(e);
    }

    /** Starts work before the FX toolkit is up (e.g. opening the collection during start-up). */
    public <T> CompletableFuture<T> submit(Work<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                future.complete(work.call());
            } catch (DeckhandException e) {
                future.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(unexpected(e));
            }
        });
        return future;
    }

    /** Lets the thread end once the queued work is done, without waiting for it. */
    public void finish() {
        executor.shutdown();
    }

    /** Runs the last work (e.g. closing the collection) and waits briefly for it. */
    @Override
    public void close() {
        close(java.time.Duration.ofSeconds(5));
    }

    /** Runs the last work and waits for it up to {@code wait}. */
    public void close(java.time.Duration wait) {
        executor.shutdown();
        try {
            executor.awaitTermination(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
