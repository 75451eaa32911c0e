package io.deckhand.bootstrap;

import io.deckhand.app.AppServices;
import io.deckhand.app.backup.BackupService;
import io.deckhand.app.browse.BrowseService;
import io.deckhand.app.deckoptions.DeckOptionsService;
import io.deckhand.app.deckoptions.WorkloadService;
import io.deckhand.app.error.CollectionException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.exchange.ExchangeRepositories;
import io.deckhand.app.exchange.ExchangeService;
import io.deckhand.app.library.ChangeWatch;
import io.deckhand.app.library.LibraryService;
import io.deckhand.app.notes.NotesExtractService;
import io.deckhand.app.notes.NotesImportService;
import io.deckhand.app.quiz.ExamService;
import io.deckhand.app.quiz.QuizService;
import io.deckhand.app.settings.SettingsService;
import io.deckhand.app.stats.StatsService;
import io.deckhand.app.study.StudyDaySetting;
import io.deckhand.app.study.StudyService;
import io.deckhand.app.sync.SyncService;
import io.deckhand.app.port.OtherWriters;
import io.deckhand.app.undo.UndoStack;
import io.deckhand.storage.SqliteBrowseRepository;
import io.deckhand.quiz.question.QuestionGenerator;
import io.deckhand.quiz.question.QuestionGrader;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteBackups;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteDeckRepository;
import io.deckhand.storage.SqliteExamRepository;
import io.deckhand.storage.SqliteNativeLibrary;
import io.deckhand.storage.SqliteNoteRepository;
import io.deckhand.storage.SqliteOtherWriters;
import io.deckhand.storage.SqlitePresetRepository;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.storage.SqliteSettingsRepository;
import io.deckhand.storage.SqliteStatsRepository;
import io.deckhand.storage.SqliteSyncStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** Builds the object graph over one collection; both front ends start here. */
public final class Bootstrap {
    public static final String COLLECTION_FILE = "collection.sqlite";
    /** Images and other files cards refer to, beside the collection (as Anki's collection.media). */
    public static final String MEDIA_FOLDER = "media";
    static final String ROLLOVER_KEY = StudyDaySetting.KEY;

    private Bootstrap() {
    }

    /** Opens (creating on first start) the collection in {@code dataDir}; loads the bundled decks if new. */
    public static AppServices open(Path dataDir, Clock clock) throws DeckhandException {
        return open(dataDir, clock, BundledDeckResources::load);
    }

    /** As {@link #open(Path, Clock)}, with the bundled decks from {@code bundled} (e.g. read ahead on another thread). */
    public static AppServices open(Path dataDir, Clock clock, LibraryService.BundledDecks bundled) throws DeckhandException {
        return open(dataDir, clock, Optional.of(bundled));
    }

    /**
     * The collection for an import: a new one does not get the bundled decks first (the user brings
     * their own cards, and once it has cards the bundled decks are not added); the bundled notes'
     * one-time join waits for the next ordinary open.
     */
    public static AppServices openWithoutBundledDecks(Path dataDir, Clock clock) throws DeckhandException {
        return open(dataDir, clock, Optional.empty());
    }

    private static AppServices open(Path dataDir, Clock clock, Optional<LibraryService.BundledDecks> bundledDecks)
            throws DeckhandException {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new CollectionException("Deckhand cannot create its data folder " + dataDir
                    + ". Check that you may write there, or choose another with --data-dir.", e);
        }
        Timing.mark("arguments parsed, data folder");
        SqliteNativeLibrary.useCache(DataDirectory.defaultCache());
        Timing.mark("SQLite library");
        Database db = Database.open(dataDir.resolve(COLLECTION_FILE));
        Timing.mark("collection open, migrations");
        AppServices services = wire(db, clock, dataDir.resolve(MEDIA_FOLDER));
        Timing.mark("services wired");
        if (bundledDecks.isEmpty()) return services;
        LibraryService.BundledDecks bundled = bundledDecks.get();
        try {
            services.library().loadBundledDecksIfNew(bundled);
            services.library().joinBundledPairsOnce(bundled, io.deckhand.app.notes.NotesDeckBuilder::formerGuids);
            Timing.mark("bundled decks");
        } catch (DeckhandException | RuntimeException e) {
            closeQuietly(services);
            throw e;
        }
        return services;
    }

    /** Whether {@code dataDir} has no collection yet, so the first open will load the bundled decks. */
    public static boolean isFirstStart(Path dataDir) {
        return !Files.exists(dataDir.resolve(COLLECTION_FILE));
    }

    /** Services over an existing database, with no bundled decks (tests and benchmarks). */
    public static AppServices wire(Database db, Clock clock) throws DeckhandException {
        return wire(db, clock, null);
    }

    /** Services over an existing database; {@code mediaDir} null = imported media is not kept. */
    public static AppServices wire(Database db, Clock clock, Path mediaDir) throws DeckhandException {
        db.useClock(clock); // sync stamps changes in SQL (its triggers): with the services' clock
        var settingsRepo = new SqliteSettingsRepository(db);
        var presets = new SqlitePresetRepository(db);
        db.inTransaction(() -> presets.all().isEmpty() ? presets.create("Default") : null);
        var decks = new SqliteDeckRepository(db, clock);
        var cards = new SqliteCardRepository(db, clock);
        var notes = new SqliteNoteRepository(db, clock);
        var log = new SqliteReviewLogRepository(db);
        SettingsService settings = new SettingsService(db, settingsRepo);
        var day = new StudyDaySetting(db, settingsRepo, clock.getZone());
        var browseRepo = new SqliteBrowseRepository(db, clock);
        var undo = new UndoStack(db);
        LibraryService library = new LibraryService(db, decks, presets, notes, cards, settingsRepo, clock, undo, browseRepo);
        StudyService study = new StudyService(db, decks, presets, cards, log, clock, day, settingsRepo, undo, browseRepo);
        var backups = new SqliteBackups(db, clock);
        BackupService backupService = new BackupService(backups,
                backups.isFile() ? Optional.of(dataDirOf(db)) : Optional.empty(), clock, () -> {
                    study.forgetUndo();
                    day.reload();
                });
        // The rest is made on first use: the deck list needs none of it (start-up).
        Supplier<QuestionGenerator> generator = once(QuestionGenerator::new);
        Supplier<QuestionGrader> grader = once(QuestionGrader::new);
        // File > Import reads Markdown notes as the notes importer would (its remembered reading per folder)
        AppServices[] made = new AppServices[1];
        AppServices services = new AppServices(study, library, settings, watchFrom(new SqliteOtherWriters(db)), backupService, db,
                new AppServices.Later(
                () -> new ExchangeService(db, new ExchangeRepositories(decks, presets, notes, cards, log,
                        new io.deckhand.storage.SqliteAnkiOrigins(db)), library, mediaDir, clock, day, undo,
                        root -> made[0].notes().readingFor(root)),
                () -> new DeckOptionsService(db, decks, presets, day, log, settingsRepo, undo),
                () -> new NotesImportService(db, notes, cards, library, new NotesExtractService(), clock, day, settingsRepo,
                        undo),
                () -> new BrowseService(db, decks, cards, browseRepo, library, undo, clock, day, study::buriedToday),
                () -> new StatsService(db, decks, cards, presets, log, new SqliteStatsRepository(db), study::buriedToday,
                        clock, day),
                () -> new QuizService(db, decks, cards, study, (c, t, n, s) -> generator.get().generate(c, t, n, s),
                        (q, r) -> grader.get().grade(q, r)),
                () -> new ExamService(db, decks, cards, new SqliteExamRepository(db),
                        (c, t, n, s) -> generator.get().generate(c, t, n, s), (q, r) -> grader.get().grade(q, r), clock),
                () -> new WorkloadService(db, decks, presets, cards, log, day, clock),
                () -> new SyncService(db, new SqliteSyncStore(db), settingsRepo, clock, db.collectionFile())));
        made[0] = services;
        // sync records changes only while a folder is set (docs/sync.md): make sure it does
        if (db.read(() -> settingsRepo.get(SyncService.FOLDER_KEY)).isPresent()) services.sync().ensureRecording();
        return services;
    }

    /** A supplier that makes its value once, on first use, whatever the thread. */
    private static <T> Supplier<T> once(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) value = make.get();
                return value;
            }
        };
    }

    private static ChangeWatch watchFrom(OtherWriters others)
            throws DeckhandException {
        var watch = new ChangeWatch(others);
        watch.markSeen();
        return watch;
    }

    /** Backups live beside the collection file, in {@value BackupService#FOLDER}. */
    private static Path dataDirOf(Database db) {
        return db.collectionFile().orElseThrow().toAbsolutePath().getParent().resolve(BackupService.FOLDER);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // the original failure is what the user needs to see
        }
    }
}
