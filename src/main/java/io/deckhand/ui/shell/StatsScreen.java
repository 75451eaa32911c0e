package io.deckhand.ui.shell;

import io.deckhand.app.stats.StatsService;
import io.deckhand.domain.card.CardId;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import io.deckhand.ui.stats.CardInfoDialog;
import io.deckhand.ui.stats.StatsView;
import io.deckhand.ui.stats.StatsViewModel;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.stage.Stage;

/** Statistics, and the card info dialog (I in Browse and on the study screen), which shares its view model. */
final class StatsScreen implements Screen {
    private final StatsViewModel vm;
    private final StatsView view;
    private final Stage stage;

    StatsScreen(StatsService stats, TaskRunner tasks, ErrorPresenter errors, Stage stage, Runnable back) {
        vm = new StatsViewModel(stats, tasks, errors);
        view = new StatsView(vm, back);
        this.stage = stage;
    }

    @Override
    public Node node() {
        return view;
    }

    @Override
    public void shown() {
        vm.refresh();
    }

    void refresh() {
        vm.refresh();
    }

    void cardInfo(CardId id) {
        vm.cardInfo(id, info -> new CardInfoDialog(info, stage, ZoneId.systemDefault()).show());
    }
}
