package io.deckhand.ui.deck;

import io.deckhand.app.study.DeckSummary;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.ui.theme.StyleClasses;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The sidebar's deck tree; folded decks stay folded across refreshes. */
public final class DeckTreeView extends TreeView<DeckSummary> {
    private final DeckListViewModel vm;
    private final Set<DeckId> collapsed = new HashSet<>();
    private boolean syncing;
    private DeckEditing editing;
    /** The deck being dragged within the tree (drag and drop moves decks). */
    private DeckSummary dragged;

    public DeckTreeView(DeckListViewModel vm) {
        this.vm = vm;
        setId("deckTree");
        getStyleClass().add(StyleClasses.DECK_TREE);
        setShowRoot(false);
        setRoot(new TreeItem<>());
        setCellFactory(t -> new DeckCell(this));
        vm.decks().addListener((ListChangeListener<DeckSummary>) c -> rebuild(vm.decks()));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!syncing && now != null) vm.selectedProperty().set(now.getValue());
        });
        vm.selectedProperty().addListener((obs, old, now) -> selectInTree(now));
        expandedItemCountProperty().addListener(o -> requestLayout());
        rebuild(vm.decks());
    }

    /**
     * Turns on renaming, deleting, new sub-decks and moving (keys, context menu, drag and drop).
     * Dropping a deck onto another puts it inside; dropping it on the tree's free space, at the top.
     */
    public void setEditing(DeckEditing editing) {
        this.editing = editing;
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            DeckSummary d = vm.selectedProperty().get();
            if (d == null) return;
            Runnable action = null;
            if (io.deckhand.ui.common.Shortcuts.RENAME_DECK.matches(e)) action = () -> editing.rename(d);
            else if (io.deckhand.ui.common.Shortcuts.DELETE_DECK.matches(e)) action = () -> editing.delete(d);
            else if (io.deckhand.ui.common.Shortcuts.NEW_SUB_DECK.matches(e)) action = () -> editing.newSubDeck(d);
            else if (io.deckhand.ui.common.Shortcuts.MOVE_DECK.matches(e)) action = () -> editing.move(d);
            else if (io.deckhand.ui.common.Shortcuts.CUSTOM_STUDY.matches(e)) action = () -> editing.customStudy(d);
            if (action != null) {
                e.consume();
                action.run();
            }
        });
        // Made on the first right click (before the control's own handler shows it): a popup window
        // is not something the first frame should pay for.
        addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (getContextMenu() == null) setContextMenu(contextMenu(editing));
        });
        setOnDragOver(e -> {
            if (dragged != null && e.getGestureSource() != null) e.acceptTransferModes(javafx.scene.input.TransferMode.MOVE);
        });
        setOnDragDropped(e -> {
            if (dragged == null) return;
            DeckSummary d = dragged;
            dragged = null;
            e.setDropCompleted(true);
            e.consume();
            if (d.depth() > 0) editing.moveUnder(d, null);
        });
    }

    private javafx.scene.control.ContextMenu contextMenu(DeckEditing editing) {
        javafx.scene.control.MenuItem rename = menuItem("Rename\u2026", io.deckhand.ui.common.Shortcuts.RENAME_DECK, editing::rename);
        javafx.scene.control.MenuItem sub = menuItem("New deck inside\u2026", io.deckhand.ui.common.Shortcuts.NEW_SUB_DECK, editing::newSubDeck);
        javafx.scene.control.MenuItem move = menuItem("Move\u2026", io.deckhand.ui.common.Shortcuts.MOVE_DECK, editing::move);
        javafx.scene.control.MenuItem delete = menuItem("Delete\u2026", io.deckhand.ui.common.Shortcuts.DELETE_DECK, editing::delete);
        javafx.scene.control.MenuItem custom = menuItem("Custom study\u2026", io.deckhand.ui.common.Shortcuts.CUSTOM_STUDY, editing::customStudy);
        return new javafx.scene.control.ContextMenu(custom, new javafx.scene.control.SeparatorMenuItem(), rename, sub, move,
                new javafx.scene.control.SeparatorMenuItem(), delete);
    }

    private javafx.scene.control.MenuItem menuItem(String text, io.deckhand.ui.common.Shortcuts key,
                                                   java.util.function.Consumer<DeckSummary> action) {
        javafx.scene.control.MenuItem i = new javafx.scene.control.MenuItem(text + "  (" + key.displayText() + ")");
        i.setOnAction(e -> {
            DeckSummary d = vm.selectedProperty().get();
            if (d != null) action.accept(d);
        });
        return i;
    }

    /** True when {@code deck} may be dropped on {@code target}: not onto itself, its parent or below itself. */
    static boolean canDrop(DeckSummary deck, DeckSummary target) {
        if (deck == null || target == null || deck.id().equals(target.id())) return false;
        if (deck.name().isAncestorOf(target.name())) return false;
        return !target.name().equals(deck.name().parent());
    }

    private void startDrag(DeckCell cell, javafx.scene.input.MouseEvent e) {
        if (editing == null || cell.getItem() == null) return;
        dragged = cell.getItem();
        javafx.scene.input.Dragboard db = cell.startDragAndDrop(javafx.scene.input.TransferMode.MOVE);
        javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
        c.putString(cell.getItem().name().value());
        db.setContent(c);
        e.consume();
    }

    private void dragOver(DeckCell cell, javafx.scene.input.DragEvent e) {
        if (dragged != null && canDrop(dragged, cell.getItem())) {
            e.acceptTransferModes(javafx.scene.input.TransferMode.MOVE);
            e.consume();
        }
    }

    private void drop(DeckCell cell, javafx.scene.input.DragEvent e) {
        if (dragged == null || !canDrop(dragged, cell.getItem())) return;
        DeckSummary d = dragged;
        dragged = null;
        e.setDropCompleted(true);
        e.consume();
        editing.moveUnder(d, cell.getItem());
    }

    /**
     * Only as tall as its rows (the sidebar puts free space below it): a tree taller than its rows
     * fills the rest with empty cells, each with its own skin, styling and layout, which were about
     * half of the window's nodes at start-up. Scrolls as usual when the rows do not fit.
     */
    @Override
    protected double computePrefHeight(double width) {
        double row = getFixedCellSize();
        if (row <= 0) return super.computePrefHeight(width);
        return snappedTopInset() + snappedBottomInset() + Math.max(1, getExpandedItemCount()) * row;
    }

    @Override
    protected double computeMaxHeight(double width) {
        return getFixedCellSize() > 0 ? computePrefHeight(width) : super.computeMaxHeight(width);
    }

    private void rebuild(List<DeckSummary> decks) {
        syncing = true;
        try {
            TreeItem<DeckSummary> root = new TreeItem<>();
            Deque<TreeItem<DeckSummary>> path = new ArrayDeque<>();
            for (DeckSummary d : decks) {
                while (path.size() > d.depth()) path.pop();
                TreeItem<DeckSummary> item = new TreeItem<>(d);
                item.setExpanded(!collapsed.contains(d.id()));
                item.expandedProperty().addListener((obs, was, is) -> {
                    if (is) collapsed.remove(d.id());
                    else collapsed.add(d.id());
                });
                (path.isEmpty() ? root : path.peek()).getChildren().add(item);
                path.push(item);
            }
            setRoot(root);
        } finally {
            syncing = false;
        }
        selectInTree(vm.selectedProperty().get());
    }

    private void selectInTree(DeckSummary deck) {
        syncing = true;
        try {
            if (deck == null) {
                getSelectionModel().clearSelection();
                return;
            }
            TreeItem<DeckSummary> item = find(getRoot(), deck.id());
            if (item != null) {
                for (TreeItem<DeckSummary> p = item.getParent(); p != null; p = p.getParent()) p.setExpanded(true);
                getSelectionModel().select(item);
            }
        } finally {
            syncing = false;
        }
    }

    private static TreeItem<DeckSummary> find(TreeItem<DeckSummary> at, DeckId id) {
        if (at.getValue() != null && at.getValue().id().equals(id)) return at;
        for (TreeItem<DeckSummary> child : at.getChildren()) {
            TreeItem<DeckSummary> hit = find(child, id);
            if (hit != null) return hit;
        }
        return null;
    }

    private static final class DeckCell extends TreeCell<DeckSummary> {
        // Made on first use: the tree also fills its height with empty cells, which never need a row.
        private Label name;
        private CountLabels counts;
        private HBox row;

        DeckCell(DeckTreeView tree) {
            setOnDragDetected(e -> tree.startDrag(this, e));
            setOnDragOver(e -> tree.dragOver(this, e));
            setOnDragDropped(e -> tree.drop(this, e));
            setOnDragDone(e -> tree.dragged = null);
            // The row takes the cell's width; a long name ends in "..." instead of a sideways scroll bar.
            setPrefWidth(0);
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(DeckSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (row == null) makeRow();
            name.setText(item.name().leaf());
            counts.set(item.counts());
            setGraphic(row);
        }

        private void makeRow() {
            name = new Label();
            counts = new CountLabels();
            row = new HBox(name, counts);
            row.getStyleClass().add(StyleClasses.DECK_ROW);
            row.setMinWidth(0);
            name.setMinWidth(0);
            name.getStyleClass().add(StyleClasses.DECK_ROW_NAME);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
        }
    }
}
