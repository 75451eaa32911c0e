package io.deckhand.ui.deck;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.theme.StyleClasses;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Main window content: the deck sidebar on the left, the selected deck (or the empty state) on the right. */
public final class MainView extends BorderPane {
    private final DeckListViewModel vm;
    private final DeckTreeView tree;
    private final StackPane right = new StackPane();
    private final Node overview;
    private final EmptyStateView empty;
    private final Label opening = new Label("Opening your collection\u2026");

    public MainView(DeckListViewModel vm, Consumer<DeckSummary> onStudy, Runnable onAddCard, Runnable onOptions) {
        this.vm = vm;
        this.tree = new DeckTreeView(vm);
        VBox.setVgrow(tree, Priority.ALWAYS);

        Label title = new Label("DECKS");
        title.getStyleClass().add(StyleClasses.SIDEBAR_TITLE);
        Button add = new Button("Add card");
        add.setGraphic(Icons.of(MaterialDesignP.PLUS));
        add.getStyleClass().add(Styles.FLAT);
        add.setTooltip(new Tooltip("Add a card (Ctrl+N)"));
        add.setOnAction(e -> onAddCard.run());
        VBox actions = new VBox(add);
        actions.getStyleClass().add(StyleClasses.SIDEBAR_ACTIONS);
        VBox sidebar = new VBox(title, tree, actions);
        sidebar.getStyleClass().add(StyleClasses.SIDEBAR);
        sidebar.setPrefWidth(340);
        sidebar.setMinWidth(220);
        setLeft(sidebar);

        DeckOverviewView deckOverview = new DeckOverviewView(vm, onStudy, onAddCard, onOptions);
        ScrollPane scroll = new ScrollPane(deckOverview);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        overview = scroll;
        empty = new EmptyStateView(onAddCard);
        opening.getStyleClass().add(StyleClasses.MUTED);
        StackPane.setAlignment(opening, Pos.CENTER);
        setCenter(right);

        vm.loadedProperty().addListener((obs, was, is) -> update());
        vm.decks().addListener((javafx.collections.ListChangeListener<DeckSummary>) c -> update());
        update();
        // Enter studies the selected deck wherever the focus is (the tree would otherwise keep the key).
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && !e.isShiftDown()
                    && right.getChildren().contains(overview)) {
                e.consume();
                deckOverview.study();
            }
        });
    }

    /** Gives the keyboard to the deck tree (arrows pick a deck, Enter studies it). */
    public void focusDecks() {
        tree.requestFocus();
    }

    private void update() {
        Node show = !vm.loadedProperty().get() ? opening : vm.decks().isEmpty() ? empty : overview;
        if (right.getChildren().size() != 1 || right.getChildren().get(0) != show) right.getChildren().setAll(show);
    }
}
