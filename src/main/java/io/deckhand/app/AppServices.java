package io.deckhand.app;

import io.deckhand.app.backup.BackupService;
import io.deckhand.app.browse.BrowseService;
import io.deckhand.app.deckoptions.DeckOptionsService;
import io.deckhand.app.deckoptions.WorkloadService;
import io.deckhand.app.exchange.ExchangeService;
import io.deckhand.app.library.ChangeWatch;
import io.deckhand.app.library.LibraryService;
import io.deckhand.app.notes.NotesImportService;
import io.deckhand.app.quiz.ExamService;
import io.deckhand.app.quiz.QuizService;
import io.deckhand.app.settings.SettingsService;
import io.deckhand.app.stats.StatsService;
import io.deckhand.app.study.StudyService;
import io.deckhand.app.sync.SyncService;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The services both front ends call; closing releases the collection. What the deck list needs
 * (study, library, settings, change watch) and the backups are made at once; the others on first use, so opening
 * the collection does not load the importers', quiz graders' or statistics' code (start-up).
 */
public final class AppServices implements AutoCloseable {
    private final StudyService study;
    private final LibraryService library;
    private final SettingsService settings;
    private final ChangeWatch changes;
    private final BackupService backups;
    private final AutoCloseable collection;
    private final Lazy<ExchangeService> exchange;
    private final Lazy<DeckOptionsService> deckOptions;
    private final Lazy<NotesImportService> notes;
    private final Lazy<BrowseService> browse;
    private final Lazy<StatsService> stats;
    private final Lazy<QuizService> quiz;
    private final Lazy<ExamService> exam;
    private final Lazy<WorkloadService> workload;
    private final Lazy<SyncService> sync;

    /** The services made on first use; each supplier runs at most once. */
    public record Later(Supplier<ExchangeService> exchange, Supplier<DeckOptionsService> deckOptions,
                        Supplier<NotesImportService> notes, Supplier<BrowseService> browse,
                        Supplier<StatsService> stats, Supplier<QuizService> quiz, Supplier<ExamService> exam,
                        Supplier<WorkloadService> workload, Supplier<SyncService> sync) {
    }

    /** {@code backups} is made at open: it notes the collection's change count then, to know later whether it changed. */
    public AppServices(StudyService study, LibraryService library, SettingsService settings, ChangeWatch changes,
                       BackupService backups, AutoCloseable collection, Later later) {
        this.study = Objects.requireNonNull(study);
        this.library = Objects.requireNonNull(library);
        this.settings = Objects.requireNonNull(settings);
        this.changes = Objects.requireNonNull(changes);
        this.backups = Objects.requireNonNull(backups);
        this.collection = Objects.requireNonNull(collection);
        exchange = new Lazy<>(later.exchange());
        deckOptions = new Lazy<>(later.deckOptions());
        notes = new Lazy<>(later.notes());
        browse = new Lazy<>(later.browse());
        stats = new Lazy<>(later.stats());
        quiz = new Lazy<>(later.quiz());
        exam = new Lazy<>(later.exam());
        workload = new Lazy<>(later.workload());
        sync = new Lazy<>(later.sync());
    }

    public StudyService study() {
        return study;
    }

    public LibraryService library() {
        return library;
    }

    public SettingsService settings() {
        return settings;
    }

    public ChangeWatch changes() {
        return changes;
    }

    public AutoCloseable collection() {
        return collection;
    }

    public ExchangeService exchange() {
        return exchange.get();
    }

    public DeckOptionsService deckOptions() {
        return deckOptions.get();
    }

    public NotesImportService notes() {
        return notes.get();
    }

    public BrowseService browse() {
        return browse.get();
    }

    public StatsService stats() {
        return stats.get();
    }

    public QuizService quiz() {
        return quiz.get();
    }

    public ExamService exam() {
        return exam.get();
    }

    public BackupService backups() {
        return backups;
    }

    public WorkloadService workload() {
        return workload.get();
    }

    /** Sync through a shared folder (docs/sync.md). */
    public SyncService sync() {
        return sync.get();
    }

    @Override
    public void close() throws Exception {
        collection.close();
    }

    /** Made by the first caller on any thread (the FX thread, the worker, the backup timer), once. */
    private static final class Lazy<T> {
        private Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = Objects.requireNonNull(make);
        }

        T get() {
            T v = value;
            if (v != null) return v;
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(make.get());
                    make = null;
                }
                return value;
            }
        }
    }
}
