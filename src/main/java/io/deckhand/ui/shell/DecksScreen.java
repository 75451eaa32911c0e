package io.deckhand.ui.shell;

import io.deckhand.app.AppServices;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.common.TaskRunner;
import io.deckhand.ui.common.Tooltips;
import io.deckhand.ui.deck.DeckEditor;
import io.deckhand.ui.deck.DeckListViewModel;
import io.deckhand.ui.deck.MainView;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The deck list and the selected deck's overview: the first frame, and where Esc leads back to. */
final class DecksScreen implements Screen {
    /** What the deck list's buttons and links do. */
    record Actions(Consumer<DeckSummary> study, Runnable addCard, Runnable deckOptions, MainView.Links links,
                   Runnable quiz, Runnable exam, Consumer<DeckSummary> customStudy) {
    }

    private final DeckListViewModel decks;
    private final MainView view;

    DecksScreen(AppServices services, TaskRunner tasks, ErrorPresenter errors, Actions a, Supplier<Window> owner,
                Consumer<String> toast) {
        decks = new DeckListViewModel(services.study(), tasks, errors);
        view = new MainView(decks, a.study(), a.addCard(), a.deckOptions(), a.links());
        view.addDeckActions(quizButtons(a.quiz(), a.exam()));
        view.setDeckEditing(new DeckEditor(services.library(), tasks, errors, decks, owner, toast)
                .onCustomStudy(a.customStudy()));
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void shown() {
        Platform.runLater(view::focusDecks);
    }

    DeckListViewModel decks() {
        return decks;
    }

    Optional<DeckSummary> selected() {
        return Optional.ofNullable(decks.selectedProperty().get());
    }

    /** Quiz and Mock exam buttons for the deck overview. */
    private static List<Node> quizButtons(Runnable quiz, Runnable exam) {
        Button q = new Button("Quiz");
        q.setId("quizButton");
        q.setGraphic(Icons.of(MaterialDesignH.HELP_CIRCLE_OUTLINE));
        Tooltips.set(q, "Quiz yourself on this deck (Ctrl+Shift+K)");
        q.setOnAction(e -> quiz.run());
        Button x = new Button("Mock exam");
        x.setId("examButton");
        x.setGraphic(Icons.of(MaterialDesignS.SCHOOL_OUTLINE));
        Tooltips.set(x, "A timed exam from this deck, CKA/CKAD format or your own (Ctrl+Shift+M)");
        x.setOnAction(e -> exam.run());
        return List.of(q, x);
    }
}
