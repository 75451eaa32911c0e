package io.deckhand.ui.stats;

import atlantafx.base.theme.Styles;
import io.deckhand.app.stats.CardInfo;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.ui.theme.StyleClasses;
import io.deckhand.ui.theme.ThemeController;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** One card: what it is, its answers as a table and its forgetting curve R(t) as a line. */
public final class CardInfoDialog {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);
    private final Stage stage = new Stage();
    private final VBox root = new VBox(12);

    public CardInfoDialog(CardInfo info, Window owner, ZoneId zone) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Card info");
        root.setId("cardInfo");
        root.setPadding(new Insets(20));
        root.setPrefWidth(720);
        root.getStylesheets().add(StatsView.SHEET);
        root.getStyleClass().add(StyleClasses.PAGE);

        Label front = new Label(firstLine(info.card().front()));
        front.getStyleClass().add(Styles.TITLE_3);
        front.setWrapText(true);
        var s = info.card().scheduling();
        String state = switch (s.state()) {
            case NEW -> "New";
            case LEARNING -> "Learning";
            case RELEARNING -> "Relearning";
            case REVIEW -> s.scheduledDays() >= 21 ? "Mature review" : "Young review";
        };
        StringBuilder facts = new StringBuilder(info.deck() + " \u00b7 " + state + " \u00b7 " + info.history().size()
                + (info.history().size() == 1 ? " answer" : " answers") + " \u00b7 " + s.lapses() + " lapses");
        if (s.state() != CardState.NEW) {
            facts.append(" \u00b7 due ").append(WHEN.format(s.due().atZone(zone)));
        }
        if (info.retrievabilityNow() >= 0) {
            facts.append(String.format(Locale.ROOT, " \u00b7 stability %.1f d, difficulty %.1f, recall now %d%%",
                    s.stability(), s.difficulty(), Math.round(info.retrievabilityNow() * 100)));
        }
        Label summary = new Label(facts.toString());
        summary.getStyleClass().add(StyleClasses.MUTED);
        summary.setWrapText(true);

        TableView<ReviewLogEntry> history = new TableView<>();
        history.setId("cardInfoHistory");
        history.setPlaceholder(new Label("Not answered yet."));
        history.setPrefHeight(200);
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getColumns().add(column("Answered", 150, e -> WHEN.format(e.reviewedAt().atZone(zone))));
        history.getColumns().add(column("Button", 70, e -> switch (e.rating()) {
            case AGAIN -> "Again";
            case HARD -> "Hard";
            case GOOD -> "Good";
            case EASY -> "Easy";
        }));
        history.getColumns().add(column("Was", 90, e -> e.before().state().name().charAt(0)
                + e.before().state().name().substring(1).toLowerCase(Locale.ROOT)));
        history.getColumns().add(column("Interval", 80, e -> e.after().scheduledDays() + " d"));
        history.getColumns().add(column("Stability", 80, e -> e.after().stability() > 0
                ? String.format(Locale.ROOT, "%.1f d", e.after().stability()) : "\u2013"));
        history.getColumns().add(column("Time", 60, e -> Math.round(e.answerTime().toMillis() / 1000.0) + " s"));
        history.getItems().setAll(info.history());
        java.util.Collections.reverse(history.getItems()); // newest first

        root.getChildren().addAll(front, summary, history);
        if (info.curve().isEmpty()) {
            Label none = new Label(s.state() == CardState.NEW ? "No forgetting curve yet: the card has not been studied."
                    : "No forgetting curve: this deck uses SM-2, which keeps no memory stability.");
            none.getStyleClass().add("dh-stats-empty");
            root.getChildren().add(none);
        } else {
            root.getChildren().add(curve(info));
        }
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ThemeController.APP_STYLESHEET);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.close();
        });
        stage.setScene(scene);
    }

    private static LineChart<Number, Number> curve(CardInfo info) {
        double horizon = info.curve().get(info.curve().size() - 1).days();
        NumberAxis x = new NumberAxis(0, horizon, niceStep(horizon));
        x.setLabel("Days since the last review");
        NumberAxis y = new NumberAxis(0, 100, 10);
        y.setLabel("Recall probability (%)");
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("cardInfoCurve");
        chart.setTitle("Forgetting curve");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.getStyleClass().addAll(StyleClasses.CHART_CARD, "dh-curve-chart");
        chart.setPrefHeight(280);
        XYChart.Series<Number, Number> r = new XYChart.Series<>();
        r.setName("Recall probability");
        for (CardInfo.Point p : info.curve()) r.getData().add(new XYChart.Data<>(p.days(), p.r() * 100));
        chart.getData().add(r);
        if (info.daysSinceReview() >= 0 && info.retrievabilityNow() >= 0 && info.daysSinceReview() <= horizon) {
            XYChart.Series<Number, Number> now = new XYChart.Series<>();
            now.setName("Today");
            now.getData().add(new XYChart.Data<>(info.daysSinceReview(), info.retrievabilityNow() * 100));
            chart.getData().add(now);
            chart.setCreateSymbols(true);
            for (XYChart.Data<Number, Number> d : r.getData()) if (d.getNode() != null) d.getNode().setVisible(false);
        }
        return chart;
    }

    private static double niceStep(double horizon) {
        double raw = horizon / 8;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * mag >= raw) return m * mag;
        return 10 * mag;
    }

    private static TableColumn<ReviewLogEntry, String> column(String name, double width, Function<ReviewLogEntry, String> value) {
        TableColumn<ReviewLogEntry, String> c = new TableColumn<>(name);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl) + " \u2026";
    }

    public void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }
}
