package io.deckhand.ui.shell;

import io.deckhand.app.study.DeckSummary;
import io.deckhand.app.study.StudyService;
import io.deckhand.domain.card.CardId;
import io.deckhand.app.render.CardPages;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import io.deckhand.ui.study.StudyPhase;
import io.deckhand.ui.study.StudyView;
import io.deckhand.ui.study.StudyViewModel;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.input.KeyEvent;

/** The study screen: its view model, view and card page, made once (ahead, by {@link #warmUp}) and kept. */
final class StudyScreen implements Screen {
    /** A card with the blocks most cards have, rendered once ahead so the renderer's code is loaded. */
    private static final String WARM_UP_CARD = "# Warm-up\n\nSome **text** with `code`.\n\n```yaml\nkind: Pod\n```\n\n"
            + "```bash\nkubectl get pods\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";

    private final TaskRunner tasks;
    private final StudyViewModel vm;
    private final CardView card;
    private final StudyView view;

    StudyScreen(StudyService study, TaskRunner tasks, ErrorPresenter errors, CardPages pages, ObservableBooleanValue dark,
                Consumer<String> toast, Runnable back, Runnable editCurrent, Consumer<CardId> cardInfo) {
        this.tasks = tasks;
        vm = new StudyViewModel(study, tasks, errors, System::nanoTime);
        vm.setToastSink(toast);
        card = new CardView(pages, tasks);
        view = new StudyView(vm, card, dark, back, editCurrent);
        view.setOnCardInfo(() -> vm.currentCardId().ifPresent(cardInfo));
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public boolean isStudy() {
        return true;
    }

    /**
     * Gets the first card ready while the deck list is shown: the worker fetches the selected deck's
     * first card and builds both its pages (Enter on that deck then finds them built), then renders a
     * card with the usual blocks (the renderer's code for the cards after it); the FX thread starts the
     * page engine (WebKit) on an empty page. The worker's part is queued first, so it runs while WebKit starts.
     */
    void warmUp(boolean dark, Optional<DeckSummary> selected) {
        selected.ifPresent(d -> vm.prepareFirst(d.id()));
        tasks.run(() -> card.renderAhead(WARM_UP_CARD, dark), () -> { }, e -> { });
        card.warmUp(dark);
    }

    void start(DeckSummary deck) {
        vm.start(deck.id(), deck.name().value());
    }

    void startCards(List<CardId> ids, String title) {
        vm.startCards(ids, title);
    }

    /** {@code reschedule} false: a cram session, whose answers change no card's schedule. */
    void startCards(List<CardId> ids, String title, boolean reschedule) {
        vm.startCards(ids, title, reschedule);
    }

    /** A cram session is on: its answers are not recorded, so Ctrl+Z steps back in it. */
    boolean practicing() {
        return vm.practicing();
    }

    void handleKey(KeyEvent e) {
        view.handleKey(e);
    }

    void undoAnswer() {
        vm.undo();
    }

    void reload(String note) {
        vm.reload(note);
    }

    void showAnswer() {
        vm.showAnswer();
    }

    Optional<CardId> currentCardId() {
        return vm.currentCardId();
    }

    String deckName() {
        return vm.deckNameProperty().get();
    }

    /** Runs {@code r} once, when the next card's question is on screen (demo mode). */
    void onNextQuestion(Runnable r) {
        vm.phaseProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends StudyPhase> o, StudyPhase old, StudyPhase now) {
                if (now == StudyPhase.QUESTION) {
                    o.removeListener(this);
                    r.run();
                }
            }
        });
    }

    /** For {@link io.deckhand.ui.study.StudyProbe}, which times the real screen. */
    CardView card() {
        return card;
    }

    StudyViewModel viewModel() {
        return vm;
    }
}
