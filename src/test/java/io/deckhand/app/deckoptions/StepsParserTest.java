package io.deckhand.app.deckoptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class StepsParserTest {

    @Test
    void readsAnkiStyleSteps() throws Exception {
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofDays(1)),
                StepsParser.parse("1m 10m 1h 1d", "Learning steps"));
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofMinutes(90)),
                StepsParser.parse(" 30s, 5  1.5h ", "Learning steps"));
        assertEquals(List.of(Duration.ofMinutes(10)), StepsParser.parse("10M", "x"));
        assertEquals(List.of(), StepsParser.parse("   ", "Relearning steps"));
    }

    @Test
    void badStepsGetAMessageNamingTheFieldAndTheStep() {
        var e = assertThrows(InvalidInputException.class, () -> StepsParser.parse("1m 10x 1d", "Learning steps"));
        assertTrue(e.getMessage().startsWith("Learning steps: \"10x\" is not a step"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> StepsParser.parse("0m", "Relearning steps"));
        assertTrue(e.getMessage().contains("at least 1 second"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> StepsParser.parse("400d", "Learning steps"));
        assertTrue(e.getMessage().contains("at most 365 days"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> StepsParser.parse("-1m", "x"));
        assertThrows(InvalidInputException.class, () -> StepsParser.parse("1m ".repeat(21), "x"));
    }

    @Test
    void formatsInTheLargestWholeUnit() {
        assertEquals("1m 10m 1h 1d 90s 36h",
                StepsParser.format(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofHours(1),
                        Duration.ofDays(1), Duration.ofSeconds(90), Duration.ofHours(36))));
        assertEquals("", StepsParser.format(List.of()));
    }

    @Property
    void formattedStepsReadBackUnchanged(@ForAll @Size(max = 20) List<@LongRange(min = 1, max = 31_536_000) Long> secs)
            throws Exception {
        List<Duration> steps = secs.stream().map(Duration::ofSeconds).toList();
        assertEquals(steps, StepsParser.parse(StepsParser.format(steps), "Steps"));
    }

    @Test
    @Timeout(10)
    void hugeInputIsRefusedQuickly() {
        assertThrows(InvalidInputException.class, () -> StepsParser.parse("1".repeat(1_000_000), "x"));
        assertThrows(InvalidInputException.class, () -> StepsParser.parse("1.".repeat(500_000), "x"));
        assertThrows(InvalidInputException.class, () -> StepsParser.parse("1m ".repeat(300_000), "x"));
    }

    @Property
    void anyTextIsReadOrRefusedWithAMessage(@ForAll String text) {
        try {
            List<Duration> steps = StepsParser.parse(text, "Steps");
            assertTrue(steps.size() <= StepsParser.MAX_STEPS);
            steps.forEach(d -> assertTrue(d.toSeconds() >= 1 && d.compareTo(StepsParser.MAX_STEP) <= 0));
        } catch (InvalidInputException e) {
            assertTrue(e.getMessage().startsWith("Steps: "), e.getMessage());
        }
    }
}
