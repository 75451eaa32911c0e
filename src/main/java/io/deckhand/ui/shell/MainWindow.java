package io.deckhand.ui.shell;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.notes.NotesSources;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.domain.card.CardId;
import io.deckhand.app.render.CardPages;
import io.deckhand.ui.backup.BackupMenu;
import io.deckhand.ui.backup.BackupViewModel;
import io.deckhand.ui.common.DialogErrorPresenter;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import io.deckhand.ui.common.Toast;
import io.deckhand.ui.deck.DeckListViewModel;
import io.deckhand.ui.deck.MainView;
import io.deckhand.ui.exchange.ImportViewModel;
import io.deckhand.ui.quiz.QuizScreens;
import io.deckhand.ui.study.StudyProbe;
import io.deckhand.ui.sync.AutoSync;
import io.deckhand.ui.sync.SyncDialog;
import io.deckhand.ui.sync.SyncViewModel;
import io.deckhand.ui.theme.StyleClasses;
import io.deckhand.ui.theme.ThemeController;
import io.deckhand.ui.theme.ThemeMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;

/**
 * The one window: the menu bar above the content area, which a {@link Navigator} fills with one
 * screen at a time. The window owns what spans screens (menus, drag and drop, undo, the toast);
 * each screen is a controller ({@link DecksScreen}, {@link StudyScreen}, ...) made the first time
 * it is shown, so the first frame builds only the deck list. New screens go in {@link #addScreens}.
 */
public final class MainWindow {
    private final Stage stage;
    private final ThemeController theme;
    private final TaskRunner tasks;
    private final Supplier<CardPages> pages;
    private final Path dataDir;
    private final ErrorPresenter errors;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final StackPane content = new StackPane();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final Navigator navigator;
    private final MenuBar menuBar;
    private final Scene scene;
    private Toast toast;

    private AppServices services;
    private Dialogs dialogs;
    private Navigator.Slot<DecksScreen> decks;
    private Navigator.Slot<StudyScreen> study;
    private Navigator.Slot<BrowseScreen> browse;
    private Navigator.Slot<StatsScreen> stats;
    private QuizScreens quizScreens;
    private AutoSync autoSync;
    private Runnable onFirstDecks = () -> { };
    private String pendingDemo;

    public MainWindow(Stage stage, ThemeController theme, TaskRunner tasks, Supplier<CardPages> pages, Path dataDir,
                      Runnable quit) {
        this.stage = stage;
        this.theme = theme;
        this.tasks = tasks;
        this.pages = pages;
        this.dataDir = dataDir;
        this.errors = new DialogErrorPresenter(() -> stage);
        frame.setCenter(content);
        root.getChildren().add(frame);
        scene = new Scene(root);
        navigator = new Navigator(content, () -> ThemeController.installScreenStyles(scene));
        stage.focusedProperty().addListener((obs, was, is) -> {
            if (is) {
                lookForChangesElsewhere();
                if (autoSync != null) autoSync.onFocus();
            }
        });
        MenuBarView menus = new MenuBarView(new MenuBarView.Actions(
                this::addCard, quit, this::undo, this::editCurrent, this::deckOptions, this::showDecks, this::refresh,
                this::chooseImport, this::exportDeck, this::chooseNotes, this::browse, this::stats),
                theme, open, navigator.studyingProperty());
        menuBar = menus.node();
        frame.setTop(menuBar);
        UndoMenuLabel.attach(menuBar, () -> services == null ? Optional.empty()
                : services.study().undoHistory().nextLabel());
        addBackupItems(menus);
        addSyncItem(menus);
        MenuBarView.addPracticeMenu(menuBar, this::quiz, this::exam, open, navigator.studyingProperty());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, e -> {
            if (quizScreens != null) quizScreens.windowClosing();
        });
        theme.install(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (navigator.isStudying()) study.get().handleKey(e);
        });
        scene.setOnDragOver(e -> {
            if (acceptsFiles() && e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = acceptsFiles() && e.getDragboard().hasFiles();
            if (ok) {
                List<Path> dropped = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                Platform.runLater(() -> openFiles(dropped));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        Label opening = new Label("Opening your collection\u2026");
        opening.getStyleClass().add(StyleClasses.MUTED);
        navigator.showNode(opening);
        stage.setTitle("Deckhand");
        stage.setScene(scene);
    }

    /**
     * Every screen of the content area, registered here and made on first show. To add one: a
     * class implementing {@link Screen} (a controller over its view and view model), a slot here,
     * and an action that calls {@code slot.show()} (menu item in {@link MenuBarView}, a link, a key).
     */
    private void addScreens(AppServices s) {
        decks = navigator.first(() -> new DecksScreen(s, tasks, errors, new DecksScreen.Actions(this::study,
                this::addCard, this::deckOptions, new MainView.Links(this::chooseNotes, this::browse, this::stats,
                this::chooseImport), this::quiz, this::exam, this::customStudy), scene::getWindow, this::toast));
        study = navigator.lazily(() -> new StudyScreen(s.study(), tasks, errors, pages.get(), theme.darkProperty(),
                this::toast, this::showDecks, this::editCurrent, this::cardInfo));
        browse = navigator.lazily(() -> {
            var b = new BrowseScreen(s.browse(), tasks, errors, pages.get(), theme.darkProperty(), this::toast,
                    () -> deckList().refresh(), this::editCard, this::cardInfo, this::showDecks);
            menuBar.getMenus().add(2, b.cardsMenu());
            return b;
        });
        stats = navigator.lazily(() -> new StatsScreen(s.stats(), tasks, errors, stage, this::showDecks));
    }

    public Scene scene() {
        return scene;
    }

    /** Runs once, after the first deck list (or the empty state) is on screen. */
    public void onFirstDecksShown(Runnable r) {
        onFirstDecks = r;
    }

    /** The collection is open: build the deck list and show it, starting from {@code initial} (read off the FX thread). */
    public void showCollection(AppServices opened, List<DeckSummary> initial) {
        showCollection(opened, initial, false);
    }

    /**
     * As {@link #showCollection(AppServices, List)}; with {@code arriving}, an empty {@code initial} says
     * decks are on their way ({@link #addArrivingDecks}) instead of offering the empty state's first steps.
     */
    public void showCollection(AppServices opened, List<DeckSummary> initial, boolean arriving) {
        services = opened;
        autoSync = new AutoSync(opened::sync, tasks, this::collectionChangedElsewhere);
        dialogs = new Dialogs(opened, tasks, errors, stage, pages, theme::isDark, navigator::prepareForScreens);
        addScreens(opened);
        DeckListViewModel list = decks.get().decks();
        list.loadedProperty().addListener((obs, was, is) -> {
            if (is) {
                Runnable r = onFirstDecks;
                onFirstDecks = () -> { };
                Platform.runLater(r);
            }
        });
        theme.modeProperty().addListener((obs, old, now) -> tasks.run(
                () -> opened.settings().put(ThemeMode.SETTING_KEY, now.code()),
                () -> { }, e -> errors.show(e, "The theme is used now but will not be remembered.")));
        open.set(true);
        decks.show();
        list.arrivingProperty().set(arriving);
        list.show(initial);
        if (pendingDemo != null) {
            String d = pendingDemo;
            pendingDemo = null;
            Platform.runLater(() -> demo(d));
        }
    }

    /**
     * Runs {@code add} on the worker (a first start's bundled deck, after the first frame), then shows
     * the decks it added and runs {@code then} on the FX thread. A failure is reported and leaves the
     * collection as it was, so the empty state (import, add a card) follows.
     */
    public void addArrivingDecks(TaskRunner.Action add, Runnable then) {
        DeckListViewModel list = deckList();
        AppServices s = services;
        tasks.run(() -> {
            add.run();
            return s.study().deckTree();
        }, tree -> {
            list.arrived(tree);
            then.run();
        }, e -> {
            list.arrivingProperty().set(false);
            list.refresh();
            errors.show(e, "The bundled deck was not added; your collection was not changed.");
            then.run();
        });
    }

    /** The collection could not be opened: say why, offer to retry. */
    public void showOpenError(DeckhandException error, Runnable retry) {
        open.set(false);
        navigator.showNode(new ErrorScreen(error, dataDir, retry, stage::close));
        Runnable r = onFirstDecks;
        onFirstDecks = () -> { };
        Platform.runLater(r);
    }

    /**
     * After the deck list is first on screen: makes the study screen and starts its page engine
     * (WebKit) on an empty card, so the first card after Enter only loads its own page; then says
     * whether a mock exam was left unfinished.
     */
    public void afterFirstFrame() {
        if (services == null) return;
        boolean first = study.made().isEmpty();
        if (first) study.preload().warmUp(theme.isDark(), decks.get().selected());
        quizScreens().remindUnfinished();
        if (first) autoSync.now();
    }

    public Optional<WindowGeometry> geometry() {
        if (stage.getWidth() <= 0 || stage.getHeight() <= 0 || Double.isNaN(stage.getX())) return Optional.empty();
        return Optional.of(new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    /** Shows a short note at the bottom of the window. */
    public void toast(String text) {
        if (toast == null) toast = new Toast(root);
        toast.show(text);
    }

    /**
     * Demo and screenshot mode: starts studying the selected deck, then on the first card does
     * nothing ("study"), shows the answer ("answer") or opens the editor ("edit"); or opens
     * "browse", "stats", "sync" (its dialog), "custom-study" (its dialog for the selected deck), "cram" (a
     * cram session of the selected deck's command cards, on its first answer), the quiz and exam screens,
     * imports "import:PATH" straight to its report, or opens the export dialog ("export").
     */
    public void demo(String what) {
        // On a slow start the collection opens after this call: run the demo once it is shown.
        if (services == null) {
            pendingDemo = what;
            return;
        }
        if (what.startsWith("quiz") || what.startsWith("exam")) {
            if (what.startsWith("quiz")) quiz();
            else exam();
            quizScreens().demo(what);
        } else if (what.equals("browse")) {
            browse();
            browse.made().ifPresent(BrowseScreen::selectFirstWhenLoaded);
        } else if (what.equals("stats")) {
            stats();
        } else if (what.equals("sync")) {
            showSync();
        } else if (what.equals("export")) {
            Platform.runLater(this::exportDeck);
        } else if (what.equals("custom-study")) {
            selectedDeck().ifPresent(d -> Platform.runLater(() -> customStudy(d)));
        } else if (what.equals("cram")) {
            // a cram session over the deck's command cards, on its first answer (the buttons' cram labels)
            selectedDeck().ifPresent(d -> startCustomStudy(d, new io.deckhand.app.study.CustomStudy(
                    io.deckhand.app.study.CustomStudy.Mode.KIND, 1, "", io.deckhand.domain.card.CardKind.COMMAND,
                    50, false), () -> study.get().onNextQuestion(() -> study.get().showAnswer())));
        } else if (what.startsWith("choose:")) {
            importFiles(List.of(Path.of(what.substring("choose:".length()))));
        } else if (what.startsWith("import:")) {
            importFiles(List.of(Path.of(what.substring("import:".length())))).ifPresent(ImportViewModel::start);
        } else if (what.startsWith("notes:")) {
            importNotes(List.of(Path.of(what.substring("notes:".length()))));
        } else if (what.startsWith("options")) {
            if (what.equals("options-workload")) scrollToWorkloadLater();
            Platform.runLater(this::deckOptions);
        } else {
            selectedDeck().ifPresent(d -> {
                study(d);
                if (!what.equals("study")) study.get().onNextQuestion(() -> {
                    if (what.equals("edit")) editCurrent();
                    else study.get().showAnswer();
                });
            });
        }
    }

    /** For a screenshot of the workload charts, further down the deck options form. */
    private static void scrollToWorkloadLater() {
        var later = new javafx.animation.PauseTransition(Duration.seconds(4));
        later.setOnFinished(e -> javafx.stage.Window.getWindows().stream()
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot().lookup("#workloadPanel"))
                .filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(panel -> panel.getParent().getParent().getParent().getParent()
                        .lookupAll(".scroll-pane").forEach(sp -> ((javafx.scene.control.ScrollPane) sp).setVvalue(0.5))));
        later.play();
    }

    /** Times the study loop with real key presses ({@link StudyProbe}) on the selected deck. */
    public void probeStudy(int cards, Consumer<String> out, Runnable done) {
        new StudyProbe(stage, () -> study.get().card(), () -> study.get().viewModel(), cards, out, done)
                .start(Duration.seconds(2));
    }

    /**
     * Opens the notes import preview for these files or folders (File > Import notes..., drag and
     * drop, or the demo mode "notes:PATH"). Nothing is saved until the user confirms there.
     */
    public void importNotes(List<Path> paths) {
        if (services == null || navigator.isStudying() || paths.isEmpty()) return;
        dialogs.importNotes(paths, note -> {
            toast(note);
            deckList().refresh();
        });
    }

    /**
     * Another program committed to the collection (found by the periodic look): the deck list is read
     * again now, or when it is shown next.
     */
    public void collectionChangedElsewhere() {
        refresh();
    }

    /**
     * Files dropped on the window or given by the file manager: notes go to the preview (nothing saved
     * before the user confirms), decks to Import. Ignored while studying or before the collection is open.
     */
    public void openFiles(List<Path> files) {
        if (services == null || navigator.isStudying() || files.isEmpty()) return;
        List<Path> notes = files.stream().filter(NotesSources::isNotes).toList();
        List<Path> others = files.stream().filter(p -> !notes.contains(p)).toList();
        if (!notes.isEmpty()) importNotes(notes);
        if (!others.isEmpty()) importFiles(others);
    }

    /** Opens the import window for these files (File → Import…, drag and drop, Import notes…). */
    public Optional<ImportViewModel> importFiles(List<Path> files) {
        if (services == null || files.isEmpty()) return Optional.empty();
        return Optional.of(dialogs.importFiles(files, selectedDeck().map(d -> d.name().value()).orElse(null), () -> {
            deckList().refresh();
            if (browse.isShowing()) browse.get().refresh();
            if (stats.isShowing()) stats.get().refresh();
            toast("Import finished");
        }));
    }

    private boolean acceptsFiles() {
        return open.get() && !navigator.isStudying();
    }

    private DeckListViewModel deckList() {
        return decks.get().decks();
    }

    private Optional<DeckSummary> selectedDeck() {
        return decks == null ? Optional.empty() : decks.get().selected();
    }

    /** File → Back up now, Restore from backup…, Check collection… (not while studying). */
    private void addBackupItems(MenuBarView menus) {
        var vm = new BackupViewModel(() -> services == null ? null : services.backups(), tasks, errors, this::toast,
                this::showDecks);
        menus.addFileItemsBeforeQuit(new BackupMenu(vm, stage)
                .items(Bindings.or(Bindings.not(open), navigator.studyingProperty()))
                .toArray(MenuItem[]::new));
    }

    /** File → Sync…: the sync folder, this device's name, the other devices, Sync now. */
    private void addSyncItem(MenuBarView menus) {
        MenuItem sync = new MenuItem("Sync\u2026");
        sync.setId("syncMenuItem");
        sync.setAccelerator(io.deckhand.ui.common.Shortcuts.SYNC.key());
        sync.setOnAction(e -> showSync());
        sync.disableProperty().bind(Bindings.not(open));
        menus.addFileItemsBeforeQuit(sync);
    }

    private void showSync() {
        if (services == null) return;
        AppServices s = services;
        new SyncDialog(new SyncViewModel(s::sync, tasks, errors, this::collectionChangedElsewhere), stage).show();
    }

    private void showDecks() {
        if (decks == null) return;
        decks.show();
        deckList().refresh();
    }

    private void refresh() {
        if (decks != null && !navigator.isStudying()) deckList().refresh();
    }

    /** Coming back to the window is when a change made meanwhile by another program is most likely. */
    private void lookForChangesElsewhere() {
        if (services != null && decks != null && !navigator.isStudying()) {
            deckList().refreshIfChangedElsewhere(services.changes());
        }
    }

    private void study(DeckSummary deck) {
        study.show().start(deck);
    }

    /** Custom study of a deck: the dialog, then its cards on the study screen (a cram session unless rescheduling). */
    private void customStudy(DeckSummary deck) {
        if (services == null || navigator.isStudying()) return;
        var request = new io.deckhand.ui.deck.CustomStudyDialog(deck.name().value(), stage).showAndWait();
        if (request.isEmpty()) return;
        startCustomStudy(deck, request.get(), () -> { });
    }

    /** Starts a custom study session; {@code started} runs once its cards are on the study screen. */
    private void startCustomStudy(DeckSummary deck, io.deckhand.app.study.CustomStudy r, Runnable started) {
        tasks.run(() -> services.study().customStudy(deck.id(), r), ids -> {
            if (ids.isEmpty()) {
                toast("No cards in " + deck.name().value() + " for " + r.mode().label().toLowerCase(java.util.Locale.ROOT));
                return;
            }
            study.show().startCards(ids, deck.name().value() + " \u00b7 " + r.mode().label()
                    + (r.reschedule() ? "" : " (cram)"), r.reschedule());
            toast(ids.size() + (ids.size() == 1 ? " card" : " cards") + (r.reschedule()
                    ? "; your answers reschedule them" : "; a cram session: no card's schedule changes"));
            started.run();
        }, e -> errors.show(e, "No custom study was started."));
    }

    /** Studies a given list of cards (an exam's missed ones) on the study screen. */
    private void studyCards(List<CardId> ids, String title) {
        if (services == null || ids.isEmpty()) return;
        study.show().startCards(ids, title);
        toast(ids.size() == 1 ? "Studying the 1 card you missed" : "Studying the " + ids.size() + " cards you missed");
    }

    /**
     * Ctrl+Z: takes back the most recent change, whatever it was. A study answer goes through the
     * study screen while it shows (it puts the card back on screen); anything else through the
     * one undo history, after which the screen on show is read again.
     */
    private void undo() {
        if (services == null) return;
        // A cram session changed nothing: Ctrl+Z steps back in it instead of undoing an earlier change.
        if (navigator.isStudying() && (study.get().practicing() || services.study().undoHistory().nextIsAnswer())) {
            study.get().undoAnswer();
            return;
        }
        tasks.run(() -> services.study().undoHistory().undo(), undone -> {
            toast(undone.map(u -> "Undone: " + u.label()).orElse("Nothing to undo"));
            if (undone.isEmpty()) return;
            if (navigator.isStudying()) study.get().reload("Undone: " + undone.get().label());
            else deckList().refresh();
            if (browse.isShowing()) browse.get().refresh();
        }, e -> errors.show(e, "Nothing was undone."));
    }

    private void editCurrent() {
        if (!navigator.isStudying()) return;
        study.get().currentCardId().ifPresent(id -> dialogs.editCard(id, () -> study.get().reload("Card saved")));
    }

    private void editCard(CardId id) {
        dialogs.editCard(id, () -> {
            toast("Card saved");
            browse.made().ifPresent(BrowseScreen::refresh);
        });
    }

    private void addCard() {
        if (services == null) return;
        String deck = navigator.isStudying() ? study.get().deckName()
                : selectedDeck().map(d -> d.name().value()).orElse(null);
        dialogs.addCard(deck, () -> {
            toast("Card added");
            if (!navigator.isStudying()) deckList().refresh();
        });
    }

    private void deckOptions() {
        if (services == null || navigator.isStudying()) return;
        selectedDeck().ifPresent(d -> dialogs.deckOptions(d.id(), () -> {
            toast("Options saved");
            deckList().refresh();
        }));
    }

    private void chooseImport() {
        if (services == null || navigator.isStudying()) return;
        importFiles(dialogs.chooseImport());
    }

    private void chooseNotes() {
        if (services == null || navigator.isStudying()) return;
        importNotes(dialogs.chooseNotes());
    }

    private void exportDeck() {
        if (services == null || navigator.isStudying()) return;
        List<String> names = deckList().decks().stream().map(d -> d.name().value()).toList();
        dialogs.export(names, selectedDeck().map(d -> d.name().value()).orElse(null));
    }

    private void browse() {
        if (services != null && !navigator.isStudying()) browse.show();
    }

    private void stats() {
        if (services != null && !navigator.isStudying()) stats.show();
    }

    /** The card's answers and forgetting curve (I in Browse and on the study screen). */
    private void cardInfo(CardId id) {
        stats.get().cardInfo(id);
    }

    private void quiz() {
        if (services != null && !navigator.isStudying()) quizScreens().quiz();
    }

    private void exam() {
        if (services != null && !navigator.isStudying()) quizScreens().exam();
    }

    /** The quiz and mock exam screens: one controller for both, made on first use. */
    private QuizScreens quizScreens() {
        if (quizScreens == null) {
            navigator.prepareForScreens();
            quizScreens = new QuizScreens(services.quiz(), services.exam(), tasks, errors, pages,
                    theme.darkProperty(), new QuizScreens.Host(navigator::showNode, this::showDecks,
                    () -> deckList().decks(), () -> selectedDeck().orElse(null), this::studyCards, this::toast),
                    System::nanoTime, System::currentTimeMillis);
        }
        return quizScreens;
    }
}
