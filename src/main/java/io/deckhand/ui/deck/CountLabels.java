package io.deckhand.ui.deck;

import io.deckhand.domain.study.StudyCounts;
import io.deckhand.ui.common.Tooltips;
import io.deckhand.ui.theme.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The three small coloured numbers: new (blue), learning (orange), due (green); zeros greyed. */
public final class CountLabels extends HBox {
    private final Label newCount = count(StyleClasses.COUNT_NEW, "New cards");
    private final Label learning = count(StyleClasses.COUNT_LEARNING, "Learning");
    private final Label due = count(StyleClasses.COUNT_DUE, "Due for review");

    public CountLabels() {
        super(6);
        setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        getChildren().addAll(newCount, learning, due);
        set(StudyCounts.ZERO);
    }

    public void set(StudyCounts c) {
        set(newCount, c.newCount(), StyleClasses.COUNT_NEW);
        set(learning, c.learningCount(), StyleClasses.COUNT_LEARNING);
        set(due, c.reviewCount(), StyleClasses.COUNT_DUE);
    }

    private static Label count(String colour, String what) {
        Label l = new Label("0");
        l.getStyleClass().addAll(StyleClasses.COUNT, colour);
        Tooltips.set(l, what);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static void set(Label l, int value, String colour) {
        l.setText(Integer.toString(value));
        l.getStyleClass().removeAll(colour, StyleClasses.COUNT_ZERO);
        l.getStyleClass().add(value == 0 ? StyleClasses.COUNT_ZERO : colour);
    }
}
