package io.deckhand.ui.deck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The deck overview's scroll pane draws its viewport directly: a cached bitmap would start the effects library in the first frame. */
class OverviewViewportTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theOverviewViewportIsNotCached() throws Exception {
        try (TestCollection col = new TestCollection()) {
            col.services.library().addCard(new io.deckhand.domain.deck.DeckName("Storage"), "Q", "A", List.of());
            var tree = col.services.study().deckTree();
            AtomicReference<Node> viewport = new AtomicReference<>();
            robot.interact(() -> {
                DeckListViewModel vm = new DeckListViewModel(col.services.study(), new SameThreadTaskRunner(), (e, u) -> { });
                MainView view = new MainView(vm, d -> { }, () -> { }, () -> { },
                        new MainView.Links(() -> { }, () -> { }, () -> { }, () -> { }));
                vm.show(tree);
                new Scene(view, 900, 600);
                view.applyCss(); // makes the skins, the scroll pane's viewport among them
                viewport.set(view.lookup(".viewport"));
            });
            assertNotNull(viewport.get(), "the overview is on screen in its scroll pane");
            assertFalse(viewport.get().isCache());
        }
    }
}
