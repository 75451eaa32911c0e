package io.deckhand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Only JavaFX's expected class-path warning is dropped at start; its other messages still reach the log. */
class JavaFxClassPathWarningTest {
    private static final String WARNING = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @6d06d69c'";
    private final Logger javafx = Logger.getLogger("javafx-test-" + System.nanoTime());
    private final List<String> published = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord r) {
            published.add(r.getLevel() + " " + r.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void record() {
        javafx.setUseParentHandlers(false);
        javafx.addHandler(recorder);
    }

    @AfterEach
    void stop() {
        javafx.removeHandler(recorder);
    }

    @Test
    void theClassPathWarningIsDroppedAndOtherMessagesAreNot() {
        DeckhandApp.quietClassPathWarning(javafx);
        javafx.warning(WARNING);
        javafx.warning("Unsupported JavaFX configuration of something else");
        javafx.severe(WARNING);
        javafx.info("CSS Error parsing file:/x.css: Expected COLON");
        assertEquals(List.of("WARNING Unsupported JavaFX configuration of something else", "SEVERE " + WARNING,
                "INFO CSS Error parsing file:/x.css: Expected COLON"), published);
    }

    @Test
    void aFilterAlreadyThereStillApplies() {
        javafx.setFilter(r -> !r.getMessage().contains("noise"));
        DeckhandApp.quietClassPathWarning(javafx);
        javafx.warning(WARNING);
        javafx.warning("some noise");
        javafx.warning("a real problem");
        assertEquals(List.of("WARNING a real problem"), published);
    }

    @Test
    void javafxLogsThroughSystemLoggerReachTheFilteredLogger() {
        // JavaFX logs through System.getLogger("javafx"), which java.util.logging backs with its logger of that name.
        Logger real = Logger.getLogger("javafx");
        var before = real.getFilter();
        real.addHandler(recorder);
        boolean parents = real.getUseParentHandlers();
        real.setUseParentHandlers(false);
        try {
            DeckhandApp.quietClassPathWarning(real);
            System.getLogger("javafx").log(System.Logger.Level.WARNING, WARNING);
            System.getLogger("javafx").log(System.Logger.Level.WARNING, "another JavaFX warning");
            assertEquals(List.of("WARNING another JavaFX warning"), published);
        } finally {
            real.removeHandler(recorder);
            real.setFilter(before);
            real.setUseParentHandlers(parents);
        }
    }

    @Test
    void onlyTheWarningLevelAndTheExactOpeningCount() {
        assertEquals(true, DeckhandApp.isClassPathWarning(new LogRecord(Level.WARNING, WARNING)));
        assertEquals(false, DeckhandApp.isClassPathWarning(new LogRecord(Level.INFO, WARNING)));
        assertEquals(false, DeckhandApp.isClassPathWarning(new LogRecord(Level.WARNING, null)));
        assertEquals(false, DeckhandApp.isClassPathWarning(new LogRecord(Level.WARNING, "x " + WARNING)));
    }
}
