package io.deckhand.ui.shell;

import io.deckhand.app.AppServices;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.app.render.CardPages;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import io.deckhand.ui.editor.CardEditorView;
import io.deckhand.ui.editor.CardEditorViewModel;
import io.deckhand.ui.exchange.ExportDialog;
import io.deckhand.ui.exchange.ExportViewModel;
import io.deckhand.ui.exchange.ImportDialog;
import io.deckhand.ui.exchange.ImportViewModel;
import io.deckhand.ui.notes.NotesChooser;
import io.deckhand.ui.notes.NotesImportView;
import io.deckhand.ui.notes.NotesImportViewModel;
import io.deckhand.ui.options.DeckOptionsView;
import io.deckhand.ui.options.DeckOptionsViewModel;
import io.deckhand.ui.options.WorkloadPanel;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The main window's dialogs (card editor, deck options, import, export, notes preview), each made
 * when opened. {@code after} callbacks say what the window reads again once something was saved.
 */
final class Dialogs {
    private static final List<String> IMPORTABLE = List.of("*.apkg", "*.colpkg", "*.anki2", "*.csv", "*.tsv", "*.txt",
            "*.json", "*.md");
    private final AppServices services;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final Stage stage;
    private final Supplier<CardPages> pages;
    private final Supplier<Boolean> dark;
    private final Runnable prepare;

    /** {@code prepare} runs before each dialog opens (the screens' stylesheet, which windows copying the owner's need). */
    Dialogs(AppServices services, TaskRunner tasks, ErrorPresenter errors, Stage stage, Supplier<CardPages> pages,
            Supplier<Boolean> dark, Runnable prepare) {
        this.services = services;
        this.tasks = tasks;
        this.errors = errors;
        this.stage = stage;
        this.pages = pages;
        this.dark = dark;
        this.prepare = prepare;
    }

    /** A new card, in {@code deck} when given. */
    void addCard(String deck, Runnable after) {
        prepare.run();
        CardEditorViewModel vm = CardEditorViewModel.forNewCard(services.library(), tasks, errors, deck);
        new CardEditorView(vm, stage).show(saved -> after.run());
    }

    void editCard(CardId id, Runnable after) {
        prepare.run();
        CardEditorViewModel vm = CardEditorViewModel.forCard(services.library(), tasks, errors, id);
        new CardEditorView(vm, stage).show(saved -> after.run());
    }

    void deckOptions(DeckId deck, Runnable after) {
        prepare.run();
        var vm = new DeckOptionsViewModel(services.deckOptions(), tasks, errors, deck);
        var workload = new WorkloadPanel(services.workload(), tasks, deck, vm.retentionPercentProperty(),
                vm.newPerDayProperty());
        workload.followForm(vm::workloadScenario, vm.presetProperty(), vm.newPerDayProperty(),
                vm.reviewsPerDayProperty(), vm.maximumIntervalProperty(), vm.relearningStepsProperty());
        DeckOptionsView.show(stage, vm, workload).ifPresent(saved -> after.run());
    }

    /** The notes import preview; nothing is saved before the user confirms there. */
    void importNotes(List<Path> paths, Consumer<String> saved) {
        prepare.run();
        var vm = new NotesImportViewModel(services.notes(), tasks, Platform::runLater, paths, pages.get(), dark.get());
        vm.setOnSaved(r -> saved.accept("Notes imported: " + r.added() + " added, " + r.updated() + " updated"));
        NotesImportView.show(stage, vm);
    }

    /** The import window for these files; text tables go to {@code selectedDeck} unless the user changes it. */
    ImportViewModel importFiles(List<Path> files, String selectedDeck, Runnable imported) {
        prepare.run();
        ImportViewModel vm = new ImportViewModel(services.exchange(), tasks, errors, Platform::runLater);
        vm.files().setAll(files);
        if (selectedDeck != null
                && files.stream().allMatch(f -> String.valueOf(f.getFileName()).matches("(?i).*\\.(csv|tsv|txt)"))) {
            vm.deckProperty().set(selectedDeck);
        }
        vm.setOnImported(imported);
        new ImportDialog(vm, stage).show();
        return vm;
    }

    /** File → Import…: the files chosen, or none. */
    List<Path> chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Everything Deckhand imports", IMPORTABLE),
                new FileChooser.ExtensionFilter("Anki packages", "*.apkg", "*.colpkg", "*.anki2"),
                new FileChooser.ExtensionFilter("Text tables", "*.csv", "*.tsv", "*.txt"),
                new FileChooser.ExtensionFilter("Deckhand JSON", "*.json"),
                new FileChooser.ExtensionFilter("Markdown notes", "*.md"));
        List<File> chosen = chooser.showOpenMultipleDialog(stage);
        return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
    }

    List<Path> chooseNotes() {
        return NotesChooser.choose(stage);
    }

    void export(List<String> deckNames, String selected) {
        prepare.run();
        ExportViewModel vm = new ExportViewModel(services.exchange(), tasks, errors, Platform::runLater, deckNames, selected);
        new ExportDialog(vm, stage).show();
    }
}
