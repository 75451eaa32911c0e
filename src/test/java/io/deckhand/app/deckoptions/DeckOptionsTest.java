package io.deckhand.app.deckoptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.SchedulerKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DeckOptionsTest {
    private final DeckOptions defaults = DeckOptions.of(DeckPreset.defaults(PresetId.DEFAULT, "Default"));

    @Test
    void setsOneOptionFromText() throws Exception {
        assertEquals(SchedulerKind.SM2, defaults.with("scheduler", "SM-2").scheduler());
        assertEquals(SchedulerKind.FSRS6, defaults.with("scheduler", "fsrs").scheduler());
        assertEquals(0.85, defaults.with("retention", "85%").desiredRetention(), 1e-12);
        assertEquals(0.85, defaults.with("retention", "85").desiredRetention(), 1e-12);
        assertEquals(0.8, defaults.with("desired-retention", " 0.8 ").desiredRetention(), 1e-12);
        assertEquals("2m 1h", defaults.with("learning-steps", "2m 1h").learningSteps());
        assertEquals(30, defaults.with("New-Per-Day", "30").newPerDay());
        assertEquals(0, defaults.with("reviews-per-day", "0").reviewsPerDay());
        assertEquals(365, defaults.with("max-interval", "365").maximumIntervalDays());
        assertEquals(false, defaults.with("fuzz", "off").fuzz());
        assertEquals(defaults.with("new-per-day", "30").with("scheduler", "sm2"),
                defaults.with("scheduler", "sm2").with("new-per-day", "30"));
    }

    @Test
    void refusesWhatItCannotRead() {
        assertTrue(assertThrows(InvalidInputException.class, () -> defaults.with("new-per-day", "lots"))
                .getMessage().contains("whole number"));
        assertTrue(assertThrows(InvalidInputException.class, () -> defaults.with("fuzz", "maybe"))
                .getMessage().contains("on or off"));
        assertTrue(assertThrows(InvalidInputException.class, () -> defaults.with("retention", "high"))
                .getMessage().contains("not a number"));
        assertTrue(assertThrows(InvalidInputException.class, () -> defaults.with("speed", "1"))
                .getMessage().startsWith("Unknown option \"speed\""));
    }

    @Property(tries = 500)
    void anyValueForAnyKeyIsReadOrRefusedWithAMessage(@ForAll("keys") String key, @ForAll String value) {
        try {
            DeckOptions o = defaults.with(key, value);
            assertTrue(o.scheduler() != null);
        } catch (InvalidInputException e) {
            assertTrue(!e.getMessage().isBlank());
        }
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.oneOf(Arbitraries.of(DeckOptions.KEYS), Arbitraries.strings().ofMaxLength(20));
    }
}
