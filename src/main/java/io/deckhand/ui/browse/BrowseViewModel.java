package io.deckhand.ui.browse;

import io.deckhand.app.browse.BrowseRow;
import io.deckhand.app.browse.BrowseService;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The card browser: a search text and the cards it matches; each change of the text searches again. */
public final class BrowseViewModel {
    private final BrowseService browse;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<BrowseRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private long generation;

    public BrowseViewModel(BrowseService browse, TaskRunner tasks, ErrorPresenter errors) {
        this.browse = browse;
        this.tasks = tasks;
        this.errors = errors;
        query.addListener((o, a, b) -> refresh());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<BrowseRow> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Searches again (after typing, an edit or an import); answers to older searches are dropped. */
    public void refresh() {
        long mine = ++generation;
        String q = query.get();
        tasks.run(() -> browse.search(q), found -> {
            if (mine != generation) return;
            rows.setAll(found);
            loaded.set(true);
        }, e -> errors.show(e, "The card list was not updated."));
    }

    /** "3 of 1,204 cards" style summary for under the search field. */
    public String countText() {
        int n = rows.size();
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(n) + (n == 1 ? " card" : " cards");
    }
}
