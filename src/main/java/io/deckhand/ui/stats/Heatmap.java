package io.deckhand.ui.stats;

import io.deckhand.app.stats.StatsReport;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * A year of study days as a calendar: one column per week (Monday on top), colour by answers.
 * Focused, the arrow keys walk the days (Up/Down a day, Left/Right a week, Home/End the ends)
 * and {@link #readoutProperty()} reads the picked day's figures, as the mouse's tooltip does.
 */
final class Heatmap extends GridPane {
    private static final DateTimeFormatter TIP = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    static final String CELL = "dh-heatmap-cell";
    static final String PICKED = "dh-heat-picked";

    private final List<Region> cells = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper("");
    private int picked = -1;

    Heatmap() {
        setId("statsHeatmap");
        setHgap(3);
        setVgap(3);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.LIST_VIEW);
        setAccessibleHelp("Up and Down move a day, Left and Right a week, Home and End to the first and last day.");
        addEventHandler(KeyEvent.KEY_PRESSED, this::walk);
        focusedProperty().addListener((obs, was, is) -> {
            if (is && picked < 0 && !cells.isEmpty()) pick(cells.size() - 1);
        });
    }

    /** The picked day's answers and time, in words; empty until a day is picked. */
    ReadOnlyStringProperty readoutProperty() {
        return readout.getReadOnlyProperty();
    }

    private void walk(KeyEvent e) {
        if (cells.isEmpty()) return;
        int from = Math.max(picked, 0);
        int to = switch (e.getCode()) {
            case UP, KP_UP -> from - 1;
            case DOWN, KP_DOWN -> from + 1;
            case LEFT, KP_LEFT -> from - 7;
            case RIGHT, KP_RIGHT -> from + 7;
            case HOME -> 0;
            case END -> cells.size() - 1;
            default -> Integer.MIN_VALUE;
        };
        if (to == Integer.MIN_VALUE) return;
        e.consume();
        pick(Math.max(0, Math.min(cells.size() - 1, to)));
    }

    private void pick(int index) {
        if (picked >= 0 && picked < cells.size()) cells.get(picked).getStyleClass().remove(PICKED);
        picked = index;
        cells.get(index).getStyleClass().add(PICKED);
        readout.set(texts.get(index));
        setAccessibleText(texts.get(index));
        notifyAccessibleAttributeChanged(AccessibleAttribute.TEXT);
    }

    void show(List<StatsReport.Day> days, LocalDate today) {
        getChildren().clear();
        cells.clear();
        texts.clear();
        picked = -1;
        readout.set("");
        if (days.isEmpty()) return;
        long max = days.stream().mapToLong(StatsReport.Day::total).max().orElse(0);
        LocalDate first = days.get(0).day();
        LocalDate firstMonday = first.minusDays(first.getDayOfWeek().getValue() - 1L);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            Label l = new Label(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            l.getStyleClass().add("dh-heatmap-label");
            add(l, 0, d.getValue());
        }
        int lastMonth = -1;
        for (StatsReport.Day d : days) {
            int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, d.day());
            int row = d.day().getDayOfWeek().getValue();
            if (row == 1 && d.day().getMonthValue() != lastMonth && d.day().getDayOfMonth() <= 7) {
                lastMonth = d.day().getMonthValue();
                Label m = new Label(d.day().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                m.getStyleClass().add("dh-heatmap-label");
                m.setMinWidth(Region.USE_PREF_SIZE);
                add(m, week + 1, 0, 4, 1);
            }
            Region cell = new Region();
            cell.getStyleClass().addAll(CELL, "dh-heat-" + level(d.total(), max));
            if (d.day().equals(today)) cell.getStyleClass().add("dh-heat-today");
            String minutes = d.durationMs() == 0 ? "" : ", " + StatsViewModel.duration(Math.round(d.durationMs() / 60_000.0));
            String text = (d.total() == 0 ? "No answers" : d.total() + (d.total() == 1 ? " answer" : " answers"))
                    + minutes + " on " + d.day().format(TIP);
            Tooltip tip = new Tooltip(text);
            cells.add(cell);
            texts.add(text);
            tip.setShowDelay(Duration.millis(150));
            Tooltip.install(cell, tip);
            cell.getProperties().put("answers", d.total());
            add(cell, week + 1, row);
        }
    }

    /** 0 for none, else 1-4 by the share of the busiest day (the busiest is 4). */
    static int level(long answers, long max) {
        if (answers <= 0 || max <= 0) return 0;
        return (int) Math.max(1, Math.min(4, Math.ceil(4.0 * answers / max)));
    }
}
