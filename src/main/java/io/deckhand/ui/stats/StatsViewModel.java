package io.deckhand.ui.stats;

import io.deckhand.app.stats.CardInfo;
import io.deckhand.app.stats.StatsReport;
import io.deckhand.app.stats.StatsService;
import io.deckhand.domain.card.CardId;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Statistics of the collection or one deck, read on the task runner (off the FX thread); the
 * range (30 or 90 days) only changes what the day charts show, so it needs no new read.
 */
public final class StatsViewModel {
    /** The deck choice that means no deck. */
    public static final String WHOLE_COLLECTION = "Whole collection";

    private final StatsService stats;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final IntegerProperty days = new SimpleIntegerProperty(30);
    private final ObjectProperty<String> deck = new SimpleObjectProperty<>(WHOLE_COLLECTION);
    private final ObservableList<String> deckChoices = FXCollections.observableArrayList(WHOLE_COLLECTION);
    private final ObjectProperty<StatsReport> report = new SimpleObjectProperty<>();
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private long requests;

    public StatsViewModel(StatsService stats, TaskRunner tasks, ErrorPresenter errors) {
        this.stats = stats;
        this.tasks = tasks;
        this.errors = errors;
        deck.addListener((o, a, b) -> {
            if (b != null) refresh();
        });
    }

    /** How far back (and ahead) the day charts go: 30 or 90 days. */
    public IntegerProperty daysProperty() {
        return days;
    }

    public ObjectProperty<String> deckProperty() {
        return deck;
    }

    public ObservableList<String> deckChoices() {
        return deckChoices;
    }

    public ObjectProperty<StatsReport> reportProperty() {
        return report;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Reads the deck list and the figures of the chosen scope again. */
    public void refresh() {
        long request = ++requests;
        String chosen = deck.get();
        Optional<String> scope = chosen == null || chosen.equals(WHOLE_COLLECTION) ? Optional.empty() : Optional.of(chosen);
        loading.set(true);
        tasks.run(() -> new Loaded(stats.deckNames(), stats.report(scope)), loaded -> {
            if (request != requests) return; // a newer choice is on its way
            loading.set(false);
            if (!deckChoices.subList(1, deckChoices.size()).equals(loaded.decks())) {
                deckChoices.setAll(WHOLE_COLLECTION);
                deckChoices.addAll(loaded.decks());
            }
            report.set(loaded.report());
        }, e -> {
            if (request == requests) loading.set(false);
            errors.show(e, "The statistics were not updated.");
        });
    }

    private record Loaded(java.util.List<String> decks, StatsReport report) {
    }

    /** Reads one card's history and forgetting curve, then hands it to {@code show} on the FX thread. */
    public void cardInfo(CardId id, Consumer<CardInfo> show) {
        tasks.run(() -> stats.cardInfo(id), show, e -> errors.show(e, "Nothing was changed."));
    }

    /** "87% of 120 reviews remembered" or that there were none, for one period's figures. */
    public static String passText(StatsReport.Pass p) {
        if (p.reviews() == 0) return "\u2013";
        return Math.round(p.rate().orElseThrow() * 100) + "% of " + p.reviews();
    }

    /** The line above the charts: answers, study days and time in the year, or that there are none. */
    public static String summary(StatsReport r) {
        long cards = r.states().total();
        String cardsText = cards + (cards == 1 ? " card" : " cards");
        if (r.answers() == 0) return "No reviews in the last year yet; " + cardsText + ".";
        long minutes = Math.round(r.durationMs() / 60_000.0);
        return r.answers() + (r.answers() == 1 ? " answer" : " answers") + " on " + r.studyDays()
                + (r.studyDays() == 1 ? " day" : " days") + " in the last year, " + duration(minutes)
                + " of study; " + cardsText + ".";
    }

    static String duration(long minutes) {
        return minutes < 60 ? minutes + " min" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }
}
