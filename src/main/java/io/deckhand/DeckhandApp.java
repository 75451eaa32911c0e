package io.deckhand;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.bootstrap.BundledDeckResources;
import io.deckhand.bootstrap.SingleInstance;
import io.deckhand.render.diagram.DiagramRenderer;
import io.deckhand.app.render.CardPages;
import io.deckhand.storage.FolderMediaFiles;
import io.deckhand.ui.common.FirstFrame;
import io.deckhand.ui.common.FxTaskRunner;
import io.deckhand.ui.shell.MainWindow;
import io.deckhand.ui.shell.UiPreferences;
import io.deckhand.ui.shell.WindowGeometry;
import io.deckhand.ui.theme.OsThemeProbe;
import io.deckhand.ui.theme.ThemeController;
import io.deckhand.ui.theme.ThemeMode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop app and its composition root. The collection starts opening on a background thread
 * before the toolkit is up; the window shows at once and fills in when the collection is ready.
 */
public final class DeckhandApp extends Application {
    /**
     * Made on first use: starting SLF4J (it searches every jar on the class path) belongs on the
     * worker, which logs first, not on the main thread that is about to start the toolkit.
     */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(DeckhandApp.class);
    }
    /** For screenshots and demos: start in "light" or "dark" whatever the setting says. */
    public static final String THEME_PROPERTY = "deckhand.theme";
    /** For screenshots: "study" opens the study screen on the first deck, "answer" also shows the answer, "edit" the editor. */
    public static final String DEMO_PROPERTY = "deckhand.demo";

    /**
     * For measurements: studies the selected deck with real key presses, N cards, printing the
     * milliseconds from each key to its card page painted, then exits.
     */
    public static final String PROBE_STUDY_PROPERTY = "deckhand.probe.study";

    /** What the launcher asks for. */
    public record Options(Path dataDir, Clock clock, boolean exitAfterShown, List<Path> filesToOpen) {
        public Options {
            Objects.requireNonNull(dataDir);
            Objects.requireNonNull(clock);
            filesToOpen = List.copyOf(filesToOpen);
        }

        public Options(Path dataDir, Clock clock, boolean exitAfterShown) {
            this(dataDir, clock, exitAfterShown, List.of());
        }
    }

    /**
     * The open collection with what the first frame needs from it, all read off the FX thread;
     * {@code bundledPending} on a first start, whose bundled deck is added after the first frame.
     */
    private record Opened(AppServices services, UiPreferences prefs, List<DeckSummary> decks, boolean bundledPending) {
    }

    private record Prepared(Options options, FxTaskRunner tasks, CompletableFuture<Opened> opening,
                            CompletableFuture<Optional<OsThemeProbe>> probe) {
    }

    /** How long the window waits for the collection before showing a placeholder instead of the decks. */
    private static final long OPEN_WAIT_MS = 1500;

    private static volatile Prepared launched;
    /** Non-zero when the collection could not be opened, so --exit-after-shown works as a smoke test. */
    private static volatile int exitCode;

    private final Prepared prepared;
    private CompletableFuture<Opened> opening;
    private MainWindow window;
    /** Every {@link #BACKUP_CHECK}, a backup if the collection changed and the last one is 30 minutes old. */
    private io.deckhand.ui.common.PeriodicTask backupTimer;
    private static final java.time.Duration BACKUP_CHECK = java.time.Duration.ofMinutes(5);
    private SingleInstance singleInstance;
    /** Every {@link #CHANGE_CHECK}, whether another program wrote to the collection (then the deck list is read again). */
    private io.deckhand.ui.common.PeriodicTask changeTimer;
    private static final java.time.Duration CHANGE_CHECK = java.time.Duration.ofSeconds(3);

    /** Every {@link #SYNC_EVERY}, a sync through the sync folder when one is chosen (also on start and focus: MainWindow). */
    private io.deckhand.ui.common.PeriodicTask syncTimer;
    private static final java.time.Duration SYNC_EVERY = java.time.Duration.ofMinutes(3);

    /** Used by {@link Application#launch}; takes what {@link #launch(Options)} prepared. */
    public DeckhandApp() {
        this(Objects.requireNonNull(launched, "start Deckhand through DeckhandApp.launch"));
    }

    /** For tests: an app over {@code options.dataDir()}, started by the caller's toolkit. */
    public DeckhandApp(Options options) {
        this(prepare(options));
    }

    private DeckhandApp(Prepared p) {
        this.prepared = p;
        this.opening = p.opening();
    }

    /**
     * JavaFX's one warning on every start from the class path ("Unsupported JavaFX configuration",
     * java -jar: only the installers link JavaFX as modules). Printing it had java.util.logging format
     * a date (time-zone and locale data) on the thread that starts the toolkit, before the window.
     * Held here because java.util.logging keeps its loggers, and so their filters, only weakly.
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    /** Drops that one expected line; every other JavaFX message is logged as before. */
    static void quietClassPathWarning(java.util.logging.Logger javafx) {
        java.util.logging.Filter before = javafx.getFilter();
        javafx.setFilter(r -> !isClassPathWarning(r) && (before == null || before.isLoggable(r)));
    }

    static boolean isClassPathWarning(java.util.logging.LogRecord r) {
        return r.getLevel() == java.util.logging.Level.WARNING && r.getMessage() != null
                && r.getMessage().startsWith("Unsupported JavaFX configuration: classes were loaded from");
    }

    /** Opens the app and blocks until its window is closed; returns the exit code. */
    public static int launch(Options options) {
        quietClassPathWarning(JAVAFX_LOG);
        launched = prepare(options);
        Application.launch(DeckhandApp.class);
        return exitCode;
    }

    private static Prepared prepare(Options o) {
        // The first frame's classes load on the second core while the toolkit starts.
        io.deckhand.ui.common.ClassPreload.start();
        FxTaskRunner tasks = new FxTaskRunner();
        // Both start on the worker now, while the JavaFX toolkit is still starting (spawning the
        // probe's helper process there keeps it off the main thread, which is starting the toolkit).
        boolean forced = System.getProperty(THEME_PROPERTY) != null;
        CompletableFuture<Optional<OsThemeProbe>> probe = tasks.<Optional<OsThemeProbe>>submit(() -> forced
                ? Optional.empty() : Optional.of(OsThemeProbe.start(System.getProperty("os.name", ""), System.getenv())))
                .exceptionally(e -> Optional.empty());
        // A first start opens the new collection empty: reading the bundled deck (a cold Jackson) and writing
        // its cards competed with the first frame for the CPU; they follow the first frame (addBundledDeck).
        boolean first = Bootstrap.isFirstStart(o.dataDir());
        CompletableFuture<Opened> opening = tasks.submit(() -> open(o, first));
        return new Prepared(o, tasks, opening, probe);
    }

    private static Opened open(Options o, boolean bundledLater) throws DeckhandException {
        AppServices services = bundledLater ? Bootstrap.openWithoutBundledDecks(o.dataDir(), o.clock())
                : Bootstrap.open(o.dataDir(), o.clock());
        try {
            return new Opened(services, UiPreferences.read(services.settings()), services.study().deckTree(),
                    bundledLater);
        } catch (DeckhandException | RuntimeException e) {
            closeQuietly(services);
            throw e;
        }
    }

    /** On the launcher thread once the toolkit runs, just before {@link #start}. */
    @Override
    public void init() {
        io.deckhand.ui.common.ClassPreload.warmAfterToolkit();
    }

    @Override
    public void start(Stage stage) {
        String forced = System.getProperty(THEME_PROPERTY);
        ThemeController theme = new ThemeController(() -> prepared.probe().join().map(p -> p.prefersDark(300)).orElse(false));
        // A tenth of Primer for the first frame; the whole theme follows once the deck list is on screen.
        theme.startWithFirstFrameTheme();
        // Before any control exists: a control created without a user-agent stylesheet makes JavaFX parse Modena too.
        // The stored choice when the collection is already open, so a dark theme is not preceded by a light one.
        Optional<ThemeMode> stored = opening.isDone() && !opening.isCompletedExceptionally()
                ? Optional.of(opening.join().prefs().theme()) : Optional.empty();
        theme.setMode(forced != null ? ThemeMode.fromCode(forced) : stored.orElse(ThemeMode.SYSTEM));
        Path media = prepared.options().dataDir().resolve(Bootstrap.MEDIA_FOLDER);
        // Built while the collection may still be opening on the worker.
        window = new MainWindow(stage, theme, prepared.tasks(),
                () -> new CardPages(new FolderMediaFiles(media)),
                prepared.options().dataDir(), Platform::exit);
        Optional<Opened> ready = awaitOpened();
        Optional<UiPreferences> prefs = ready.map(Opened::prefs);
        if (forced == null) prefs.ifPresent(p -> theme.setMode(p.theme()));
        place(stage, prefs.flatMap(UiPreferences::geometry));
        stage.setMinWidth(WindowGeometry.MIN_WIDTH);
        stage.setMinHeight(WindowGeometry.MIN_HEIGHT);
        double[] wanted = {stage.getWidth(), stage.getHeight()};
        boolean exitAfterShown = prepared.options().exitAfterShown();
        boolean applyTheme = forced == null && prefs.isEmpty();
        // The deck list is built after the first frame, so the window appears as early as the toolkit allows.
        // No log line here: the first one would start SLF4J on the FX thread before the deck list shows.
        FirstFrame.measure(window.scene(), ms -> {
            if (exitAfterShown) System.out.println("first_frame_ms=" + ms);
            if (ready.isEmpty()) whenOpened(theme, applyTheme, prefs.isEmpty());
        });
        // shown_ms is the deck list with its rows (or the empty state, or the error screen) on screen.
        window.onFirstDecksShown(() -> FirstFrame.measure(window.scene(), ms -> {
            Opened now = opening.isDone() && !opening.isCompletedExceptionally() ? opening.join() : null;
            boolean bundled = now != null && now.bundledPending();
            if (exitAfterShown) {
                System.out.println("shown_ms=" + ms);
                try {
                    System.out.println(FirstFrame.cpuSummary());
                } finally {
                    // A measurement that fails must not leave the window open; a first start also says when
                    // the bundled deck's rows are on screen (decks_ms), then exits.
                    if (!bundled) Platform.exit();
                    else addBundledDeck(now, () -> FirstFrame.measure(window.scene(), d -> {
                        System.out.println("decks_ms=" + d);
                        Platform.exit();
                    }));
                }
                return;
            }
            // Menus, dialogs and the other screens need the whole theme; what is on screen looks the same with it.
            theme.useFullTheme();
            // Later launches on this collection hand their files to this window instead of opening another.
            singleInstance = SingleInstance.listen(prepared.options().dataDir(), files -> Platform.runLater(() -> {
                stage.toFront();
                window.openFiles(files);
            })).orElse(null);
            // The warm-ups below wait for the bundled deck, so they do not slow its arrival.
            if (bundled) addBundledDeck(now, this::afterDecksShown);
            else afterDecksShown();
        }));
        // Usually the collection is open by now: then the first frame already holds the decks.
        ready.ifPresent(o -> window.showCollection(o.services(), o.decks(), o.bundledPending()));
        scheduleBackups(opening);
        // Showing lays the scene out at its preferred size unless told otherwise; the window's own size saves a pass.
        Region root = (Region) window.scene().getRoot();
        if (stage.getWidth() > 0 && stage.getHeight() > 0) root.setPrefSize(stage.getWidth(), stage.getHeight());
        stage.show();
        root.setPrefSize(Region.USE_COMPUTED_SIZE, Region.USE_COMPUTED_SIZE);
        if (!stage.isMaximized()) io.deckhand.ui.shell.WindowPlacement.holdSize(stage, wanted[0], wanted[1]);
    }

    /** What follows the deck list on screen (and on a first start, the bundled deck in it). */
    private void afterDecksShown() {
        // WebKit starts while the user reads the deck list, so Enter shows the first card at once; other screens wait.
        Platform.runLater(window::afterFirstFrame);
        // Loads ELK off the FX thread now, so the first card with a diagram draws at warm speed.
        io.deckhand.ui.common.IdleWarmUp.start("diagrams", DiagramRenderer::warmUp);
        // what killed imports left in the temp folder; never on the FX thread or the worker
        opening.thenAccept(o -> io.deckhand.ui.common.IdleWarmUp.start("sweep", o.services().exchange()::sweepLeftovers));
        String demo = System.getProperty(DEMO_PROPERTY, "");
        if (!demo.isEmpty()) window.demo(demo);
        window.openFiles(prepared.options().filesToOpen());
        Integer probe = Integer.getInteger(PROBE_STUDY_PROPERTY);
        if (probe != null) window.probeStudy(probe, System.out::println, Platform::exit);
    }

    /**
     * A first start's bundled deck, read and written on the worker once the (empty) deck list is on
     * screen, which says it is coming meanwhile; then {@code then} on the FX thread. Until its cards are in,
     * a crash leaves a collection without cards, which the next open fills as before.
     */
    private void addBundledDeck(Opened opened, Runnable then) {
        window.addArrivingDecks(() -> {
            opened.services().library().loadBundledDecksIfNew(BundledDeckResources::load);
        }, then);
    }

    /**
     * The collection opens in parallel with the toolkit and is mostly ready when the window is
     * built; a short wait lets the first frame show the decks rather than a placeholder.
     * A slow or failed open shows the window first and is handled after the first frame.
     */
    private Optional<Opened> awaitOpened() {
        try {
            return Optional.of(opening.get(OPEN_WAIT_MS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private void whenOpened(ThemeController theme, boolean applyTheme, boolean applyGeometry) {
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                exitCode = 1;
                window.showOpenError(asDeckhand(failure), this::retry);
                return;
            }
            if (applyTheme) theme.setMode(opened.prefs().theme());
            if (applyGeometry) opened.prefs().geometry().ifPresent(g -> {
                Stage stage = (Stage) window.scene().getWindow();
                place(stage, Optional.of(g));
                if (!stage.isMaximized()) io.deckhand.ui.shell.WindowPlacement.holdSize(stage, stage.getWidth(), stage.getHeight());
            });
            window.showCollection(opened.services(), opened.decks(), opened.bundledPending());
        }));
    }

    private void retry() {
        opening = prepared.tasks().submit(() -> open(prepared.options(), false));
        scheduleBackups(opening);
        opening.whenComplete((opened, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                window.showOpenError(asDeckhand(failure), this::retry);
            } else {
                exitCode = 0;
                window.showCollection(opened.services(), opened.decks());
            }
        }));
    }

    /** Starts the periodic backup once the collection is open (not in the start-up measurement runs). */
    private void scheduleBackups(CompletableFuture<Opened> opened) {
        if (prepared.options().exitAfterShown()) return;
        opened.thenAccept(o -> {
            synchronized (this) {
                if (backupTimer != null) return;
                backupTimer = io.deckhand.ui.common.PeriodicTask.every(BACKUP_CHECK, "backup", () -> {
                    try {
                        o.services().backups().backupIfDue();
                    } catch (DeckhandException e) {
                        Log.LOG.warn("Automatic backup failed: {} ({})", e.getMessage(), e.details());
                    }
                });
                // Off the FX thread and off the worker: PRAGMA data_version costs microseconds, but the
                // worker may be busy with a long import.
                // Its own thread too: reading other devices' journals must not queue the user's answers.
                syncTimer = io.deckhand.ui.common.PeriodicTask.every(SYNC_EVERY, "sync", () -> {
                    try {
                        if (io.deckhand.ui.sync.AutoSync.syncIfFolderSet(o.services().sync())) {
                            Platform.runLater(() -> window.collectionChangedElsewhere());
                        }
                    } catch (DeckhandException e) {
                        Log.LOG.info("Automatic sync did not run: {} ({})", e.getMessage(), e.details());
                    }
                });
                changeTimer = io.deckhand.ui.common.PeriodicTask.every(CHANGE_CHECK, "change-watch", () -> {
                    try {
                        if (o.services().changes().changedElsewhere()) {
                            Platform.runLater(() -> window.collectionChangedElsewhere());
                        }
                    } catch (DeckhandException e) {
                        Log.LOG.debug("Could not look for changes by other programs: {}", e.getMessage());
                    }
                });
            }
        });
    }

    private static void place(Stage stage, Optional<WindowGeometry> stored) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (stored.isEmpty()) {
            stage.setWidth(Math.min(1200, screen.getWidth()));
            stage.setHeight(Math.min(780, screen.getHeight()));
            stage.centerOnScreen();
            return;
        }
        WindowGeometry g = stored.get();
        boolean onAScreen = !Screen.getScreensForRectangle(g.x(), g.y(), g.width(), g.height()).isEmpty();
        if (!onAScreen) g = g.fitInto(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight());
        stage.setX(g.x());
        stage.setY(g.y());
        stage.setWidth(g.width());
        stage.setHeight(g.height());
        stage.setMaximized(g.maximized());
    }

    @Override
    public void stop() {
        if (singleInstance != null) singleInstance.close();
        synchronized (this) {
            // A periodic backup under way finishes; the one on close follows on the worker.
            if (changeTimer != null) changeTimer.close(java.time.Duration.ofSeconds(5));
            if (syncTimer != null) syncTimer.close(java.time.Duration.ofSeconds(30));
            if (backupTimer != null) backupTimer.close(java.time.Duration.ofSeconds(30));
        }
        boolean backupOnClose = !prepared.options().exitAfterShown();
        Optional<WindowGeometry> geometry = window == null || prepared.options().exitAfterShown()
                ? Optional.empty() : window.geometry();
        CompletableFuture<Opened> current = opening;
        // Queued behind any pending work, so the last answer is written before the collection closes.
        prepared.tasks().submit(() -> {
            Opened opened;
            try {
                opened = current.join();
            } catch (CompletionException e) {
                return null;
            }
            try {
                if (geometry.isPresent()) opened.services().settings().put(WindowGeometry.SETTING_KEY, geometry.get().format());
            } finally {
                if (backupOnClose) writeJournalQuietly(opened.services());
                if (backupOnClose) backupQuietly(opened.services());
                closeQuietly(opened.services());
            }
            return null;
        });
        // Longer than the usual wait: the backup on close (VACUUM INTO) must not be cut off by the exit.
        prepared.tasks().close(java.time.Duration.ofSeconds(30));
    }

    private static DeckhandException asDeckhand(Throwable t) {
        Throwable cause = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
        return cause instanceof DeckhandException d ? d
                : new DeckhandException("Something unexpected went wrong while opening the collection.", String.valueOf(cause), cause);
    }

    /** The backup on close, when the collection changed; a failure is logged (closing goes on). */
    private static void backupQuietly(AppServices services) {
        try {
            services.backups().backupIfChanged().ifPresent(f -> Log.LOG.info("Backed up to {}", f));
        } catch (DeckhandException | RuntimeException e) {
            Log.LOG.warn("Backup on close failed", e);
        }
    }

    /** On close, this session's last answers go to the sync folder (when one is chosen) so other devices get them. */
    private static void writeJournalQuietly(AppServices services) {
        try {
            services.sync().writeJournal();
        } catch (DeckhandException | RuntimeException e) {
            Log.LOG.warn("Writing the sync journal on close failed", e);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            Log.LOG.warn("Closing the collection failed", e);
        }
    }
}
