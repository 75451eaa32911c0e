package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import java.util.Optional;

/** Small named values kept in the collection (theme, day rollover, window size...). */
public interface SettingsRepository {
    Optional<String> get(String key) throws DeckhandException;

    void put(String key, String value) throws DeckhandException;
}
