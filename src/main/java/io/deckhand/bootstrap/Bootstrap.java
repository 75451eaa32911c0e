package io.deckhand.bootstrap;

import io.deckhand.app.AppServices;
import io.deckhand.app.deckoptions.DeckOptionsService;
import io.deckhand.app.error.CollectionException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.library.LibraryService;
import io.deckhand.app.settings.SettingsService;
import io.deckhand.app.study.StudyDaySetting;
import io.deckhand.app.study.StudyService;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteDeckRepository;
import io.deckhand.storage.SqliteNoteRepository;
import io.deckhand.storage.SqlitePresetRepository;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.storage.SqliteSettingsRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/** Builds the object graph over one collection; both front ends start here. */
public final class Bootstrap {
    public static final String COLLECTION_FILE = "collection.sqlite";
    static final String ROLLOVER_KEY = StudyDaySetting.KEY;

    private Bootstrap() {
    }

    /** Opens (creating on first start) the collection in {@code dataDir}; loads the bundled decks if new. */
    public static AppServices open(Path dataDir, Clock clock) throws DeckhandException {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new CollectionException("Deckhand cannot create its data folder " + dataDir
                    + ". Check that you may write there, or choose another with --data-dir.", e);
        }
        AppServices services = wire(Database.open(dataDir.resolve(COLLECTION_FILE)), clock);
        try {
            services.library().loadBundledDecksIfNew(BundledDeckResources::load);
        } catch (DeckhandException | RuntimeException e) {
            closeQuietly(services);
            throw e;
        }
        return services;
    }

    /** Services over an existing database, with no bundled decks (tests and benchmarks). */
    public static AppServices wire(Database db, Clock clock) throws DeckhandException {
        var settingsRepo = new SqliteSettingsRepository(db);
        var presets = new SqlitePresetRepository(db);
        db.inTransaction(() -> presets.all().isEmpty() ? presets.create("Default") : null);
        var decks = new SqliteDeckRepository(db, clock);
        var cards = new SqliteCardRepository(db, clock);
        var notes = new SqliteNoteRepository(db, clock);
        var log = new SqliteReviewLogRepository(db);
        SettingsService settings = new SettingsService(db, settingsRepo);
        var day = new StudyDaySetting(db, settingsRepo, clock.getZone());
        return new AppServices(
                new StudyService(db, decks, presets, cards, log, clock, day),
                new LibraryService(db, decks, presets, notes, cards, settingsRepo, clock),
                settings,
                db,
                new DeckOptionsService(db, decks, presets, day));
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // the original failure is what the user needs to see
        }
    }
}
