package io.deckhand.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.launcher.TestIdentifier;
import org.opentest4j.TestAbortedException;

/** A run without ../shared ends with one line naming the absent fixtures and the number of skipped tests. */
class SharedFixturesReportTest {
    @Test
    void countsTestsSkippedForAbsentFixturesAndNamesThem() {
        SharedFixturesReport report = new SharedFixturesReport();
        assertEquals("", report.line(), "nothing to say when nothing was skipped");
        TestAbortedException missing = assertThrows(TestAbortedException.class,
                () -> SharedFixtures.require("no/such/fixture-" + System.nanoTime() + ".json"));
        String fixture = SharedFixturesReport.fixture(missing.getMessage()).orElseThrow();
        assertTrue(fixture.startsWith("no/such/fixture-"), fixture);

        report.executionFinished(test("a"), TestExecutionResult.aborted(missing));
        report.executionFinished(test("b"), TestExecutionResult.aborted(missing));
        report.executionFinished(test("c"), TestExecutionResult.aborted(new TestAbortedException("some other assumption")));
        report.executionFinished(test("d"), TestExecutionResult.successful());

        String line = report.line();
        assertTrue(line.startsWith("[deckhand] 2 tests skipped: fixtures absent from "), line);
        assertTrue(line.contains(fixture), line);
        assertEquals(1, line.lines().count());
    }

    private static TestIdentifier test(String name) {
        UniqueId id = UniqueId.root("test", name);
        return TestIdentifier.from(new AbstractTestDescriptor(id, name) {
            @Override
            public Type getType() {
                return Type.TEST;
            }
        });
    }
}
