package io.deckhand.ui.deck;

import io.deckhand.app.study.DailyReviews;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.app.study.StudyService;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The deck tree in the sidebar and the selected deck's overview (counts, last 30 days). */
public final class DeckListViewModel {
    public static final int HISTORY_DAYS = 30;

    private final StudyService study;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;

    private final ObservableList<DeckSummary> decks = FXCollections.observableArrayList();
    private final ObjectProperty<DeckSummary> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<List<DailyReviews>> history = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final BooleanProperty arriving = new SimpleBooleanProperty();
    private long historyRequest;

    public DeckListViewModel(StudyService study, TaskRunner tasks, ErrorPresenter errors) {
        this.study = study;
        this.tasks = tasks;
        this.errors = errors;
        selected.addListener((obs, old, now) -> loadHistory(now));
    }

    /** Pre-order list: parents before their children; {@link DeckSummary#depth()} gives the nesting. */
    public ObservableList<DeckSummary> decks() {
        return decks;
    }

    public ObjectProperty<DeckSummary> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<List<DailyReviews>> historyProperty() {
        return history;
    }

    /** True once the first load finished (so an empty list really means an empty collection). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded;
    }

    public boolean isEmptyCollection() {
        return loaded.get() && decks.isEmpty() && !arriving.get();
    }

    /**
     * True while decks are being added behind the list (the bundled deck on a first start, added after
     * the first frame): an empty list then means "not yet", not an empty collection.
     */
    public BooleanProperty arrivingProperty() {
        return arriving;
    }

    /** The decks that were arriving are in: shows the tree read after adding them. */
    public void arrived(List<DeckSummary> tree) {
        show(tree); // first, so the empty state never flashes between "arriving" and the decks
        arriving.set(false);
    }

    /** Reloads counts, keeping the selection on the same deck when it still exists. */
    public void refresh() {
        tasks.run(study::deckTree, this::show,
                e -> errors.show(e, "The deck list could not be loaded; your collection was not changed."));
    }

    /**
     * Reads the deck list again if another program (a second window, the command line) wrote to the
     * collection since the last look; the check runs on the worker, so it never holds up the screen.
     */
    public void refreshIfChangedElsewhere(io.deckhand.app.library.ChangeWatch watch) {
        tasks.run(watch::changedElsewhere, changed -> {
            if (changed) refresh();
        }, e -> { }); // a failed look is retried at the next one; the list shown stays as it was
    }

    /** Shows a deck tree read elsewhere (at start-up, with the collection), as {@link #refresh()} would. */
    public void show(List<DeckSummary> tree) {
        DeckId keep = selected.get() == null ? null : selected.get().id();
        decks.setAll(tree);
        loaded.set(true);
        // Nothing to compare on the first show (start-up): no record equals is linked before the first frame.
        Optional<DeckSummary> again = keep == null ? Optional.empty()
                : tree.stream().filter(d -> d.id().equals(keep)).findFirst();
        DeckSummary next = again.orElseGet(() -> tree.isEmpty() ? null : tree.get(0));
        if (next != null && selected.get() != null && next.equals(selected.get())) loadHistory(next);
        selected.set(next);
    }

    /** Whether there is any study in the window worth a chart. */
    public boolean hasHistory() {
        return history.get().stream().anyMatch(d -> d.count() > 0);
    }

    private void loadHistory(DeckSummary deck) {
        long request = ++historyRequest;
        if (deck == null) {
            history.set(List.of());
            return;
        }
        tasks.run(() -> study.history(deck.id(), HISTORY_DAYS), list -> {
            if (request == historyRequest) history.set(List.copyOf(list));
        }, e -> errors.show(e, "The study history could not be read; nothing was changed."));
    }
}
