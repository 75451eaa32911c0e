package io.deckhand.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {
    @ParameterizedTest
    @CsvSource({
            "kubectl, kubectl, 0",
            "kunectl, kubectl, 1",
            "nodeport, nodeprot, 1",
            "ab, ba, 1",
            "secret, select, 3",
            "kitten, sitting, 3",
            "'', abc, 3",
    })
    void examples(String a, String b, int expected) {
        assertEquals(expected, EditDistance.of(a, b));
        assertEquals(expected, EditDistance.of(b, a));
    }

    @Property
    void theCapNeverChangesADistanceBelowIt(@ForAll @StringLength(max = 12) String a,
                                           @ForAll @StringLength(max = 12) String b,
                                           @ForAll @IntRange(min = 1, max = 6) int cap) {
        int full = EditDistance.of(a, b);
        assertEquals(Math.min(full, cap), EditDistance.of(a, b, cap));
        assertTrue(full <= Math.max(a.length(), b.length()));
    }
}
