package io.deckhand.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameThreadTaskRunnerTest {
    private final List<Object> results = new ArrayList<>();
    private final List<DeckhandException> failures = new ArrayList<>();

    @Test
    void deliversResultsAndUserErrorsAsTheyAre() {
        TaskRunner runner = new SameThreadTaskRunner();
        runner.run(() -> 42, results::add, failures::add);
        InvalidInputException bad = new InvalidInputException("That file is not a deck.");
        runner.run(() -> {
            throw bad;
        }, results::add, failures::add);
        assertEquals(List.of(42), results);
        assertEquals(List.of(bad), failures);
    }

    @Test
    void programmerErrorsBecomeAShortMessageWithTheCauseInTheDetailsButNoTrace() {
        new SameThreadTaskRunner().run(() -> {
            throw new IllegalStateException("index broke", new ArithmeticException("/ by zero"));
        }, results::add, failures::add);
        DeckhandException e = failures.get(0);
        assertEquals("Something unexpected went wrong.", e.getMessage());
        assertTrue(e.details().contains("index broke") && e.details().contains("/ by zero"), e.details());
        assertFalse(e.details().contains("\tat "), "no stack trace for the user");
        assertTrue(results.isEmpty());
    }
}
