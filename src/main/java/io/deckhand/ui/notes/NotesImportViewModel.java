package io.deckhand.ui.notes;

import io.deckhand.app.error.CancelledException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.notes.ImportChoices;
import io.deckhand.app.notes.ImportPlan;
import io.deckhand.app.notes.NotesImportResult;
import io.deckhand.app.notes.NotesImportService;
import io.deckhand.app.notes.NotesReading;
import io.deckhand.app.notes.SkippedNote;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.app.progress.ThrottledProgress;
import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.app.render.CardPages;
import io.deckhand.ui.common.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the notes import preview: extracting (with progress and Cancel), reviewing the proposed
 * cards and orphans, saving, done. Nothing reaches the collection before {@link #confirm()}, which
 * applies everything in one transaction. Service calls run through the {@link TaskRunner}; progress
 * from the worker is handed to {@code uiThread}.
 */
public final class NotesImportViewModel {
    public enum Phase { EXTRACTING, REVIEW, SAVING, DONE, CANCELLED, FAILED }

    /**
     * A proposed card: ticked or not, its (editable) front and back, and why it is proposed. A card
     * below the notes' quality gate starts unticked; the user can still tick it.
     */
    public static final class Item {
        private final ImportPlan.PlannedCard planned;
        private final BooleanProperty selected;
        private final StringProperty front;
        private final StringProperty back;

        Item(ImportPlan.PlannedCard planned) {
            this.planned = planned;
            this.selected = new SimpleBooleanProperty(!belowGate());
            this.front = new SimpleStringProperty(planned.draft().front());
            this.back = new SimpleStringProperty(planned.draft().back());
        }

        public ImportPlan.PlannedCard planned() {
            return planned;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        /** True when the quality gate judged this card not worth keeping as extracted. */
        public boolean belowGate() {
            return !planned.draft().quality().passed();
        }

        /** Why the gate proposes the card unticked, in the user's words; "" for a card that passed. */
        public String gateReason() {
            return belowGate() ? planned.draft().quality().reasonText() : "";
        }

        public StringProperty frontProperty() {
            return front;
        }

        public StringProperty backProperty() {
            return back;
        }

        public String file() {
            return planned.draft().source().path();
        }

        public String heading() {
            return planned.draft().source().heading();
        }

        boolean edited() {
            return !front.get().equals(planned.draft().front()) || !back.get().equals(planned.draft().back());
        }

        boolean blank() {
            return front.get().isBlank() || back.get().isBlank();
        }
    }

    /** A saved card whose source is gone; kept unless the user ticks delete. */
    public static final class OrphanItem {
        private final ImportPlan.Orphan orphan;
        private final BooleanProperty delete = new SimpleBooleanProperty(false);

        OrphanItem(ImportPlan.Orphan orphan) {
            this.orphan = orphan;
        }

        public ImportPlan.Orphan orphan() {
            return orphan;
        }

        public BooleanProperty deleteProperty() {
            return delete;
        }
    }

    private final NotesImportService service;
    private final TaskRunner tasks;
    private final Executor uiThread;
    private final List<Path> paths;
    private final CardPages pages;
    private final boolean dark;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.EXTRACTING);
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("Looking for notes\u2026");
    private final ObservableList<Item> items = FXCollections.observableArrayList(
            i -> new Observable[] {i.selectedProperty(), i.frontProperty(), i.backProperty()});
    private final ObservableList<OrphanItem> orphans = FXCollections.observableArrayList(
            o -> new Observable[] {o.deleteProperty()});
    private final ObservableList<String> skipped = FXCollections.observableArrayList();
    private final StringProperty targetDeck = new SimpleStringProperty("Notes");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canConfirm = new ReadOnlyBooleanWrapper(false);
    private volatile boolean cancelled;
    private ImportPlan plan;
    private int unchanged;
    private Consumer<NotesImportResult> onSaved = r -> { };
    private final ObsidianSrForm srForm = new ObsidianSrForm();
    /** How the next reading of the notes reads card markup: first as before, then as the form says. */
    private NotesReading requested = NotesReading.asBefore();

    /**
     * @param uiThread where progress from the worker is applied ({@code Platform::runLater}; tests: {@code Runnable::run})
     * @param pages    builds the preview's pages (on the worker); {@code dark} picks its colours
     */
    public NotesImportViewModel(NotesImportService service, TaskRunner tasks, Executor uiThread, List<Path> paths,
                                CardPages pages, boolean dark) {
        this.service = service;
        this.tasks = tasks;
        this.uiThread = uiThread;
        this.paths = List.copyOf(paths);
        this.pages = pages;
        this.dark = dark;
        items.addListener((javafx.collections.ListChangeListener<Item>) c -> recount());
        orphans.addListener((javafx.collections.ListChangeListener<OrphanItem>) c -> recount());
        targetDeck.addListener((o, a, b) -> recount());
        phase.addListener((o, a, b) -> recount());
    }

    /** Called with what was saved after a successful Confirm. */
    public void setOnSaved(Consumer<NotesImportResult> onSaved) {
        this.onSaved = onSaved;
    }

    /** Extracts the notes and compares them with the collection, off the UI thread. */
    public void start() {
        cancelled = false;
        phase.set(Phase.EXTRACTING);
        ProgressListener listener = ThrottledProgress.tenPerSecond(progressListener());
        NotesReading reading = requested;
        tasks.run(() -> service.plan(paths, reading, listener), this::load, e -> fail(e, "Nothing was imported."));
    }

    /**
     * Reads the notes again with the "Obsidian SR settings" section's choice (edits in the preview are
     * dropped: the cards may differ). A setting that cannot be used is reported and nothing is re-read.
     */
    public boolean rereadWithSrSettings() {
        if (phase.get() != Phase.REVIEW) return false;
        try {
            requested = srForm.reading();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage() + " The notes were not read again.");
            return false;
        }
        start();
        return true;
    }

    public ObsidianSrForm srForm() {
        return srForm;
    }

    /** Cancel: stops extraction or saving (rolled back); while reviewing, just drops the preview. */
    public void cancel() {
        cancelled = true;
        if (phase.get() == Phase.REVIEW || phase.get() == Phase.FAILED) {
            message.set("Nothing was imported.");
            phase.set(Phase.CANCELLED);
        }
    }

    /** Applies the ticked cards, edits, target deck and orphan deletions in one transaction. */
    public void confirm() {
        if (!canConfirm.get()) return;
        ImportChoices choices = choices();
        cancelled = false;
        phase.set(Phase.SAVING);
        progress.set(-1);
        progressText.set("Saving cards\u2026");
        ProgressListener listener = ThrottledProgress.tenPerSecond(progressListener());
        ImportPlan p = plan;
        tasks.run(() -> service.apply(p, choices, listener), r -> {
            message.set(resultText(r));
            phase.set(Phase.DONE);
            onSaved.accept(r);
        }, e -> {
            if (e instanceof CancelledException) {
                message.set("Saving was cancelled. Nothing was changed.");
            } else {
                message.set(e.getMessage() + " Nothing was changed.");
            }
            phase.set(Phase.REVIEW);
        });
    }

    ImportChoices choices() {
        Set<String> selected = new HashSet<>();
        Map<String, CardDraft> edits = new HashMap<>();
        for (Item i : items) {
            if (!i.selected.get()) continue;
            selected.add(i.planned.key());
            if (i.edited()) edits.put(i.planned.key(), i.planned.draft().withText(i.front.get(), i.back.get()));
        }
        Set<NoteId> delete = new HashSet<>();
        for (OrphanItem o : orphans) if (o.delete.get()) delete.add(o.orphan.note());
        return new ImportChoices(selected, edits, new DeckName(targetDeck.get()), delete);
    }

    /** Markdown for the preview of one card: front, a rule, back. */
    public String previewMarkdown(Item item) {
        return item.front.get() + "\n\n---\n\n" + item.back.get();
    }

    private void load(ImportPlan loaded) {
        plan = loaded;
        if (!loaded.readings().isEmpty()) srForm.load(loaded.readings().values().iterator().next());
        List<Item> proposed = new ArrayList<>();
        unchanged = 0;
        for (ImportPlan.PlannedCard c : loaded.cards()) {
            if (c.action() == ImportPlan.Action.UNCHANGED) unchanged++;
            else proposed.add(new Item(c));
        }
        items.setAll(proposed);
        List<OrphanItem> lost = new ArrayList<>();
        for (ImportPlan.Orphan o : loaded.orphans()) lost.add(new OrphanItem(o));
        orphans.setAll(lost);
        List<String> why = new ArrayList<>();
        for (SkippedNote s : loaded.skipped()) why.add(s.path() + ": " + s.message());
        skipped.setAll(why);
        message.set(loaded.notesRead() == 0 && loaded.skipped().isEmpty() ? "No notes found there." : "");
        phase.set(Phase.REVIEW);
    }

    private void fail(DeckhandException e, String consequence) {
        if (e instanceof CancelledException) {
            message.set("Cancelled. " + consequence);
            phase.set(Phase.CANCELLED);
        } else {
            message.set(e.getMessage() + " " + consequence);
            phase.set(Phase.FAILED);
        }
    }

    private ProgressListener progressListener() {
        return new ProgressListener() {
            @Override
            public void report(Progress p) {
                uiThread.execute(() -> {
                    progress.set(p.fraction());
                    progressText.set(p.total() > 0 ? p.stage() + " (" + p.done() + " of " + p.total() + " " + p.unit() + ")"
                            : p.stage());
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelled;
            }
        };
    }

    private void recount() {
        int add = 0, update = 0, unticked = 0, blank = 0, gated = 0;
        for (Item i : items) {
            if (!i.selected.get()) {
                unticked++;
                if (i.belowGate()) gated++;
                continue;
            }
            if (i.blank()) blank++;
            if (i.planned.action() == ImportPlan.Action.ADD) add++;
            else update++;
        }
        long delete = orphans.stream().filter(o -> o.delete.get()).count();
        StringBuilder sb = new StringBuilder();
        sb.append(add).append(" to add, ").append(update).append(" to update");
        if (unchanged > 0) sb.append(", ").append(unchanged).append(" already up to date");
        if (unticked > 0) {
            sb.append(", ").append(unticked).append(" left out (unticked");
            if (gated > 0) sb.append(", ").append(gated).append(" of them below the quality gate");
            sb.append(')');
        }
        long partly = plan == null ? 0 : plan.skipped().stream().filter(SkippedNote::partlyRead).count();
        long left = skipped.size() - partly;
        if (left > 0) sb.append(", ").append(left).append(left == 1 ? " note" : " notes").append(" skipped");
        if (partly > 0) {
            sb.append(", ").append(partly).append(partly == 1 ? " note" : " notes").append(" read in part (see below)");
        }
        if (!orphans.isEmpty()) {
            sb.append(", ").append(orphans.size()).append(" no longer in the notes (").append(delete).append(" to delete)");
        }
        if (blank > 0) sb.append(". ").append(blank).append(blank == 1 ? " ticked card has" : " ticked cards have")
                .append(" an empty side");
        summary.set(sb.toString());
        canConfirm.set(phase.get() == Phase.REVIEW && blank == 0 && validDeck() && (add + update + delete > 0));
    }

    private boolean validDeck() {
        try {
            new DeckName(targetDeck.get() == null ? "" : targetDeck.get());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String resultText(NotesImportResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.added()).append(" added, ").append(r.updated()).append(" updated");
        if (r.unchanged() > 0) sb.append(", ").append(r.unchanged()).append(" unchanged");
        if (r.orphansDeleted() > 0) sb.append(", ").append(r.orphansDeleted()).append(" deleted");
        return sb.append('.').toString();
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public ObservableList<Item> items() {
        return items;
    }

    public ObservableList<OrphanItem> orphans() {
        return orphans;
    }

    public ObservableList<String> skipped() {
        return skipped;
    }

    public StringProperty targetDeckProperty() {
        return targetDeck;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canConfirmProperty() {
        return canConfirm.getReadOnlyProperty();
    }

    public CardPages pages() {
        return pages;
    }

    /** The worker the preview's pages are built on. */
    public TaskRunner tasks() {
        return tasks;
    }

    public boolean dark() {
        return dark;
    }
}
