package io.deckhand.app.notes;

import io.deckhand.app.library.Guids;
import io.deckhand.domain.card.CardDraft;
import java.util.Set;

/**
 * The identity of a card made from a note: note path, heading path, kind and front, never line
 * numbers. The same question asked twice under one heading is numbered in note order.
 */
final class NoteIdentity {
    private NoteIdentity() {
    }

    /** A guid not yet in {@code used} (which it is added to). */
    static String guid(CardDraft d, Set<String> used) {
        String path = d.source().path();
        String heading = d.source().heading();
        String guid = Guids.of("note", path, heading, d.kind().code(), d.front());
        for (int n = 1; !used.add(guid); n++) {
            guid = Guids.of("note", path, heading, d.kind().code(), d.front(), String.valueOf(n));
        }
        return guid;
    }

    static String contentHash(CardDraft d) {
        return Guids.of(d.front(), d.back());
    }
}
