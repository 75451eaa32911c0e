package io.deckhand.ui.stats;

import io.deckhand.app.stats.StatsService;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/** Statistics: the collection's figures for the last 30 or 90 days and the next 30. */
public final class StatsViewModel {
    public static final int FORECAST_DAYS = 30;

    private final StatsService stats;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final IntegerProperty days = new SimpleIntegerProperty(30);
    private final ObjectProperty<StatsService.Overview> overview = new SimpleObjectProperty<>();

    public StatsViewModel(StatsService stats, TaskRunner tasks, ErrorPresenter errors) {
        this.stats = stats;
        this.tasks = tasks;
        this.errors = errors;
        days.addListener((o, a, b) -> refresh());
    }

    /** How far back the review chart goes (30 or 90). */
    public IntegerProperty daysProperty() {
        return days;
    }

    public ObjectProperty<StatsService.Overview> overviewProperty() {
        return overview;
    }

    public void refresh() {
        int back = days.get();
        tasks.run(() -> stats.overview(back, FORECAST_DAYS), o -> {
            if (back == days.get()) overview.set(o);
        }, e -> errors.show(e, "The statistics were not updated."));
    }

    /** "87% of 120 reviews remembered" or a note that there were none. */
    public static String retentionText(StatsService.Retention r, int days) {
        if (r.reviews() == 0) return "No review cards answered in the last " + days + " days yet.";
        return Math.round(r.rate() * 100) + "% of " + r.reviews() + (r.reviews() == 1 ? " review" : " reviews")
                + " remembered in the last " + days + " days";
    }
}
