package io.deckhand.ui.quiz;

import io.deckhand.quiz.grade.Difference;
import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.ui.common.Icons;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.ColumnConstraints;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/** A graded answer: the verdict, the typed answer beside the right one, and what differed, by path or flag. */
final class GradeView {
    private GradeView() {
    }

    static Label verdict(Grade g) {
        Label l = new Label(verdictText(g));
        l.setId("verdict");
        if (g.correct()) {
            l.setGraphic(Icons.of(MaterialDesignC.CHECK_CIRCLE));
            l.getStyleClass().add(QuizStyles.VERDICT_RIGHT);
        } else if (g.score() > 0) {
            l.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE));
            l.getStyleClass().add(QuizStyles.VERDICT_PARTIAL);
        } else {
            l.setGraphic(Icons.of(MaterialDesignC.CLOSE_CIRCLE));
            l.getStyleClass().add(QuizStyles.VERDICT_WRONG);
        }
        return l;
    }

    static String verdictText(Grade g) {
        if (g.correct()) return g.score() < 1 ? "Right (" + ScoreText.percent(g.score()) + ")" : "Right";
        if (g.score() > 0) return "Partly right: " + ScoreText.percent(g.score());
        return "Wrong";
    }

    /** Your answer and the right one side by side (stacked for manifests, which need the width). */
    static Node answers(Question q, String response, boolean showYours) {
        boolean mono = q.type() == QuestionType.COMMAND || q.type() == QuestionType.MANIFEST
                || q.type() == QuestionType.FILL_FIELD;
        VBox yours = box("Your answer", response.isBlank() ? "(no answer)" : response, mono, "yourAnswer");
        VBox right = box("Right answer", q.answer(), mono, "rightAnswer");
        if (!showYours) return right;
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        if (q.type() == QuestionType.MANIFEST) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().addAll(c, c);
        } else {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(c, c);
        }
        grid.add(yours, 0, 0);
        grid.add(right, 1, 0);
        return grid;
    }

    /** The differences, most important first; empty node list when there are none. */
    static List<Node> differences(Grade g) {
        return g.differences().stream().map(GradeView::difference).toList();
    }

    static Node difference(Difference d) {
        Label kind = new Label(switch (d.kind()) {
            case MISSING -> "Missing";
            case EXTRA -> "Extra";
            case WRONG -> "Wrong";
        });
        kind.getStyleClass().addAll(QuizStyles.DIFF_KIND, switch (d.kind()) {
            case MISSING -> QuizStyles.DIFF_MISSING;
            case EXTRA -> QuizStyles.DIFF_EXTRA;
            case WRONG -> QuizStyles.DIFF_WRONG;
        });
        kind.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label where = new Label(d.where());
        where.getStyleClass().add(QuizStyles.MONO);
        where.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label what = new Label(differenceText(d));
        what.setWrapText(true);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox row = new HBox(kind, where, what);
        row.getStyleClass().add(QuizStyles.DIFF);
        return row;
    }

    static String differenceText(Difference d) {
        return switch (d.kind()) {
            case MISSING -> d.expected() == null || isSwitch(d.where(), d.expected()) ? "" : "expected " + shorten(d.expected());
            case EXTRA -> d.actual() == null || isSwitch(d.where(), d.actual()) ? "" : "not asked for: " + shorten(d.actual());
            case WRONG -> "expected " + shorten(d.expected()) + ", got " + shorten(d.actual());
        };
    }

    /** A command switch such as {@code --all-containers} has the value "true": its name says it all. */
    private static boolean isSwitch(String where, String value) {
        return "true".equals(value) && where != null && SWITCH.matcher(where).find();
    }

    private static final java.util.regex.Pattern SWITCH = java.util.regex.Pattern.compile("(^|\\s)--?[\\w-]+$");

    private static String shorten(String s) {
        if (s == null || s.isBlank()) return "nothing";
        String one = s.strip().replace('\n', ' ');
        return one.length() > 80 ? one.substring(0, 79) + "\u2026" : one;
    }

    private static VBox box(String caption, String text, boolean mono, String id) {
        Label c = new Label(caption);
        c.getStyleClass().add(QuizStyles.ANSWER_CAPTION);
        Label t = new Label(text);
        t.setId(id);
        t.setWrapText(true);
        if (mono) t.getStyleClass().add(QuizStyles.MONO);
        VBox box = new VBox(c, t);
        box.getStyleClass().add(QuizStyles.ANSWER_BOX);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setMaxHeight(Double.MAX_VALUE); // both boxes as tall as the taller one
        return box;
    }
}
