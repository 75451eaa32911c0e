package io.deckhand.exchange.apkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** FSRS memory from Anki's {@code cards.data}: the text is only parsed where it may hold it. */
class AnkiCardMemoryTest {
    private final AnkiCardMapper mapper = new AnkiCardMapper(Instant.EPOCH);

    private AnkiCardMapper.Memory memory(String data) {
        return mapper.memory(new AnkiCardMapper.Row(1, 1, 1, 0, 0, 2, 2, 10, 0, 5, 2500, 3, 0, 0, data));
    }

    @Test
    void memoryIsRead() {
        AnkiCardMapper.Memory m = memory("{\"s\":12.5,\"d\":5.25,\"lrt\":1769680800}");
        assertNotNull(m);
        assertEquals(12.5, m.stability());
        assertEquals(5.25, m.difficulty());
        assertEquals(Instant.ofEpochSecond(1769680800), m.lastReview());
        assertEquals(2.0, memory(" { \"d\" : 3 , \"pos\": 1, \"s\": 2 } ").stability());
    }

    @Test
    void keysSpelledWithEscapesAreStillFound() {
        AnkiCardMapper.Memory m = memory("{\"\\u0073\":4.0,\"d\":2.0}");
        assertNotNull(m);
        assertEquals(4.0, m.stability());
        assertEquals(2.0, memory("{\"s\":4.0,\"\\u0064\":2.0}").difficulty());
    }

    @Test
    void noMemoryWithoutBothKeys() {
        assertNull(memory("{\"pos\":29,\"lrt\":1769680800}"));
        assertNull(memory("{\"s\":4.0}"));
        assertNull(memory("{\"d\":4.0}"));
        assertNull(memory("{\"ss\":4.0,\"dd\":2.0}"));
        assertNull(memory("{}"));
        assertNull(memory(""));
        assertNull(memory(null));
        assertNull(memory("{\"s\":\"x\",\"d\":2}"));
        assertNull(memory("not json \"s\" \"d\""));
    }
}
