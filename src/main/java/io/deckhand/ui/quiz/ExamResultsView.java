package io.deckhand.ui.quiz;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.deckhand.app.quiz.ExamResult;
import io.deckhand.app.quiz.QuestionResult;
import io.deckhand.app.quiz.TopicScore;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.common.Tooltips;
import io.deckhand.ui.theme.StyleClasses;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The results of a mock exam: passed or not against the pass mark, score and time, the topics
 * weakest first as bars, the trend across attempts, and every answer that was not right with the
 * right one and the differences. "Study weak topics" studies the missed cards.
 */
final class ExamResultsView extends ScrollPane {
    private final ExamViewModel vm;
    private final Runnable onBack;
    private final VBox body = new VBox();
    private Button study;

    ExamResultsView(ExamViewModel vm, Runnable onBack) {
        this.vm = vm;
        this.onBack = onBack;
        setId("examResults");
        setFitToWidth(true);
        getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        body.getStyleClass().add(QuizStyles.SETUP);
        body.setMaxWidth(900);
        StackPane wrap = new StackPane(body);
        StackPane.setAlignment(body, Pos.TOP_CENTER);
        setContent(wrap);
    }

    void focusDefault() {
        if (study != null) study.requestFocus();
    }

    void show(ExamResult r, List<ExamResult> history) {
        body.getChildren().clear();
        if (r == null) return;
        body.getChildren().addAll(banner(r), actions(r));
        if (!r.topics().isEmpty()) body.getChildren().add(topics(r));
        body.getChildren().add(trend(history, r));
        List<QuestionResult> wrong = r.questions().stream().filter(q -> !q.grade().correct()).toList();
        if (!wrong.isEmpty()) body.getChildren().add(wrongAnswers(r, wrong));
    }

    private VBox banner(ExamResult r) {
        Label verdict = new Label(r.passed() ? "Passed" : "Not passed yet");
        verdict.setId("examVerdict");
        verdict.getStyleClass().add("dh-exam-verdict");
        long right = r.questions().stream().filter(q -> q.grade().correct()).count();
        Label score = new Label("Score " + ScoreText.percent(r.score()) + " \u00b7 pass mark " + ScoreText.percent(r.passMark())
                + " \u00b7 " + right + " of " + r.questions().size() + " right \u00b7 time used "
                + ScoreText.duration(r.timeUsed()));
        score.setId("examScore");
        score.setWrapText(true);
        VBox box = new VBox(verdict, score);
        box.getStyleClass().addAll(QuizStyles.RESULT_BANNER, r.passed() ? QuizStyles.PASSED : QuizStyles.FAILED);
        return box;
    }

    private HBox actions(ExamResult r) {
        boolean anyWrong = r.questions().stream().anyMatch(q -> !q.grade().correct());
        study = new Button("Study weak topics");
        study.setId("studyWeak");
        study.setGraphic(Icons.of(MaterialDesignB.BOOK_OPEN_VARIANT));
        study.getStyleClass().add(Styles.ACCENT);
        study.setDisable(!anyWrong);
        Tooltips.set(study, "Study the cards behind the questions you missed");
        study.setOnAction(e -> vm.studyWeakTopics());
        Button again = new Button("New exam");
        again.setGraphic(Icons.of(MaterialDesignR.REFRESH));
        Tooltips.set(again, "Set up another mock exam");
        again.setOnAction(e -> vm.newExam());
        Button back = new Button("Back to decks");
        back.setGraphic(Icons.of(MaterialDesignA.ARROW_LEFT));
        Tooltips.set(back, "Back to decks (Esc)");
        back.setOnAction(e -> onBack.run());
        HBox box = new HBox(12, study, again, back);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private VBox topics(ExamResult r) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        List<TopicScore> sorted = r.topics().stream()
                .sorted(Comparator.comparingDouble(TopicScore::score).thenComparing(TopicScore::topic)).toList();
        int row = 0;
        for (TopicScore t : sorted) {
            Label name = new Label(t.topic());
            name.setMinWidth(120);
            name.setMaxWidth(340);
            name.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
            Tooltips.set(name, t.topic());
            StackPane bar = new StackPane();
            bar.getStyleClass().add(QuizStyles.TOPIC_BAR);
            bar.setMinWidth(120);
            bar.setPrefWidth(200);
            Region fill = new Region();
            fill.getStyleClass().add(QuizStyles.TOPIC_FILL);
            if (t.score() < r.passMark()) fill.getStyleClass().add(QuizStyles.TOPIC_FILL_LOW);
            fill.maxWidthProperty().bind(bar.widthProperty().multiply(Math.max(0, Math.min(1, t.score()))));
            fill.prefWidthProperty().bind(fill.maxWidthProperty());
            StackPane.setAlignment(fill, Pos.CENTER_LEFT);
            bar.getChildren().add(fill);
            GridPane.setHgrow(bar, Priority.ALWAYS);
            Label pct = new Label(ScoreText.percent(t.score()));
            pct.setMinWidth(Region.USE_PREF_SIZE);
            Label n = new Label(t.questions() == 1 ? "1 question" : t.questions() + " questions");
            n.getStyleClass().add(StyleClasses.MUTED);
            n.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, name, bar, pct, n);
        }
        grid.setId("examTopics");
        return SourcePicker.section("By topic, weakest first", grid);
    }

    private VBox trend(List<ExamResult> history, ExamResult current) {
        NumberAxis x = new NumberAxis();
        x.setLabel("Attempt");
        x.setAutoRanging(false);
        x.setLowerBound(history.size() <= 1 ? 0 : 1);
        x.setUpperBound(Math.max(2, history.size()));
        x.setTickUnit(Math.max(1, Math.ceil(history.size() / 10.0)));
        x.setMinorTickVisible(false);
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel("Score (%)");
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("examTrend");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(true);
        chart.setPrefHeight(240);
        chart.setMinHeight(200);
        XYChart.Series<Number, Number> scores = new XYChart.Series<>();
        scores.setName("Score");
        XYChart.Series<Number, Number> pass = new XYChart.Series<>();
        pass.setName("Pass mark");
        List<ExamResult> points = history.isEmpty() ? List.of(current) : history;
        for (int i = 0; i < points.size(); i++) {
            scores.getData().add(new XYChart.Data<>(i + 1, Math.round(points.get(i).score() * 1000) / 10.0));
        }
        double passMark = Math.round(current.passMark() * 1000) / 10.0;
        pass.getData().add(new XYChart.Data<>(x.getLowerBound(), passMark));
        pass.getData().add(new XYChart.Data<>(x.getUpperBound(), passMark));
        chart.getData().add(scores);
        chart.getData().add(pass);
        Label caption = new Label(points.size() == 1 ? "Your first attempt: the trend grows with every exam you take."
                : points.size() + " attempts, oldest first.");
        caption.getStyleClass().add(StyleClasses.MUTED);
        VBox box = SourcePicker.section("Score across attempts", chart, caption);
        return box;
    }

    private VBox wrongAnswers(ExamResult r, List<QuestionResult> wrong) {
        VBox list = new VBox();
        list.setId("examWrongAnswers");
        for (QuestionResult q : wrong) {
            int number = r.questions().indexOf(q) + 1;
            Label head = new Label("Question " + number + " \u00b7 " + QuizSource.label(q.question().type())
                    + (q.topic() == null || q.topic().isBlank() ? "" : " \u00b7 " + q.topic()));
            head.getStyleClass().add(Styles.TEXT_BOLD);
            HBox top = new HBox(12, head, GradeView.verdict(q.grade()));
            top.setAlignment(Pos.CENTER_LEFT);
            VBox item = new VBox(top);
            item.getChildren().addAll(promptNodes(q.question().prompt()));
            item.getChildren().add(GradeView.answers(q.question(), q.answer(), true));
            // an unanswered question's only difference is the whole answer, already shown beside it
            if (!q.answer().isBlank()) item.getChildren().addAll(GradeView.differences(q.grade()));
            item.getStyleClass().add(QuizStyles.WRONG_ITEM);
            list.getChildren().add(item);
        }
        return SourcePicker.section("Answers to look at again (" + wrong.size() + ")", list);
    }

    /** The prompt as labels: text without Markdown marks, code blocks in monospace (a card view per item would be heavy). */
    static List<javafx.scene.Node> promptNodes(String markdown) {
        List<javafx.scene.Node> out = new java.util.ArrayList<>();
        String[] parts = markdown.split("(?m)^\\s*```[\\w-]*\\s*$");
        for (int i = 0; i < parts.length; i++) {
            String part = i % 2 == 1 ? parts[i].replaceAll("^\\n+|\\s+$", "") : ScoreText.plain(parts[i]);
            if (part.isBlank()) continue;
            Label l = new Label(part.length() > 1200 ? part.substring(0, 1199) + "\u2026" : part);
            l.setWrapText(true);
            if (i % 2 == 1) {
                l.getStyleClass().add(QuizStyles.MONO);
                l.getStyleClass().add(QuizStyles.ANSWER_BOX);
                l.setMaxWidth(Double.MAX_VALUE);
            }
            out.add(l);
        }
        return out;
    }

}
