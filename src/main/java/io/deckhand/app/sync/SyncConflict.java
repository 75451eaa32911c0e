package io.deckhand.app.sync;

import java.time.Instant;

/**
 * An edit that lost to a rival edit of the same field (last writer wins by time, then device id),
 * kept so the user can put it back by hand.
 *
 * @param what   the thing edited ("note:1a2b…", "card:1a2b…/0")
 * @param field  which of its fields (a note's fields are f0, f1, …)
 * @param label  how a person knows it now (a card's front, a note's first field, a deck's name); empty when gone
 */
public record SyncConflict(long id, String what, String field, String kept, String keptDevice, String lost,
                           String lostDevice, Instant lostAt, Instant foundAt,
                           String label) {
}
