package io.deckhand.support;

import javafx.application.Platform;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Stops the JavaFX toolkit in order once every test has run, the way the app does on quit. Left to
 * the JVM's exit instead, native parts (WebKit, the headless Monocle painter) can be torn down while
 * their threads still run; one CI run ended in SIGABRT ("Aborted") after all tests had passed.
 * Registered in {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class FxShutdownAtEnd implements TestExecutionListener {
    private static final String FX_THREAD = "JavaFX Application Thread";

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        Thread fx = fxThread();
        if (fx == null) return; // no UI test ran in this JVM: nothing to stop
        Platform.exit();
        try {
            fx.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (fx.isAlive()) System.err.println("[deckhand] the JavaFX thread was still running 10 s after Platform.exit()");
    }

    private static Thread fxThread() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (FX_THREAD.equals(t.getName())) return t;
        }
        return null;
    }
}
