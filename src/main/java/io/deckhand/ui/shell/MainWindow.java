package io.deckhand.ui.shell;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.notes.NotesSources;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.domain.card.CardId;
import io.deckhand.render.page.CardPage;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.common.DialogErrorPresenter;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import io.deckhand.ui.common.Toast;
import io.deckhand.ui.deck.DeckListViewModel;
import io.deckhand.ui.deck.MainView;
import io.deckhand.ui.editor.CardEditorView;
import io.deckhand.ui.editor.CardEditorViewModel;
import io.deckhand.ui.notes.NotesImportView;
import io.deckhand.ui.notes.NotesImportViewModel;
import io.deckhand.ui.options.DeckOptionsView;
import io.deckhand.ui.options.DeckOptionsViewModel;
import io.deckhand.ui.study.StudyView;
import io.deckhand.ui.study.StudyViewModel;
import io.deckhand.ui.theme.ThemeController;
import io.deckhand.ui.browse.BrowseView;
import io.deckhand.ui.browse.BrowseViewModel;
import io.deckhand.ui.exchange.ExportDialog;
import io.deckhand.ui.stats.StatsView;
import io.deckhand.ui.stats.StatsViewModel;
import io.deckhand.ui.exchange.ExportViewModel;
import io.deckhand.ui.exchange.ImportDialog;
import io.deckhand.ui.exchange.ImportViewModel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import java.io.File;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The one window: menu bar above, and below it the opening note, the decks, the study screen or
 * the error screen. Builds the view models once the collection is open.
 */
public final class MainWindow {
    private static final List<String> IMPORTABLE = List.of("*.apkg", "*.colpkg", "*.anki2", "*.csv", "*.tsv", "*.txt",
            "*.json", "*.md");
    private final Stage stage;
    private final ThemeController theme;
    private final TaskRunner tasks;
    private final Supplier<CardPage> pages;
    private final Path dataDir;
    private final ErrorPresenter errors;
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final StackPane content = new StackPane();
    private final Toast toast = new Toast(root);
    private final BooleanProperty studying = new SimpleBooleanProperty();
    private final BooleanProperty open = new SimpleBooleanProperty();
    private final Scene scene;

    private AppServices services;
    private DeckListViewModel decks;
    private MainView mainView;
    private StudyViewModel studyVm;
    private StudyView studyView;
    private CardView studyCard;
    private Runnable onFirstDecks = () -> { };
    private BrowseViewModel browseVm;
    private BrowseView browseView;
    private StatsViewModel statsVm;
    private StatsView statsView;
    private io.deckhand.ui.quiz.QuizScreens quizScreens;
    private String pendingDemo;

    public MainWindow(Stage stage, ThemeController theme, TaskRunner tasks, Supplier<CardPage> pages, Path dataDir,
                      Runnable quit) {
        this.stage = stage;
        this.theme = theme;
        this.tasks = tasks;
        this.pages = pages;
        this.dataDir = dataDir;
        this.errors = new DialogErrorPresenter(() -> stage);
        stage.focusedProperty().addListener((obs, was, is) -> {
            if (is) lookForChangesElsewhere();
        });
        MenuBarView menuBar = new MenuBarView(new MenuBarView.Actions(
                this::addCard, quit, this::undo, this::editCurrent, this::deckOptions, this::showDecks, this::refresh,
                this::chooseImport, this::exportDeck, this::chooseNotes, this::browse, this::stats),
                theme, open, studying);
        frame.setTop(menuBar.node());
        UndoMenuLabel.attach(menuBar.node(), () -> services == null ? Optional.empty()
                : services.study().undoHistory().nextLabel());
        addBackupItems(menuBar);
        MenuBarView.addPracticeMenu((javafx.scene.control.MenuBar) frame.getTop(), this::quiz, this::exam, open, studying);
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> {
            if (quizScreens != null) quizScreens.windowClosing();
        });
        frame.setCenter(content);
        root.getChildren().add(frame);
        scene = new Scene(root);
        theme.install(scene);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (studying.get() && studyView != null) studyView.handleKey(e);
        });
        scene.setOnDragOver(e -> {
            if (open.get() && !studying.get() && e.getDragboard().hasFiles()) e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean ok = open.get() && !studying.get() && e.getDragboard().hasFiles();
            if (ok) {
                List<Path> dropped = e.getDragboard().getFiles().stream().map(java.io.File::toPath).toList();
                Platform.runLater(() -> openFiles(dropped));
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        Label opening = new Label("Opening your collection\u2026");
        opening.getStyleClass().add(io.deckhand.ui.theme.StyleClasses.MUTED);
        content.getChildren().setAll(opening);
        stage.setTitle("Deckhand");
        stage.setScene(scene);
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
        services = opened;
        decks = new DeckListViewModel(opened.study(), tasks, errors);
        mainView = new MainView(decks, this::study, this::addCard, this::deckOptions,
                new MainView.Links(this::chooseNotes, this::browse, this::stats, this::chooseImport));
        decks.loadedProperty().addListener((obs, was, is) -> {
            if (is) {
                Runnable r = onFirstDecks;
                onFirstDecks = () -> { };
                Platform.runLater(r);
            }
        });
        theme.modeProperty().addListener((obs, old, now) -> tasks.run(
                () -> opened.settings().put(io.deckhand.ui.theme.ThemeMode.SETTING_KEY, now.code()),
                () -> { }, e -> errors.show(e, "The theme is used now but will not be remembered.")));
        mainView.addDeckActions(quizButtons());
        mainView.setDeckEditing(new io.deckhand.ui.deck.DeckEditor(opened.library(), tasks, errors, decks,
                scene::getWindow, this::toast).onCustomStudy(this::customStudy));
        open.set(true);
        studying.set(false);
        setContent(mainView);
        decks.show(initial);
        Platform.runLater(mainView::focusDecks);
        quizScreens().remindUnfinished();
        if (pendingDemo != null) {
            String d = pendingDemo;
            pendingDemo = null;
            Platform.runLater(() -> demo(d));
        }
    }

    /** The collection could not be opened: say why, offer to retry. */
    public void showOpenError(DeckhandException error, Runnable retry) {
        open.set(false);
        content.getChildren().setAll(new ErrorScreen(error, dataDir, retry, stage::close));
        Runnable r = onFirstDecks;
        onFirstDecks = () -> { };
        Platform.runLater(r);
    }

    public Optional<WindowGeometry> geometry() {
        if (stage.getWidth() <= 0 || stage.getHeight() <= 0 || Double.isNaN(stage.getX())) return Optional.empty();
        return Optional.of(new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized()));
    }

    /** Shows a short note at the bottom of the window. */
    public void toast(String text) {
        toast.show(text);
    }

    /**
     * Demo and screenshot mode: starts studying the selected deck, then on the first card does
     * nothing ("study"), shows the answer ("answer") or opens the editor ("edit"); or opens
     * "browse", "stats", "custom-study" (its dialog for the selected deck), or imports "import:PATH" straight to its report.
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
            quizScreens.demo(what);
            return;
        }
        if (what.equals("browse")) {
            browse();
            if (browseView != null) browseView.selectFirstWhenLoaded();
            return;
        }
        if (what.equals("stats")) {
            stats();
            return;
        }
        if (what.equals("custom-study")) {
            DeckSummary selected = decks.selectedProperty().get();
            if (selected != null) Platform.runLater(() -> customStudy(selected));
            return;
        }
        if (what.startsWith("choose:")) {
            importFiles(List.of(Path.of(what.substring("choose:".length()))));
            return;
        }
        if (what.startsWith("import:")) {
            importFiles(List.of(Path.of(what.substring("import:".length())))).ifPresent(ImportViewModel::start);
            return;
        }
        if (what.startsWith("notes:")) {
            importNotes(List.of(Path.of(what.substring("notes:".length()))));
            return;
        }
        if (what.startsWith("options")) {
            if (what.equals("options-workload")) {
                // for a screenshot of the workload charts, further down the options form
                var later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(4));
                later.setOnFinished(e -> javafx.stage.Window.getWindows().stream()
                        .map(w -> w.getScene() == null ? null : w.getScene().getRoot().lookup("#workloadPanel"))
                        .filter(java.util.Objects::nonNull).findFirst()
                        .ifPresent(panel -> panel.getParent().getParent().getParent().getParent()
                                .lookupAll(".scroll-pane").forEach(sp -> ((javafx.scene.control.ScrollPane) sp).setVvalue(0.5))));
                later.play();
            }
            javafx.application.Platform.runLater(this::deckOptions);
            return;
        }
        DeckSummary d = decks == null ? null : decks.selectedProperty().get();
        if (d == null) return;
        study(d);
        if (!what.equals("study")) {
            studyVm.phaseProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends io.deckhand.ui.study.StudyPhase> o,
                                    io.deckhand.ui.study.StudyPhase old, io.deckhand.ui.study.StudyPhase now) {
                    if (now == io.deckhand.ui.study.StudyPhase.QUESTION) {
                        o.removeListener(this);
                        if (what.equals("edit")) editCurrent();
                        else studyVm.showAnswer();
                    }
                }
            });
        }
    }

    /**
     * Opens the notes import preview for these files or folders (File > Import notes..., drag and
     * drop, or the demo mode "notes:PATH"). Nothing is saved until the user confirms there.
     */
    public void importNotes(List<Path> paths) {
        if (services == null || studying.get() || paths.isEmpty()) return;
        var vm = new NotesImportViewModel(services.notes(), tasks, Platform::runLater, paths, pages.get(),
                theme.isDark());
        vm.setOnSaved(r -> {
            toast("Notes imported: " + r.added() + " added, " + r.updated() + " updated");
            decks.refresh();
        });
        NotesImportView.show(stage, vm);
    }

    /** File → Back up now, Restore from backup…, Check collection… (not while studying). */
    private void addBackupItems(MenuBarView menuBar) {
        var vm = new io.deckhand.ui.backup.BackupViewModel(() -> services == null ? null : services.backups(), tasks,
                errors, this::toast, this::showDecks);
        menuBar.addFileItemsBeforeQuit(new io.deckhand.ui.backup.BackupMenu(vm, stage)
                .items(javafx.beans.binding.Bindings.or(javafx.beans.binding.Bindings.not(open), studying))
                .toArray(javafx.scene.control.MenuItem[]::new));
    }

    private void showDecks() {
        if (mainView == null) return;
        studying.set(false);
        setContent(mainView);
        decks.refresh();
        Platform.runLater(mainView::focusDecks);
    }

    private void refresh() {
        if (decks != null && !studying.get()) decks.refresh();
    }

    /**
     * Another program committed to the collection (found by the periodic look): the deck list is read
     * again now, or when it is shown next.
     */
    public void collectionChangedElsewhere() {
        refresh();
    }

    /** Coming back to the window is when a change made meanwhile by another program is most likely. */
    private void lookForChangesElsewhere() {
        if (services != null && decks != null && !studying.get()) decks.refreshIfChangedElsewhere(services.changes());
    }

    private void study(DeckSummary deck) {
        makeStudyScreen();
        studying.set(true);
        setContent(studyView);
        studyVm.start(deck.id(), deck.name().value());
    }

    /** The study screen is made once, on first use or ahead of it ({@link #warmStudyScreen}), and kept. */
    private void makeStudyScreen() {
        if (studyView != null) return;
        studyVm = new StudyViewModel(services.study(), tasks, errors, System::nanoTime);
        studyVm.setToastSink(this::toast);
        studyCard = new CardView(pages.get());
        studyView = new StudyView(studyVm, studyCard, theme.darkProperty(), this::showDecks, this::editCurrent);
        studyView.setOnCardInfo(() -> studyVm.currentCardId().ifPresent(this::cardInfo));
    }

    /**
     * While the deck list is shown: makes the study screen and starts its page engine (WebKit) on an
     * empty card, so the first card after Enter only loads its own page.
     */
    public void warmStudyScreen() {
        if (services == null || studyView != null) return;
        makeStudyScreen();
        studyCard.warmUp(theme.isDark());
        // On the worker, as Enter would: the card query and the Markdown renderer run once before they count.
        DeckSummary selected = decks.selectedProperty().get();
        tasks.run(() -> {
            studyCard.prepare(WARM_UP_CARD);
            if (selected != null) services.study().next(selected.id());
        }, () -> { }, e -> { });
    }

    /** A card with the blocks most cards have, rendered once ahead so the renderer's code is loaded. */
    private static final String WARM_UP_CARD = "# Warm-up\n\nSome **text** with `code`.\n\n```yaml\nkind: Pod\n```\n\n"
            + "```bash\nkubectl get pods\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";

    /** Times the study loop with real key presses ({@link StudyProbe}) on the selected deck. */
    public void probeStudy(int cards, java.util.function.Consumer<String> out, Runnable done) {
        new io.deckhand.ui.study.StudyProbe(stage, () -> studyCard, () -> studyVm, cards, out, done)
                .start(javafx.util.Duration.seconds(2));
    }

    /**
     * Ctrl+Z: takes back the most recent change, whatever it was. A study answer goes through the
     * study screen while it shows (it puts the card back on screen); anything else through the
     * one undo history, after which the screen on show is read again.
     */
    private void undo() {
        if (services == null) return;
        // A cram session changed nothing: Ctrl+Z steps back in it instead of undoing an earlier change.
        if (studying.get() && (studyVm.practicing() || services.study().undoHistory().nextIsAnswer())) {
            studyVm.undo();
            return;
        }
        tasks.run(() -> services.study().undoHistory().undo(), undone -> {
            toast(undone.map(u -> "Undone: " + u.label()).orElse("Nothing to undo"));
            if (undone.isEmpty()) return;
            if (studying.get()) studyVm.reload("Undone: " + undone.get().label());
            else decks.refresh();
            if (browseVm != null && content.getChildren().contains(browseView)) browseVm.refresh();
        }, e -> errors.show(e, "Nothing was undone."));
    }

    private void editCurrent() {
        if (!studying.get() || studyVm == null) return;
        Optional<CardId> id = studyVm.currentCardId();
        if (id.isEmpty()) return;
        CardEditorViewModel vm = CardEditorViewModel.forCard(services.library(), tasks, errors, id.get());
        new CardEditorView(vm, stage).show(saved -> studyVm.reload("Card saved"));
    }

    private void deckOptions() {
        if (services == null || studying.get()) return;
        DeckSummary selected = decks.selectedProperty().get();
        if (selected == null) return;
        var vm = new DeckOptionsViewModel(services.deckOptions(), tasks, errors, selected.id());
        var workload = new io.deckhand.ui.options.WorkloadPanel(services.workload(), tasks, selected.id(),
                vm.retentionPercentProperty(), vm.newPerDayProperty());
        workload.followForm(vm::workloadScenario, vm.presetProperty(), vm.newPerDayProperty(),
                vm.reviewsPerDayProperty(), vm.maximumIntervalProperty(), vm.relearningStepsProperty());
        DeckOptionsView.show(stage, vm, workload).ifPresent(saved -> {
            toast("Options saved");
            decks.refresh();
        });
    }

    private void addCard() {
        if (services == null) return;
        DeckSummary selected = decks.selectedProperty().get();
        String deck = studying.get() && studyVm != null ? studyVm.deckNameProperty().get()
                : selected == null ? null : selected.name().value();
        CardEditorViewModel vm = CardEditorViewModel.forNewCard(services.library(), tasks, errors, deck);
        new CardEditorView(vm, stage).show(saved -> {
            toast("Card added");
            if (!studying.get()) decks.refresh();
        });
    }

    /**
     * Files dropped on the window or given by the file manager: notes go to the preview (nothing saved
     * before the user confirms), decks to Import. Ignored while studying or before the collection is open.
     */
    public void openFiles(List<Path> files) {
        if (services == null || studying.get() || files.isEmpty()) return;
        List<Path> notes = files.stream().filter(NotesSources::isNotes).toList();
        List<Path> others = files.stream().filter(p -> !notes.contains(p)).toList();
        if (!notes.isEmpty()) importNotes(notes);
        if (!others.isEmpty()) importFiles(others);
    }

    /** Opens the import window for these files (File → Import…, drag and drop, Import notes…). */
    public Optional<ImportViewModel> importFiles(List<Path> files) {
        if (services == null || files.isEmpty()) return Optional.empty();
        ImportViewModel vm = new ImportViewModel(services.exchange(), tasks, errors, Platform::runLater);
        vm.files().setAll(files);
        DeckSummary selected = decks.selectedProperty().get();
        if (selected != null && files.stream().allMatch(f -> String.valueOf(f.getFileName()).matches("(?i).*\\.(csv|tsv|txt)"))) {
            vm.deckProperty().set(selected.name().value());
        }
        vm.setOnImported(() -> {
            decks.refresh();
            if (browseVm != null && content.getChildren().contains(browseView)) browseVm.refresh();
            if (statsVm != null && content.getChildren().contains(statsView)) statsVm.refresh();
            toast("Import finished");
        });
        new ImportDialog(vm, stage).show();
        return Optional.of(vm);
    }

    private void chooseImport() {
        if (services == null || studying.get()) return;
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Everything Deckhand imports", IMPORTABLE),
                new FileChooser.ExtensionFilter("Anki packages", "*.apkg", "*.colpkg", "*.anki2"),
                new FileChooser.ExtensionFilter("Text tables", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("Deckhand JSON", "*.json"),
                new FileChooser.ExtensionFilter("Markdown notes", "*.md"));
        List<java.io.File> chosen = chooser.showOpenMultipleDialog(stage);
        if (chosen != null) importFiles(chosen.stream().map(java.io.File::toPath).toList());
    }

    private void chooseNotes() {
        if (services == null || studying.get()) return;
        importNotes(io.deckhand.ui.notes.NotesChooser.choose(stage));
    }

    private void browse() {
        if (services == null || studying.get()) return;
        if (browseView == null) {
            browseVm = new BrowseViewModel(services.browse(), tasks, errors);
            browseVm.setFeedback(this::toast, decks::refresh);
            browseView = new BrowseView(browseVm, new CardView(pages.get()), theme.darkProperty(), this::editCard,
                    this::showDecks);
            browseView.setOnCardInfo(this::cardInfo);
            var bar = (javafx.scene.control.MenuBar) frame.getTop();
            bar.getMenus().add(2, browseView.cardsMenu());
        }
        setContent(browseView);
        browseVm.refresh();
        Platform.runLater(browseView::focusSearch);
    }

    private void stats() {
        if (services == null || studying.get()) return;
        if (statsView == null) {
            statsVm = new StatsViewModel(services.stats(), tasks, errors);
            statsView = new StatsView(statsVm, this::showDecks);
        }
        setContent(statsView);
        statsVm.refresh();
    }

    /** The card's answers and forgetting curve (I in Browse and on the study screen). */
    private void cardInfo(CardId id) {
        if (statsVm == null) statsVm = new StatsViewModel(services.stats(), tasks, errors);
        statsVm.cardInfo(id, info -> new io.deckhand.ui.stats.CardInfoDialog(info, stage,
                java.time.ZoneId.systemDefault()).show());
    }

    private void editCard(CardId id) {
        CardEditorViewModel vm = CardEditorViewModel.forCard(services.library(), tasks, errors, id);
        new CardEditorView(vm, stage).show(saved -> {
            toast("Card saved");
            if (browseVm != null) browseVm.refresh();
        });
    }

    private void exportDeck() {
        if (services == null || studying.get()) return;
        List<String> names = decks.decks().stream().map(d -> d.name().value()).toList();
        DeckSummary selected = decks.selectedProperty().get();
        ExportViewModel vm = new ExportViewModel(services.exchange(), tasks, errors, Platform::runLater, names,
                selected == null ? null : selected.name().value());
        new ExportDialog(vm, stage).show();
    }

    private void quiz() {
        if (services != null && !studying.get()) quizScreens().quiz();
    }

    private void exam() {
        if (services != null && !studying.get()) quizScreens().exam();
    }

    private io.deckhand.ui.quiz.QuizScreens quizScreens() {
        if (quizScreens == null) {
            quizScreens = new io.deckhand.ui.quiz.QuizScreens(services.quiz(), services.exam(), tasks, errors, pages,
                    theme.darkProperty(), new io.deckhand.ui.quiz.QuizScreens.Host(this::setContent, this::showDecks,
                    decks::decks, () -> decks.selectedProperty().get(), this::studyCards, this::toast),
                    System::nanoTime, System::currentTimeMillis);
        }
        return quizScreens;
    }

    /** Quiz and Mock exam buttons for the deck overview. */
    private List<Node> quizButtons() {
        javafx.scene.control.Button q = new javafx.scene.control.Button("Quiz");
        q.setId("quizButton");
        q.setGraphic(io.deckhand.ui.common.Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignH.HELP_CIRCLE_OUTLINE));
        io.deckhand.ui.common.Tooltips.set(q, "Quiz yourself on this deck (Ctrl+Shift+K)");
        q.setOnAction(e -> quiz());
        javafx.scene.control.Button x = new javafx.scene.control.Button("Mock exam");
        x.setId("examButton");
        x.setGraphic(io.deckhand.ui.common.Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignS.SCHOOL_OUTLINE));
        io.deckhand.ui.common.Tooltips.set(x, "A timed exam from this deck, CKA/CKAD format or your own (Ctrl+Shift+M)");
        x.setOnAction(e -> exam());
        return List.of(q, x);
    }

    /** Custom study of a deck: the dialog, then its cards on the study screen (a cram session unless rescheduling). */
    private void customStudy(DeckSummary deck) {
        if (services == null || studying.get()) return;
        var request = new io.deckhand.ui.deck.CustomStudyDialog(deck.name().value(), stage).showAndWait();
        if (request.isEmpty()) return;
        io.deckhand.app.study.CustomStudy r = request.get();
        tasks.run(() -> services.study().customStudy(deck.id(), r), ids -> {
            if (ids.isEmpty()) {
                toast("No cards in " + deck.name().value() + " for " + r.mode().label().toLowerCase(java.util.Locale.ROOT));
                return;
            }
            makeStudyScreen();
            studying.set(true);
            setContent(studyView);
            studyVm.startCards(ids, deck.name().value() + " \u00b7 " + r.mode().label()
                    + (r.reschedule() ? "" : " (cram)"), r.reschedule());
            toast(ids.size() + (ids.size() == 1 ? " card" : " cards") + (r.reschedule()
                    ? "; your answers reschedule them" : "; a cram session: no card's schedule changes"));
        }, e -> errors.show(e, "No custom study was started."));
    }

    /** Studies a given list of cards (an exam's missed ones) on the study screen. */
    private void studyCards(List<CardId> ids, String title) {
        if (services == null || ids.isEmpty()) return;
        makeStudyScreen();
        studying.set(true);
        setContent(studyView);
        studyVm.startCards(ids, title);
        toast(ids.size() == 1 ? "Studying the 1 card you missed" : "Studying the " + ids.size() + " cards you missed");
    }

    private void setContent(Node n) {
        if (content.getChildren().size() != 1 || content.getChildren().get(0) != n) content.getChildren().setAll(n);
    }
}
