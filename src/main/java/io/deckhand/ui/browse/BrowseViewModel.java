package io.deckhand.ui.browse;

import io.deckhand.app.browse.BrowseRow;
import io.deckhand.app.browse.BrowseService;
import io.deckhand.app.browse.CardFlag;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.CardId;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The card browser: a search text, the cards it matches, and changes to a selection of them.
 * Each change of the text searches again; a search the parser cannot read shows why under the field
 * and leaves the list as it was.
 */
public final class BrowseViewModel {
    private final BrowseService browse;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<BrowseRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private Consumer<String> toast = s -> { };
    private Runnable onChanged = () -> { };
    private long generation;

    public BrowseViewModel(BrowseService browse, TaskRunner tasks, ErrorPresenter errors) {
        this.browse = browse;
        this.tasks = tasks;
        this.errors = errors;
        query.addListener((o, a, b) -> refresh());
    }

    /** Where confirmations go ("Suspended 3 cards") and what to refresh after a change (the deck counts). */
    public void setFeedback(Consumer<String> toast, Runnable onChanged) {
        this.toast = toast;
        this.onChanged = onChanged;
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

    /** Why the search cannot be read, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Set while the list shows duplicates rather than the search's cards. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Searches again (after typing, an edit or an import); answers to older searches are dropped. */
    public void refresh() {
        long mine = ++generation;
        String q = query.get();
        title.set("");
        try {
            BrowseService.parse(q);
        } catch (InvalidInputException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        tasks.run(() -> browse.search(q), found -> {
            if (mine != generation) return;
            rows.setAll(found);
            loaded.set(true);
        }, e -> errors.show(e, "The card list was not updated."));
    }

    /** Lists the cards whose front repeats another card's, grouped. */
    public void findDuplicates() {
        long mine = ++generation;
        tasks.run(browse::duplicates, found -> {
            if (mine != generation) return;
            rows.setAll(found);
            title.set(found.isEmpty() ? "No duplicates" : "Duplicates: " + found.size() + " cards");
            toast.accept(found.isEmpty() ? "No two cards have the same front" : "Showing " + found.size() + " cards that share a front");
        }, e -> errors.show(e, "The duplicates could not be listed."));
    }

    public void delete(List<CardId> ids) {
        change(() -> browse.delete(ids), "Deleted " + cards(ids) + " (Ctrl+Z brings them back)", "Nothing was deleted.");
    }

    /** Suspends the cards, or unsuspends them when all are suspended already. */
    public void toggleSuspend(List<BrowseRow> selected) {
        boolean all = !selected.isEmpty() && selected.stream().allMatch(BrowseRow::suspended);
        List<CardId> ids = ids(selected);
        change(() -> browse.setSuspended(ids, !all), (all ? "Unsuspended " : "Suspended ") + cards(ids), "Nothing was changed.");
    }

    /** Buries the cards until tomorrow, or unburies them when all are buried. */
    public void toggleBury(List<BrowseRow> selected) {
        boolean all = !selected.isEmpty() && selected.stream().allMatch(BrowseRow::buried);
        List<CardId> ids = ids(selected);
        change(() -> {
            if (all) browse.unbury(ids);
            else browse.bury(ids);
        }, (all ? "Unburied " : "Buried until tomorrow: ") + cards(ids), "Nothing was changed.");
    }

    /** Sets the flag; when every card has it already, takes it off (as Anki). */
    public void flag(List<BrowseRow> selected, CardFlag flag) {
        boolean all = !selected.isEmpty() && selected.stream().allMatch(r -> r.flag() == flag.number());
        CardFlag to = all ? CardFlag.NONE : flag;
        List<CardId> ids = ids(selected);
        change(() -> browse.flag(ids, to), to == CardFlag.NONE ? "Flag removed" : "Flagged " + to.label().toLowerCase(java.util.Locale.ROOT),
                "Nothing was changed.");
    }

    public void move(List<CardId> ids, String deck) {
        change(() -> browse.move(ids, deck), "Moved " + cards(ids) + " to " + deck.strip(), "Nothing was moved.");
    }

    public void addTags(List<CardId> ids, String tags) {
        change(() -> browse.addTags(ids, tags), "Tags added", "No tags were added.");
    }

    public void removeTags(List<CardId> ids, String tags) {
        change(() -> browse.removeTags(ids, tags), "Tags removed", "No tags were removed.");
    }

    public void reset(List<CardId> ids) {
        change(() -> browse.reset(ids), "Reset " + cards(ids) + " to new", "Nothing was changed.");
    }

    /** {@code daysText} as typed: a whole number of days from today. */
    public void reschedule(List<CardId> ids, String daysText) {
        int days;
        try {
            days = Integer.parseInt(daysText.strip());
        } catch (NumberFormatException e) {
            errors.show(new InvalidInputException("\"" + daysText.strip() + "\" is not a number of days (0 = today)."),
                    "Nothing was changed.");
            return;
        }
        change(() -> browse.reschedule(ids, days), cards(ids) + " due in " + days + (days == 1 ? " day" : " days"),
                "Nothing was changed.");
    }

    private interface Change {
        void run() throws io.deckhand.app.error.DeckhandException;
    }

    private void change(Change work, String done, String failed) {
        tasks.run(() -> {
            work.run();
            return Boolean.TRUE;
        }, ok -> {
            toast.accept(done);
            onChanged.run();
            refresh();
        }, e -> errors.show(e, failed));
    }

    private static List<CardId> ids(List<BrowseRow> rows) {
        return rows.stream().map(BrowseRow::id).toList();
    }

    private static String cards(List<?> ids) {
        return ids.size() == 1 ? "1 card" : ids.size() + " cards";
    }

    /** "1,204 cards" for beside the search field. */
    public String countText() {
        int n = rows.size();
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(n) + (n == 1 ? " card" : " cards");
    }
}
