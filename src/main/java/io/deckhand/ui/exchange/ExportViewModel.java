package io.deckhand.ui.exchange;

import io.deckhand.app.exchange.AnkiPackageFormat;
import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.app.exchange.ExchangeService;
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

/** File → Export…: a deck (with its sub-decks), a format, a file, whether to include scheduling. */
public final class ExportViewModel {
    public enum Phase { OPTIONS, RUNNING, DONE, FAILED }

    private final ExchangeService exchange;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final TaskProgress progress;
    private final ObservableList<String> decks = FXCollections.observableArrayList();
    private final StringProperty deck = new SimpleStringProperty();
    private final ObjectProperty<ExchangeFormat> format = new SimpleObjectProperty<>(ExchangeFormat.APKG);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final BooleanProperty withScheduling = new SimpleBooleanProperty(true);
    private final BooleanProperty olderAnki = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.OPTIONS);
    private final ObjectProperty<ExchangeService.ExportSummary> summary = new SimpleObjectProperty<>();

    public ExportViewModel(ExchangeService exchange, TaskRunner tasks, ErrorPresenter errors,
                           Consumer<Runnable> fxThread, List<String> deckNames, String selected) {
        this.exchange = exchange;
        this.tasks = tasks;
        this.errors = errors;
        this.progress = new TaskProgress(fxThread);
        decks.setAll(deckNames);
        deck.set(selected != null && deckNames.contains(selected) ? selected : deckNames.isEmpty() ? null : deckNames.get(0));
        // A chosen file keeps its folder and name but follows the format's extension.
        format.addListener((o, was, now) -> {
            if (file.get() != null && now != null) file.set(withExtension(file.get(), now));
            validate();
        });
        deck.addListener((o, a, b) -> validate());
        file.addListener((o, a, b) -> validate());
        validate();
    }

    public ObservableList<String> decks() {
        return decks;
    }

    public StringProperty deckProperty() {
        return deck;
    }

    public ObjectProperty<ExchangeFormat> formatProperty() {
        return format;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public BooleanProperty withSchedulingProperty() {
        return withScheduling;
    }

    /** An Anki package in the legacy layout, which Anki versions before 2.1.50 import too. */
    public BooleanProperty olderAnkiProperty() {
        return olderAnki;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public ObjectProperty<ExchangeService.ExportSummary> summaryProperty() {
        return summary;
    }

    public TaskProgress progress() {
        return progress;
    }

    /** A file name to suggest: the deck's last part and the format's extension. */
    public String suggestedFileName() {
        String base = deck.get() == null ? "deck" : new DeckName(deck.get()).leaf().replaceAll("[\\\\/:*?\"<>|]", "_");
        return base + "." + format.get().code();
    }

    public void start() {
        validate();
        if (!problem.get().isEmpty() || phase.get() == Phase.RUNNING) return;
        DeckName name = new DeckName(deck.get());
        ExchangeFormat f = format.get();
        Path out = file.get();
        boolean sched = withScheduling.get();
        AnkiPackageFormat layout = olderAnki.get() ? AnkiPackageFormat.LEGACY : AnkiPackageFormat.LATEST;
        progress.reset();
        phase.set(Phase.RUNNING);
        tasks.run(() -> exchange.exportDeck(name, f, out, sched, layout, ThrottledProgress.tenPerSecond(progress)), s -> {
            summary.set(s);
            phase.set(Phase.DONE);
        }, e -> {
            phase.set(Phase.FAILED);
            errors.show(e, "Your collection is unchanged; " + out.getFileName() + " may be incomplete if it was written.");
        });
    }

    public void cancel() {
        if (phase.get() == Phase.RUNNING) progress.cancel();
    }

    static Path withExtension(Path p, ExchangeFormat f) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return p.resolveSibling(base + "." + f.code());
    }

    private void validate() {
        String p = "";
        if (deck.get() == null) p = "Choose a deck to export.";
        else if (format.get() == null) p = "Choose a format.";
        else if (file.get() == null) p = "Choose where to save the file.";
        problem.set(p);
    }
}
