package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import java.util.List;

public interface PresetRepository {
    /** The preset, or the default preset if it no longer exists. */
    DeckPreset get(PresetId id) throws DeckhandException;

    List<DeckPreset> all() throws DeckhandException;

    /** Creates a preset with default options and the given name. */
    DeckPreset create(String name) throws DeckhandException;

    void update(DeckPreset preset) throws DeckhandException;

    /** Deletes a preset no deck uses (undo of the import that made it); the default preset stays. */
    void delete(PresetId id) throws DeckhandException;
}
