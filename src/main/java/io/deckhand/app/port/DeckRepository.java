package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.PresetId;
import java.util.List;
import java.util.Optional;

public interface DeckRepository {
    List<Deck> all() throws DeckhandException;

    Optional<Deck> find(DeckId id) throws DeckhandException;

    Optional<Deck> findByName(DeckName name) throws DeckhandException;

    /** Creates one deck; the caller creates missing parents first. */
    Deck create(DeckName name, PresetId preset) throws DeckhandException;

    void update(Deck deck) throws DeckhandException;

    /** Deletes the deck and its cards. */
    void delete(DeckId id) throws DeckhandException;
}
