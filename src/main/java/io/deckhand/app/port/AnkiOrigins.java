package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.deck.DeckId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What notes imported from Anki keep of their origin: their note type (as JSON, by Anki's id),
 * Anki's note id and the template ordinal of each card, so an export can write them back as Anki
 * had them (same note type, ids and ordinals: Anki then updates the notes it already has).
 */
public interface AnkiOrigins {
    /** Anki's note id, note type id and the ordinals of the note's cards in card id order. */
    record Origin(long ankiNoteId, long noteTypeId, List<Integer> ordinals) {
        public Origin {
            ordinals = List.copyOf(ordinals);
        }
    }

    /** Stores (or replaces) a note type. */
    void keepNoteType(long id, String json) throws DeckhandException;

    /** Removes a stored note type (undo of the import that brought it); no note may still use it. */
    void forgetNoteType(long id) throws DeckhandException;

    /** The stored note types with these ids, as JSON. */
    Map<Long, String> noteTypes(Collection<Long> ids) throws DeckhandException;

    void keepNote(NoteId note, Origin origin) throws DeckhandException;

    /** The origins of the notes of the cards now in these decks, by Deckhand note id. */
    Map<Long, Origin> ofNotesInDecks(Collection<DeckId> decks) throws DeckhandException;
}
