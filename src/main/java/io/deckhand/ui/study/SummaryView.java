package io.deckhand.ui.study;

import atlantafx.base.theme.Styles;
import io.deckhand.app.study.DaySummary;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.theme.StyleClasses;
import java.time.Duration;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** The quiet "done for today" page: studied, time, retention, and what tomorrow holds. */
final class SummaryView extends VBox {
    private final Label studied = value();
    private final Label time = value();
    private final Label retention = value();
    private final Label tomorrow = new Label();

    SummaryView(Runnable onBack) {
        setId("studySummary");
        getStyleClass().add(StyleClasses.SUMMARY);
        Label title = new Label("Done for today");
        title.getStyleClass().add(Styles.TITLE_2);
        HBox stats = new HBox(stat(studied, "cards studied"), stat(time, "time"), stat(retention, "retention"));
        stats.getStyleClass().add(StyleClasses.OVERVIEW_STATS);
        stats.setAlignment(javafx.geometry.Pos.CENTER);
        tomorrow.getStyleClass().add(StyleClasses.MUTED);
        Button back = new Button("Back to decks");
        back.setTooltip(new Tooltip("Back to decks (Esc)"));
        back.setFocusTraversable(false);
        back.setOnAction(e -> onBack.run());
        getChildren().addAll(Icons.of(MaterialDesignC.CHECK_CIRCLE_OUTLINE), title, stats, tomorrow, back);
    }

    void set(DaySummary s) {
        if (s == null) {
            studied.setText("\u2013");
            time.setText("\u2013");
            retention.setText("\u2013");
            tomorrow.setText("");
            return;
        }
        studied.setText(Integer.toString(s.studied()));
        time.setText(SummaryText.duration(s.timeSpent()));
        retention.setText(SummaryText.retention(s.retention()));
        tomorrow.setText(SummaryText.tomorrow(s.dueTomorrow()));
    }

    private static Label value() {
        Label l = new Label();
        l.getStyleClass().add(StyleClasses.STAT_VALUE);
        return l;
    }

    private static VBox stat(Label value, String caption) {
        Label c = new Label(caption);
        c.getStyleClass().add(StyleClasses.STAT_LABEL);
        VBox box = new VBox(value, c);
        box.getStyleClass().add(StyleClasses.STAT);
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    /** Wording of the summary numbers; kept apart so it can be tested without a screen. */
    static final class SummaryText {
        private SummaryText() {
        }

        static String duration(Duration d) {
            long s = Math.max(0, d.toSeconds());
            if (s < 60) return s + " s";
            long m = Math.round(s / 60.0);
            return m < 60 ? m + " min" : (m / 60) + " h " + (m % 60) + " min";
        }

        static String retention(double r) {
            return Double.isNaN(r) ? "\u2013" : Math.round(r * 100) + "%";
        }

        static String tomorrow(int due) {
            return due == 0 ? "Nothing is due tomorrow." : due == 1 ? "1 card is due tomorrow." : due + " cards are due tomorrow.";
        }
    }
}
