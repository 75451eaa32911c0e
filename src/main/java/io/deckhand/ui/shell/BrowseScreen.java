package io.deckhand.ui.shell;

import io.deckhand.app.browse.BrowseService;
import io.deckhand.domain.card.CardId;
import io.deckhand.app.render.CardPages;
import io.deckhand.ui.browse.BrowseView;
import io.deckhand.ui.browse.BrowseViewModel;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.Menu;

/** Browse: search and change cards. Brings its own Cards menu, added to the menu bar when first made. */
final class BrowseScreen implements Screen {
    private final BrowseViewModel vm;
    private final BrowseView view;

    BrowseScreen(BrowseService browse, TaskRunner tasks, ErrorPresenter errors, CardPages pages, ObservableBooleanValue dark,
                 Consumer<String> toast, Runnable decksChanged, Consumer<CardId> edit, Consumer<CardId> cardInfo,
                 Runnable back) {
        vm = new BrowseViewModel(browse, tasks, errors);
        vm.setFeedback(toast, decksChanged);
        view = new BrowseView(vm, new CardView(pages, tasks), dark, edit, back);
        view.setOnCardInfo(cardInfo);
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void shown() {
        vm.refresh();
        Platform.runLater(view::focusSearch);
    }

    Menu cardsMenu() {
        return view.cardsMenu();
    }

    /** Reads the search again (after an edit, an import or an undo). */
    void refresh() {
        vm.refresh();
    }

    void selectFirstWhenLoaded() {
        view.selectFirstWhenLoaded();
    }
}
