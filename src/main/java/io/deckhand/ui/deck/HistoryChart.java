package io.deckhand.ui.deck;

import io.deckhand.app.study.DailyReviews;
import io.deckhand.ui.common.Tooltips;
import io.deckhand.ui.theme.StyleClasses;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Reviews per day as plain bars (no chart library: it is only thirty rectangles and keeps
 * javafx.scene.chart off the start-up path).
 */
public final class HistoryChart extends VBox {
    private static final double HEIGHT = 80;

    /**
     * Made when the first bars are set: the chart is built with the deck list's first frame, and the
     * formatter's day and month names would load the locale's text data on the FX thread there.
     */
    private static final class Day {
        static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("EEE d MMM");
    }

    private final HBox bars = new HBox();
    private final Label caption = new Label();
    private final Label from = new Label();
    private final Label to = new Label("today");

    public HistoryChart() {
        super(6);
        bars.getStyleClass().add(StyleClasses.HISTORY_CHART);
        caption.getStyleClass().add(StyleClasses.STAT_LABEL);
        from.getStyleClass().add(StyleClasses.KEY_HINT);
        to.getStyleClass().add(StyleClasses.KEY_HINT);
        BorderPane axis = new BorderPane();
        axis.setLeft(from);
        axis.setRight(to);
        getChildren().addAll(caption, bars, axis);
    }

    public void set(List<DailyReviews> days) {
        bars.getChildren().clear();
        int max = days.stream().mapToInt(DailyReviews::count).max().orElse(0);
        int total = days.stream().mapToInt(DailyReviews::count).sum();
        caption.setText(total + (total == 1 ? " review" : " reviews") + " in the last " + days.size() + " days");
        from.setText(days.isEmpty() ? "" : days.get(0).day().format(Day.FORMAT));
        for (DailyReviews d : days) {
            Region bar = new Region();
            bar.getStyleClass().add(d.count() == 0 ? StyleClasses.HISTORY_BAR_EMPTY : StyleClasses.HISTORY_BAR);
            double h = d.count() == 0 || max == 0 ? 2 : Math.max(4, HEIGHT * d.count() / max);
            bar.setMinHeight(h);
            bar.setPrefHeight(h);
            bar.setMaxHeight(h);
            bar.setPrefWidth(12);
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            Tooltips.install(bar, d.day().format(Day.FORMAT) + ": " + d.count());
            bars.getChildren().add(bar);
        }
    }
}
