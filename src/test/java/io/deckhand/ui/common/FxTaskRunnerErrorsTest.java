package io.deckhand.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.DeckhandException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Out of memory or stack in background work: the user hears it in plain words, and the next task still runs. */
class FxTaskRunnerErrorsTest {
    private final FxTaskRunner tasks = new FxTaskRunner();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        tasks.close();
    }

    /** Runs work and returns what reached the FX thread: the result, or the error handed to the presenter. */
    private <T> Object outcome(TaskRunner.Work<T> work) throws Exception {
        CompletableFuture<Object> reached = new CompletableFuture<>();
        tasks.run(work, result -> {
            assertTrue(Platform.isFxApplicationThread());
            reached.complete(result);
        }, error -> {
            assertTrue(Platform.isFxApplicationThread());
            reached.complete(error);
        });
        return reached.get(30, TimeUnit.SECONDS);
    }

    @Test
    void runningOutOfMemoryIsToldAndTheWorkerGoesOn() throws Exception {
        Object failed = outcome(() -> new long[Integer.MAX_VALUE].length); // a real OutOfMemoryError from the JVM
        DeckhandException e = (DeckhandException) failed;
        assertTrue(e.getMessage().startsWith("Deckhand ran out of memory doing this"), e.getMessage());
        assertTrue(e.details().contains("OutOfMemoryError"), e.details());
        assertEquals("still working", outcome(() -> "still working"));
    }

    @Test
    void aStackOverflowIsToldAndTheWorkerGoesOn() throws Exception {
        Object failed = outcome(() -> depth(0));
        DeckhandException e = (DeckhandException) failed;
        assertTrue(e.getMessage().contains("nested too deeply"), e.getMessage());
        assertTrue(e.details().contains("StackOverflowError"), e.details());
        assertEquals(42, outcome(() -> 42));
    }

    @Test
    void startUpWorkFailsTheSameWay() throws Exception {
        CompletableFuture<Integer> opening = tasks.submit(() -> depth(0));
        ExecutionException failed = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                () -> opening.get(30, TimeUnit.SECONDS));
        assertTrue(failed.getCause().getMessage().contains("nested too deeply"), failed.getCause().getMessage());
        assertEquals(7, tasks.submit(() -> 7).get(30, TimeUnit.SECONDS));
    }

    private static int depth(int n) {
        return depth(n + 1) + 1;
    }
}
