package io.deckhand.support;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Says in one line at the end of a test run which {@code ../shared} fixtures were absent and how
 * many tests that skipped, so a clone without them does not pass with tests silently left out.
 * Registered in {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}.
 */
public final class SharedFixturesReport implements TestExecutionListener {
    private final AtomicInteger skipped = new AtomicInteger();
    private final Set<String> absent = java.util.Collections.synchronizedSet(new TreeSet<>());

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() != TestExecutionResult.Status.ABORTED) return;
        Optional<String> fixture = result.getThrowable().map(Throwable::getMessage).flatMap(SharedFixturesReport::fixture);
        if (fixture.isEmpty()) return;
        absent.add(fixture.get());
        skipped.incrementAndGet();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        String line = line();
        if (!line.isEmpty()) System.err.println(line);
    }

    /** The report line, empty when nothing was skipped for a missing fixture. */
    String line() {
        if (skipped.get() == 0) return "";
        return "[deckhand] " + skipped.get() + (skipped.get() == 1 ? " test" : " tests") + " skipped: fixtures absent from "
                + SharedFixtures.root() + ": " + String.join(", ", absent)
                + " (set -Ddeckhand.shared=PATH or check out ../shared to run them)";
    }

    /** The fixture named by a skip message from {@link SharedFixtures#require}. */
    static Optional<String> fixture(String message) {
        if (message == null) return Optional.empty();
        int at = message.indexOf(SharedFixtures.SKIPPED);
        if (at < 0) return Optional.empty();
        String rest = message.substring(at + SharedFixtures.SKIPPED.length());
        int end = rest.indexOf(" (looked in");
        return Optional.of(end < 0 ? rest : rest.substring(0, end));
    }
}
