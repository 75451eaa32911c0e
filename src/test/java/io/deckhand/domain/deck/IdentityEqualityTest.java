package io.deckhand.domain.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** DeckId and PresetId write out equals and hashCode (start-up): they must behave as the records' own. */
class IdentityEqualityTest {
    @Property
    void deckIdsAreEqualExactlyWhenTheirValuesAre(@ForAll @LongRange(min = 1) long a, @ForAll @LongRange(min = 1) long b) {
        assertEquals(a == b, new DeckId(a).equals(new DeckId(b)));
        assertEquals(new DeckId(a), new DeckId(a));
        assertEquals(new DeckId(a).hashCode(), new DeckId(a).hashCode());
        assertEquals(Long.hashCode(a), new DeckId(a).hashCode());
    }

    @Property
    void presetIdsAreEqualExactlyWhenTheirValuesAre(@ForAll @LongRange(min = 1) long a, @ForAll @LongRange(min = 1) long b) {
        assertEquals(a == b, new PresetId(a).equals(new PresetId(b)));
        assertEquals(new PresetId(a), new PresetId(a));
        assertEquals(Long.hashCode(a), new PresetId(a).hashCode());
    }

    @Property
    void aDeckIdIsNeverEqualToAPresetIdOrNull(@ForAll @LongRange(min = 1) long a) {
        assertNotEquals(new DeckId(a), new PresetId(a));
        assertNotEquals(new PresetId(a), new DeckId(a));
        assertNotEquals(null, new DeckId(a));
        assertNotEquals(null, new PresetId(a));
    }
}
