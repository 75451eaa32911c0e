package io.deckhand.domain.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Deck names as people (and old files) write them: levels stripped, empty levels dropped, depth counted. */
class DeckNamePropertiesTest {
    /** The rule spelled out the slow way, to compare the one-scan reading with. */
    private static String reference(String raw) {
        String joined = String.join(DeckName.SEPARATOR, Arrays.stream(raw.split(DeckName.SEPARATOR, -1))
                .map(String::strip).filter(s -> !s.isEmpty()).toList());
        // colons and spaces only: no name at all
        return joined.chars().allMatch(c -> c == ':' || Character.isWhitespace(c)) ? "" : joined;
    }

    @Property(tries = 2000)
    void normalisingAgreesWithTheRule(@ForAll @Chars({'a', 'B', ' ', ':', '\t'}) @StringLength(min = 1, max = 24) String raw) {
        String expected = reference(raw);
        if (expected.isEmpty()) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DeckName(raw));
            return;
        }
        DeckName name = new DeckName(raw);
        assertEquals(expected, name.value());
        // a name ending in ':' has levels made of colons, where splitting drops trailing pieces: no depth to compare
        if (!expected.endsWith(":")) assertEquals(expected.split(DeckName.SEPARATOR).length - 1, name.depth());
        // (not always itself: ":::a" is the levels ":" and "a" after one reading, ":a" after two - the rule's own quirk)
        assertEquals(reference(name.value()), new DeckName(name.value()).value());
    }

    @Test
    void examples() {
        assertEquals("K8s::Storage", new DeckName("  K8s :: Storage ").value());
        assertEquals("a::b", new DeckName("::a::::b::").value());
        assertEquals("a:::b", new DeckName("a:::b").value());
        assertEquals(1, new DeckName("a:::b").depth());
        assertEquals(0, new DeckName("Linux").depth());
        assertEquals(2, new DeckName("A::B::C").depth());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DeckName(" :: "));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DeckName(": :::"));
        // found by the property above: it normalised to ": :::", a name refused when read again
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new DeckName(": : :::"));
    }
}
