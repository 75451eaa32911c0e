package io.deckhand.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Journal lines hold any text, and a line damaged on the way is never taken for a good one. */
class JournalCodecProperties {
    @Provide
    Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    private static JournalLine lineOf(long seq, String text) {
        ObjectNode values = JournalCodec.JSON.createObjectNode();
        values.put("f0", text);
        return new JournalLine(JournalCodec.VERSION, seq, seq * 7, "note", "set", "id-" + text.length(), values,
                JournalCodec.JSON.createObjectNode());
    }

    @Property(tries = 300)
    void anyTextRoundTrips(@ForAll("text") String text, @ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 8) long seq) {
        String encoded = JournalCodec.encode(lineOf(seq, text));
        assertEquals(1, encoded.chars().filter(c -> c == '\n').count(), "one line, whatever the text holds");
        JournalCodec.Decoded d = JournalCodec.decode(encoded.substring(0, encoded.length() - 1));
        JournalLine back = assertInstanceOf(JournalCodec.Line.class, d).line();
        assertEquals(text, back.values().get("f0").asText());
        assertEquals(seq, back.seq());
    }

    @Property(tries = 300)
    void aChangedByteIsNeverReadAsALine(@ForAll("text") String text, @ForAll @IntRange(min = 0, max = 10_000) int where,
                                        @ForAll @IntRange(min = 1, max = 255) int flip) {
        String encoded = JournalCodec.encode(lineOf(3, text));
        byte[] bytes = encoded.substring(0, encoded.length() - 1).getBytes(StandardCharsets.UTF_8);
        int i = where % bytes.length;
        bytes[i] = (byte) (bytes[i] ^ flip);
        JournalCodec.Decoded d = JournalCodec.decode(new String(bytes, StandardCharsets.UTF_8));
        if (d instanceof JournalCodec.Line line) {
            // a flip inside the checksum's hex case (a <-> A) is the same number: the line is intact
            assertEquals(text, line.line().values().get("f0").asText());
        } else {
            assertFalse(d instanceof JournalCodec.Newer, "damage is not a newer version");
        }
    }
}
