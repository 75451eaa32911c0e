package io.deckhand.app.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One line of a device's journal: one change to one thing, numbered in the device's order.
 *
 * @param version journal format version ({@link JournalCodec#VERSION}); a newer one waits for an update
 * @param seq     the device's line number, from 1, without gaps
 * @param ts      the change's stamp (epoch ms, never before a change the device had seen)
 * @param kind    preset, deck, note, card or review
 * @param action  add, set or del
 * @param id      the thing's sync identity
 * @param values  the values added or set (field → value)
 * @param prev    per set field, "ts:device" of the value it replaced (absent: none), to tell edits from rivals
 */
public record JournalLine(int version, long seq, long ts, String kind, String action, String id, ObjectNode values,
                          ObjectNode prev) {
    public JournalLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(prev, "prev");
    }
}
