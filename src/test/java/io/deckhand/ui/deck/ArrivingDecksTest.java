package io.deckhand.ui.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import io.deckhand.ui.theme.StyleClasses;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A first start shows the deck list before the bundled deck is in: while decks are arriving an empty
 * list says so, and the empty state (whose first steps are for a collection with no cards) never shows.
 */
class ArrivingDecksTest {
    private final FxRobot robot = new FxRobot();
    private TestCollection col;
    private DeckListViewModel vm;
    private MainView view;
    private final List<String> shown = new ArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        vm = new DeckListViewModel(col.services.study(), new SameThreadTaskRunner(), (e, u) -> { });
        AtomicReference<MainView> made = new AtomicReference<>();
        robot.interact(() -> made.set(new MainView(vm, d -> { }, () -> { }, () -> { },
                new MainView.Links(() -> { }, () -> { }, () -> { }, () -> { }))));
        view = made.get();
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    /** What the right-hand side shows now: "empty", "decks" or the label's text. */
    private String right() {
        if (view.lookup("." + StyleClasses.EMPTY_STATE) != null) return "empty";
        if (view.lookup(".scroll-pane") != null) return "decks";
        Node label = view.lookupAll("." + StyleClasses.MUTED).stream()
                .filter(n -> n instanceof Label l && l.getParent() != null && !(l.getParent() instanceof javafx.scene.layout.VBox))
                .findFirst().orElse(null);
        return label == null ? "nothing" : ((Label) label).getText();
    }

    @Test
    void anArrivingDeckIsAnnouncedThenShownWithoutTheEmptyStateBetween() throws Exception {
        robot.interact(() -> {
            vm.arrivingProperty().set(true);
            vm.show(List.of());
            shown.add(right());
        });
        assertTrue(vm.loadedProperty().get());
        assertFalse(vm.isEmptyCollection(), "decks on their way: not an empty collection");
        col.services.library().addCard(new DeckName("Storage"), "Q", "A", List.of());
        var tree = col.services.study().deckTree();
        robot.interact(() -> {
            vm.decks().addListener((javafx.collections.ListChangeListener<Object>) c -> shown.add(right()));
            vm.arrivingProperty().addListener((o, was, is) -> shown.add(right()));
            vm.arrived(tree);
            shown.add(right());
        });
        assertFalse(shown.get(0).equals("empty") || shown.get(0).equals("decks") || shown.get(0).equals("nothing"),
                "the first frame says the deck is coming: " + shown);
        assertFalse(shown.contains("empty"), "no empty state between: " + shown);
        assertEquals("decks", shown.get(shown.size() - 1));
        assertFalse(vm.arrivingProperty().get());
        assertEquals("Storage", vm.selectedProperty().get().name().value(), "the arrived deck is selected");
    }

    @Test
    void withNothingArrivingAnEmptyCollectionShowsTheEmptyState() {
        robot.interact(() -> vm.show(List.of()));
        assertTrue(vm.isEmptyCollection());
        assertEquals("empty", right());
    }
}
