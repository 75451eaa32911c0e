package io.deckhand.ui.deck;

import atlantafx.base.theme.Styles;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.domain.study.StudyCounts;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.common.Tooltips;
import io.deckhand.ui.theme.StyleClasses;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The selected deck: its name, today's counts, the Study button (Enter) and the last 30 days. */
public final class DeckOverviewView extends VBox {
    private final Label path = new Label();
    private final Label title = new Label();
    private final Label newValue = value(StyleClasses.COUNT_NEW);
    private final Label learningValue = value(StyleClasses.COUNT_LEARNING);
    private final Label dueValue = value(StyleClasses.COUNT_DUE);
    private final Label nothingDue = new Label("Nothing is due in this deck today. Come back tomorrow, or add cards.");
    private final Button study = new Button("Study now");
    private final HistoryChart chart = new HistoryChart();
    private javafx.scene.layout.FlowPane actions;

    public DeckOverviewView(DeckListViewModel vm, Consumer<DeckSummary> onStudy, Runnable onAddCard, Runnable onOptions) {
        getStyleClass().add(StyleClasses.OVERVIEW);
        setAlignment(Pos.TOP_LEFT);
        path.getStyleClass().add(StyleClasses.MUTED);
        title.getStyleClass().add(Styles.TITLE_1);
        title.setWrapText(true);

        HBox stats = new HBox(stat(newValue, "New"), stat(learningValue, "Learning"), stat(dueValue, "To review"));
        stats.getStyleClass().add(StyleClasses.OVERVIEW_STATS);

        study.setId("studyButton");
        study.setGraphic(Icons.of(MaterialDesignP.PLAY));
        study.getStyleClass().addAll(Styles.ACCENT, StyleClasses.STUDY_BUTTON);
        study.setDefaultButton(true);
        Tooltips.set(study, "Study this deck (Enter)");
        study.setOnAction(e -> {
            DeckSummary d = vm.selectedProperty().get();
            if (d != null) onStudy.accept(d);
        });
        Button add = new Button("Add card");
        add.setGraphic(Icons.of(MaterialDesignP.PLUS));
        Tooltips.set(add, "Add a card to this deck (Ctrl+N)");
        add.setOnAction(e -> onAddCard.run());
        Button options = new Button("Options");
        options.setId("deckOptions");
        options.setGraphic(Icons.of(MaterialDesignC.COG_OUTLINE));
        Tooltips.set(options, "This deck's options: limits, learning steps, retention (Ctrl+Shift+O)");
        options.setOnAction(e -> onOptions.run());
        Label hint = new Label("Enter");
        hint.getStyleClass().add(StyleClasses.KEY_HINT);
        // A narrow window wraps the buttons rather than shortening them to "…".
        actions = new javafx.scene.layout.FlowPane(12, 8, study, hint, add, options);
        for (javafx.scene.control.Labeled l : java.util.List.of(study, hint, add, options)) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        actions.setAlignment(Pos.CENTER_LEFT);
        nothingDue.getStyleClass().add(StyleClasses.MUTED);
        nothingDue.setWrapText(true);

        getChildren().addAll(new VBox(2, path, title), stats, nothingDue, actions, chart);
        vm.selectedProperty().addListener((obs, old, now) -> show(now));
        vm.historyProperty().addListener((obs, old, now) -> showHistory(vm));
        show(vm.selectedProperty().get());
        showHistory(vm);
    }

    /** Adds buttons after the deck's own (the quiz and exam screens bring theirs). */
    public void addActions(java.util.List<? extends javafx.scene.Node> nodes) {
        actions.getChildren().addAll(nodes);
    }

    /** Starts studying, as the Study button would (nothing happens when nothing is due). */
    public void study() {
        if (!study.isDisabled()) study.fire();
    }

    private void show(DeckSummary d) {
        if (d == null) return;
        DeckSummaryText text = DeckSummaryText.of(d);
        path.setText(text.path());
        path.setManaged(!text.path().isEmpty());
        path.setVisible(!text.path().isEmpty());
        title.setText(text.title());
        StudyCounts c = d.counts();
        setValue(newValue, c.newCount(), StyleClasses.COUNT_NEW);
        setValue(learningValue, c.learningCount(), StyleClasses.COUNT_LEARNING);
        setValue(dueValue, c.reviewCount(), StyleClasses.COUNT_DUE);
        boolean none = c.total() == 0;
        nothingDue.setVisible(none);
        nothingDue.setManaged(none);
        study.setDisable(none);
    }

    private void showHistory(DeckListViewModel vm) {
        boolean any = vm.hasHistory();
        chart.setVisible(any);
        chart.setManaged(any);
        if (any) chart.set(vm.historyProperty().get());
    }

    private static Label value(String colour) {
        Label l = new Label("0");
        l.getStyleClass().addAll(StyleClasses.STAT_VALUE, colour);
        return l;
    }

    private static void setValue(Label l, int v, String colour) {
        l.setText(Integer.toString(v));
        l.getStyleClass().removeAll(colour, StyleClasses.COUNT_ZERO);
        l.getStyleClass().add(v == 0 ? StyleClasses.COUNT_ZERO : colour);
    }

    private static VBox stat(Label value, String caption) {
        Label c = new Label(caption);
        c.getStyleClass().add(StyleClasses.STAT_LABEL);
        VBox box = new VBox(value, c);
        box.getStyleClass().add(StyleClasses.STAT);
        return box;
    }
}
