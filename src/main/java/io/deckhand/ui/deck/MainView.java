package io.deckhand.ui.deck;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.ui.common.Icons;
import io.deckhand.ui.common.Tooltips;
import io.deckhand.ui.theme.StyleClasses;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** Main window content: the deck sidebar on the left, the selected deck (or the empty state) on the right. */
public final class MainView extends BorderPane {
    private final DeckListViewModel vm;
    private final DeckTreeView tree;
    private final StackPane right = new StackPane();
    private final Node overview;
    private final EmptyStateView empty;
    private final Label opening = new Label("Opening your collection\u2026");
    private final Label arriving = new Label("Adding the bundled Kubernetes deck\u2026");
    private DeckOverviewView deckOverview;

    /** The sidebar's links below the deck tree. */
    public record Links(Runnable importNotes, Runnable browse, Runnable stats, Runnable importFile) {
    }

    public MainView(DeckListViewModel vm, Consumer<DeckSummary> onStudy, Runnable onAddCard, Runnable onOptions,
                    Links links) {
        this.vm = vm;
        this.tree = new DeckTreeView(vm);
        VBox.setVgrow(tree, Priority.ALWAYS);

        Label title = new Label("DECKS");
        title.getStyleClass().add(StyleClasses.SIDEBAR_TITLE);
        Button add = new Button("Add card");
        add.setGraphic(Icons.of(MaterialDesignP.PLUS));
        add.getStyleClass().addAll(Styles.FLAT, StyleClasses.SIDEBAR_LINK);
        add.setMaxWidth(Double.MAX_VALUE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setAlignment(Pos.CENTER_LEFT);
        Tooltips.set(add, "Add a card (Ctrl+N)");
        add.setOnAction(e -> onAddCard.run());
        VBox actions = new VBox(add,
                link("Import notes\u2026", MaterialDesignF.FILE_DOCUMENT_MULTIPLE_OUTLINE,
                        "Turn a folder or files of Markdown notes into cards (Ctrl+Shift+I)", links.importNotes()),
                link("Browse", MaterialDesignM.MAGNIFY, "Search and edit every card (Ctrl+B)", links.browse()),
                link("Statistics", MaterialDesignC.CHART_BAR, "Reviews, forecast and retention (Ctrl+Shift+S)",
                        links.stats()));
        actions.getStyleClass().add(StyleClasses.SIDEBAR_ACTIONS);
        Region below = new Region(); // takes the height the deck rows leave
        VBox.setVgrow(below, Priority.ALWAYS);
        VBox sidebar = new VBox(title, tree, below, actions);
        sidebar.getStyleClass().add(StyleClasses.SIDEBAR);
        sidebar.setPrefWidth(340);
        sidebar.setMinWidth(220);
        setLeft(sidebar);

        DeckOverviewView deckOverview = new DeckOverviewView(vm, onStudy, onAddCard, onOptions);
        this.deckOverview = deckOverview;
        ScrollPane scroll = new ScrollPane(deckOverview);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        overview = scroll;
        empty = new EmptyStateView(onAddCard, links.importNotes(), links.importFile());
        opening.getStyleClass().add(StyleClasses.MUTED);
        StackPane.setAlignment(opening, Pos.CENTER);
        arriving.getStyleClass().add(StyleClasses.MUTED);
        StackPane.setAlignment(arriving, Pos.CENTER);
        setCenter(right);

        vm.loadedProperty().addListener((obs, was, is) -> update());
        vm.arrivingProperty().addListener((obs, was, is) -> update());
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

    private static Button link(String text, org.kordamp.ikonli.Ikon icon, String tip, Runnable action) {
        Button b = new Button(text);
        b.setGraphic(Icons.of(icon));
        b.getStyleClass().addAll(Styles.FLAT, StyleClasses.SIDEBAR_LINK);
        Tooltips.set(b, tip);
        b.setOnAction(e -> action.run());
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setAlignment(Pos.CENTER_LEFT);
        return b;
    }

    /** Adds buttons to the selected deck's actions (Quiz, Mock exam). */
    public void addDeckActions(java.util.List<? extends Node> nodes) {
        deckOverview.addActions(nodes);
    }

    /** Turns on renaming, deleting, moving and making decks from the deck tree. */
    public void setDeckEditing(DeckEditing editing) {
        tree.setEditing(editing);
    }

    /** Gives the keyboard to the deck tree (arrows pick a deck, Enter studies it). */
    public void focusDecks() {
        tree.requestFocus();
    }

    private void update() {
        Node show = !vm.loadedProperty().get() ? opening
                : !vm.decks().isEmpty() ? overview : vm.arrivingProperty().get() ? arriving : empty;
        if (right.getChildren().size() != 1 || right.getChildren().get(0) != show) right.getChildren().setAll(show);
    }
}
