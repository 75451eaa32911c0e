package io.deckhand.ui.exchange;

import io.deckhand.app.error.CancelledException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.exchange.ColumnChoice;
import io.deckhand.app.exchange.ColumnRole;
import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.app.exchange.ExchangeService;
import io.deckhand.app.exchange.ImportOptions;
import io.deckhand.app.exchange.ImportReport;
import io.deckhand.app.exchange.TextPreview;
import io.deckhand.app.progress.ThrottledProgress;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * File → Import…: the files, the options, the running import (progress and Cancel) and its report.
 * The import runs through the {@link TaskRunner}; a failed or cancelled one leaves the collection as it was.
 * A single text file (.csv .tsv .txt) is previewed so its columns can be mapped before importing.
 */
public final class ImportViewModel {
    /** Where the dialog is. */
    public enum Phase { OPTIONS, RUNNING, DONE, FAILED }

    private final ExchangeService exchange;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final TaskProgress progress;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final StringProperty deck = new SimpleStringProperty("Imported");
    private final BooleanProperty withScheduling = new SimpleBooleanProperty(true);
    private final BooleanProperty padRaggedRows = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.OPTIONS);
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final ObjectProperty<TextPreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<ColumnRole> columnRoles = FXCollections.observableArrayList();
    private final BooleanProperty firstRowIsHeader = new SimpleBooleanProperty(false);
    private Runnable onImported = () -> { };
    private boolean deckTouched;
    private boolean suggesting;

    public ImportViewModel(ExchangeService exchange, TaskRunner tasks, ErrorPresenter errors,
                           Consumer<Runnable> fxThread) {
        this.exchange = exchange;
        this.tasks = tasks;
        this.errors = errors;
        this.progress = new TaskProgress(fxThread);
        files.addListener((javafx.collections.ListChangeListener<Path>) c -> {
            suggestDeck();
            loadPreview();
            validate();
        });
        columnRoles.addListener((javafx.collections.ListChangeListener<ColumnRole>) c -> validate());
        deck.addListener((o, a, b) -> {
            if (!suggesting) deckTouched = true;
            validate();
        });
        validate();
    }

    public ObservableList<Path> files() {
        return files;
    }

    public StringProperty deckProperty() {
        return deck;
    }

    public BooleanProperty withSchedulingProperty() {
        return withScheduling;
    }

    public BooleanProperty padRaggedRowsProperty() {
        return padRaggedRows;
    }

    /** The text file's first rows and suggested columns; null unless exactly one text file is chosen. */
    public ObjectProperty<TextPreview> previewProperty() {
        return preview;
    }

    /** The role chosen for each column of the previewed file, in file order. */
    public ObservableList<ColumnRole> columnRoles() {
        return columnRoles;
    }

    public BooleanProperty firstRowIsHeaderProperty() {
        return firstRowIsHeader;
    }

    /** Why Import is not possible yet; empty when it is. */
    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<ImportReport> reportProperty() {
        return report;
    }

    public TaskProgress progress() {
        return progress;
    }

    /** Called after an import that changed the collection (to refresh the deck list). */
    public void setOnImported(Runnable r) {
        onImported = r;
    }

    /** Whether any of the files is a text table, for which the column options matter. */
    public boolean hasTextFiles() {
        return files.stream().anyMatch(f -> ExchangeFormat.forImport(f).orElse(null) == ExchangeFormat.CSV);
    }

    /** Only Anki packages and Deckhand JSON files can carry scheduling; CSV and Markdown cannot. */
    public boolean mayHoldScheduling() {
        return files.stream().anyMatch(f -> {
            ExchangeFormat format = ExchangeFormat.forImport(f).orElse(null);
            return format == ExchangeFormat.APKG || format == ExchangeFormat.JSON;
        });
    }

    public void start() {
        validate();
        if (!problem.get().isEmpty() || phase.get() == Phase.RUNNING) return;
        ImportOptions options = new ImportOptions(withScheduling.get(), ImportOptions.defaults().text(),
                padRaggedRows.get(), new DeckName(deck.get().trim()));
        if (preview.get() != null) options = options.withColumns(new ColumnChoice(columnRoles, firstRowIsHeader.get()));
        ImportOptions chosen = options;
        List<Path> todo = List.copyOf(files);
        progress.reset();
        phase.set(Phase.RUNNING);
        tasks.run(() -> exchange.importFiles(todo, chosen, ThrottledProgress.tenPerSecond(progress)), r -> {
            report.set(r);
            phase.set(Phase.DONE);
            if (r.added() + r.updated() > 0) onImported.run();
        }, e -> {
            phase.set(Phase.FAILED);
            errors.show(e, unchanged(todo.size(), e));
        });
    }

    public void cancel() {
        if (phase.get() == Phase.RUNNING) progress.cancel();
    }

    static String unchanged(int fileCount, DeckhandException e) {
        String what = e instanceof CancelledException ? "The import was cancelled" : "Nothing was imported from the file that failed";
        return fileCount == 1 ? what + "; the collection was left unchanged."
                : what + "; it left the collection unchanged (files before it were imported).";
    }

    /** Previews a single text file off the UI thread; other selections import with the file's own headers. */
    private void loadPreview() {
        preview.set(null);
        columnRoles.clear();
        if (files.size() != 1 || ExchangeFormat.forImport(files.get(0)).orElse(null) != ExchangeFormat.CSV) return;
        Path file = files.get(0);
        tasks.run(() -> exchange.previewText(file, ImportOptions.defaults()), p -> {
            if (files.size() != 1 || !files.get(0).equals(file)) return; // the selection changed meanwhile
            firstRowIsHeader.set(p.firstRowLooksLikeHeader());
            columnRoles.setAll(p.suggested());
            preview.set(p);
            validate();
        }, e -> {
            // The import itself reports what is wrong with the file; without a preview it uses the file's headers.
        });
    }

    /** Notes (a folder or one .md file) go to a deck named after them unless the user chose one. */
    private void suggestDeck() {
        if (!deckTouched && files.size() == 1 && ExchangeFormat.forImport(files.get(0)).orElse(null) == ExchangeFormat.MARKDOWN) {
            String name = String.valueOf(files.get(0).getFileName()).replaceFirst("(?i)\\.(md|markdown)$", "").strip();
            if (!name.isEmpty()) {
                suggesting = true;
                deck.set(name);
                suggesting = false;
            }
        }
    }

    private void validate() {
        String p = "";
        if (files.isEmpty()) p = "Choose a file to import.";
        else {
            for (Path f : files) {
                if (ExchangeFormat.forImport(f).isEmpty()) {
                    p = f.getFileName() + " is not a file Deckhand imports (.apkg .colpkg .anki2 .csv .tsv .txt .json .md).";
                    break;
                }
            }
        }
        if (p.isEmpty() && preview.get() != null) {
            p = new ColumnChoice(columnRoles, firstRowIsHeader.get()).problem().orElse("");
        }
        if (p.isEmpty()) {
            try {
                new DeckName(deck.get() == null ? "" : deck.get().trim());
            } catch (IllegalArgumentException e) {
                p = "Deck for rows without one: " + e.getMessage();
            }
        }
        problem.set(p);
    }
}
