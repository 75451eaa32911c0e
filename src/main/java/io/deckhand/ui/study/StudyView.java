package io.deckhand.ui.study;

import atlantafx.base.theme.Styles;
import io.deckhand.app.study.StudyCard;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.common.Shortcuts;
import io.deckhand.ui.deck.CountLabels;
import io.deckhand.ui.theme.StyleClasses;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The study screen: header (deck, counts, progress), the card, and the answer bar. Keys are
 * handled by {@link #handleKey} (installed as a scene filter) so the card page never eats them.
 */
public final class StudyView extends BorderPane {
    private static final String[] NAMES = {"Again", "Hard", "Good", "Easy"};

    private final StudyViewModel vm;
    private final CardView card;
    private final ObservableBooleanValue dark;
    /** The theme as the worker reads it when it builds pages ahead. */
    private volatile boolean darkNow;
    private final Runnable onBack;
    private final Runnable onEdit;
    private Runnable onCardInfo = () -> { };
    private final Label deckName = new Label();
    private final CountLabels counts = new CountLabels();
    private final ProgressBar progress = new ProgressBar(0);
    private final StackPane centre = new StackPane();
    private final SummaryView summary;
    private final Label loading = new Label("Loading\u2026");
    private final Button showAnswer = new Button("Show answer");
    private final HBox grades = new HBox();
    private final StackPane answerBar = new StackPane();
    private final Map<Rating, Label> intervals = new EnumMap<>(Rating.class);

    public StudyView(StudyViewModel vm, CardView card, ObservableBooleanValue dark, Runnable onBack, Runnable onEdit) {
        this.vm = vm;
        this.card = card;
        this.dark = dark;
        this.onBack = onBack;
        this.onEdit = onEdit;
        setId("studyView");
        getStyleClass().add(StyleClasses.STUDY);
        summary = new SummaryView(onBack);
        setTop(header());
        loading.getStyleClass().add(StyleClasses.MUTED);
        centre.getChildren().add(card);
        setCenter(centre);
        setBottom(answerBar());

        vm.phaseProperty().addListener((obs, old, now) -> render());
        // A new card always comes with the question phase right after: its answer side is never drawn.
        vm.cardProperty().addListener((obs, old, now) -> {
            if (vm.phaseProperty().get() != StudyPhase.ANSWER || now == null) render();
        });
        vm.summaryProperty().addListener((obs, old, now) -> summary.set(now));
        vm.remainingProperty().addListener((obs, old, now) -> counts.set(now));
        vm.deckNameProperty().addListener((obs, old, now) -> deckName.setText(now));
        progress.progressProperty().bind(vm.progressProperty());
        darkNow = dark.get();
        dark.addListener((obs, was, is) -> {
            darkNow = is;
            card.setDark(is);
        });
        // Both sides' pages are built on the worker (with the card it fetched, or ahead of it), not on the FX thread.
        vm.setPreparer(c -> {
            boolean inDark = darkNow;
            card.renderAhead(c.card().front(), inDark);
            card.renderAhead(answerSide(c), inDark);
        });
        render();
    }

    private static String answerSide(StudyCard c) {
        return c.card().front() + "\n\n---\n\n" + c.card().back();
    }

    /** What the card-info key (I) opens for the card on screen. */
    public void setOnCardInfo(Runnable onCardInfo) {
        this.onCardInfo = onCardInfo;
    }

    /**
     * Study keys ({@link Shortcuts}, scope study): Space/Enter show the answer, 1-4 grade, U undo,
     * E edit, arrows and Page Up/Down scroll a long card, Esc back.
     */
    public void handleKey(KeyEvent e) {
        Runnable action = null;
        boolean onCard = vm.cardProperty().get() != null && centre.getChildren().contains(card);
        if (Shortcuts.SHOW_ANSWER.matches(e)) action = vm::showAnswer;
        else if (Shortcuts.AGAIN.matches(e)) action = () -> vm.answer(Rating.AGAIN);
        else if (Shortcuts.HARD.matches(e)) action = () -> vm.answer(Rating.HARD);
        else if (Shortcuts.GOOD.matches(e)) action = () -> vm.answer(Rating.GOOD);
        else if (Shortcuts.EASY.matches(e)) action = () -> vm.answer(Rating.EASY);
        else if (Shortcuts.UNDO_ANSWER.matches(e)) action = vm::undo;
        else if (Shortcuts.EDIT_CARD.matches(e)) action = () -> {
            if (vm.currentCardId().isPresent()) onEdit.run();
        };
        else if (Shortcuts.CARD_INFO.matches(e)) action = () -> {
            if (vm.currentCardId().isPresent()) onCardInfo.run();
        };
        else if (Shortcuts.BACK_TO_DECKS.matches(e)) action = onBack;
        else if (onCard && Shortcuts.SHOW_NOTES.matches(e)) action = () -> {
            card.setShowNotes(!card.showsNotes());
            card.toast().show(card.showsNotes() ? "Block notes shown (N hides them)" : "Block notes hidden");
        };
        else if (onCard && Shortcuts.SCROLL_DOWN.matches(e)) action = () -> card.scroll(
                e.getCode() == KeyCode.PAGE_DOWN ? CardView.Scroll.PAGE_DOWN : CardView.Scroll.LINE_DOWN);
        else if (onCard && Shortcuts.SCROLL_UP.matches(e)) action = () -> card.scroll(
                e.getCode() == KeyCode.PAGE_UP ? CardView.Scroll.PAGE_UP : CardView.Scroll.LINE_UP);
        else if (onCard && Shortcuts.SCROLL_TOP.matches(e)) action = () -> card.scroll(
                e.getCode() == KeyCode.HOME ? CardView.Scroll.TOP : CardView.Scroll.END);
        if (action == null) return;
        e.consume();
        action.run();
    }

    private VBox header() {
        Button back = new Button(null, Icons.of(MaterialDesignA.ARROW_LEFT));
        back.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        back.setTooltip(new Tooltip("Back to decks (Esc)"));
        back.setFocusTraversable(false);
        back.setOnAction(e -> onBack.run());
        deckName.setId("studyDeckName");
        deckName.getStyleClass().add(StyleClasses.STUDY_DECK_NAME);
        deckName.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button edit = iconButton(Icons.of(MaterialDesignP.PENCIL), "Edit card (E)", onEdit);
        edit.disableProperty().bind(vm.cardProperty().isNull());
        Button undo = iconButton(Icons.of(MaterialDesignU.UNDO), "Undo last answer (Ctrl+Z or U)", vm::undo);
        HBox bar = new HBox(back, deckName, spacer, counts, edit, undo);
        bar.getStyleClass().add(StyleClasses.STUDY_HEADER);
        progress.getStyleClass().add(StyleClasses.STUDY_PROGRESS);
        progress.setMaxWidth(Double.MAX_VALUE);
        return new VBox(bar, progress);
    }

    private static Button iconButton(javafx.scene.Node icon, String tip, Runnable action) {
        Button b = new Button(null, icon);
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private StackPane answerBar() {
        showAnswer.setId("showAnswer");
        showAnswer.getStyleClass().add(StyleClasses.SHOW_ANSWER);
        showAnswer.setTooltip(new Tooltip("Show answer (Space or Enter)"));
        showAnswer.setFocusTraversable(false);
        showAnswer.setOnAction(e -> vm.showAnswer());
        grades.setAlignment(Pos.CENTER);
        grades.setSpacing(12);
        for (Rating r : Rating.values()) grades.getChildren().add(gradeButton(r));
        answerBar.getStyleClass().add(StyleClasses.ANSWER_BAR);
        answerBar.getChildren().addAll(showAnswer, grades);
        return answerBar;
    }

    private VBox gradeButton(Rating r) {
        Label interval = new Label();
        interval.getStyleClass().add(StyleClasses.INTERVAL_LABEL);
        intervals.put(r, interval);
        Button b = new Button(NAMES[r.code() - 1]);
        b.setId("grade" + r.code());
        b.setTooltip(new Tooltip(NAMES[r.code() - 1] + " (" + r.code() + ")"));
        b.setFocusTraversable(false);
        b.setOnAction(e -> vm.answer(r));
        if (r == Rating.GOOD) b.getStyleClass().add(Styles.ACCENT);
        VBox box = new VBox(interval, b);
        box.getStyleClass().add(StyleClasses.ANSWER_BUTTON);
        if (r == Rating.AGAIN) box.getStyleClass().add(StyleClasses.ANSWER_AGAIN);
        return box;
    }

    private void render() {
        StudyPhase p = vm.phaseProperty().get();
        StudyCard c = vm.cardProperty().get();
        switch (p) {
            case LOADING -> {
                centre.getChildren().setAll(loading);
                answerBar.setVisible(false);
            }
            case FINISHED -> {
                summary.set(vm.summaryProperty().get());
                centre.getChildren().setAll(summary);
                answerBar.setVisible(false);
            }
            case QUESTION, ANSWER -> {
                if (c == null) {
                    // start() clears the card before the phase: between the two there is nothing to show
                    centre.getChildren().setAll(loading);
                    answerBar.setVisible(false);
                    return;
                }
                if (centre.getChildren().size() != 1 || centre.getChildren().get(0) != card) centre.getChildren().setAll(card);
                boolean answer = p == StudyPhase.ANSWER;
                card.show(answer ? answerSide(c) : c.card().front(), dark.get());
                for (Rating r : Rating.values()) intervals.get(r).setText(vm.intervalLabel(r));
                answerBar.setVisible(true);
                showAnswer.setVisible(!answer);
                grades.setVisible(answer);
            }
        }
    }
}
