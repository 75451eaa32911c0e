package io.deckhand.app.settings;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.SettingsRepository;
import io.deckhand.app.port.Transactions;
import java.util.Optional;

/** Preferences kept in the collection (theme, window size, day rollover). */
public final class SettingsService {
    private final Transactions tx;
    private final SettingsRepository settings;

    public SettingsService(Transactions tx, SettingsRepository settings) {
        this.tx = tx;
        this.settings = settings;
    }

    public Optional<String> get(String key) throws DeckhandException {
        return tx.read(() -> settings.get(key));
    }

    public void put(String key, String value) throws DeckhandException {
        tx.inTransaction(() -> {
            settings.put(key, value);
            return null;
        });
    }
}
