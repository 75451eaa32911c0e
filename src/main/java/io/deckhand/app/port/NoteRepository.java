package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.note.Note;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface NoteRepository {
    /** Inserts a note; the given id is ignored and a new one assigned. */
    Note insert(String guid, String noteType, List<String> fields, SourceRef source, String contentHash)
            throws DeckhandException;

    Optional<Note> find(NoteId id) throws DeckhandException;

    Optional<Note> findByGuid(String guid) throws DeckhandException;

    /** The notes with any of these guids (one query per few hundred guids, not one per guid). */
    List<Note> findByGuids(Collection<String> guids) throws DeckhandException;

    /** The notes of the cards now in these decks (for exports: one query instead of one per card). */
    List<Note> ofCardsInDecks(Collection<DeckId> decks) throws DeckhandException;

    /** Notes whose source path starts with {@code pathPrefix} (for re-sync of a file or folder). */
    List<Note> findBySourcePrefix(String pathPrefix) throws DeckhandException;

    void update(Note note) throws DeckhandException;

    /** Deletes the note and its cards. */
    void delete(NoteId id) throws DeckhandException;
}
