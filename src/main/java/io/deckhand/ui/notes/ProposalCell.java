package io.deckhand.ui.notes;

import atlantafx.base.theme.Styles;
import io.deckhand.app.notes.ImportPlan;
import io.deckhand.ui.notes.NotesImportViewModel.Item;
import io.deckhand.ui.theme.StyleClasses;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A row of the proposals tree: a card (tick, kind, front) or a note/heading (tick all, how many ticked). */
final class ProposalCell extends TreeCell<Object> {
    private final TreeView<Object> tree;
    private final CheckBox box = new CheckBox();
    private final Label kind = new Label();
    private final Label text = new Label();
    private final HBox row = new HBox(6, box, kind, text);
    /** Why the quality gate left the card unticked, under its question. */
    private final Label reason = new Label();
    private final VBox cell = new VBox(2, row, reason);
    private Item bound;

    ProposalCell(TreeView<Object> tree) {
        this.tree = tree;
        row.setAlignment(Pos.CENTER_LEFT);
        kind.getStyleClass().addAll(StyleClasses.MUTED, Styles.TEXT_SMALL);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        reason.getStyleClass().addAll(StyleClasses.GATE_REASON, Styles.WARNING, Styles.TEXT_SMALL);
        reason.setPadding(new javafx.geometry.Insets(0, 0, 0, 26));
        box.setOnAction(e -> {
            if (getTreeItem() != null && !(getItem() instanceof Item)) {
                for (Item i : NotesImportView.items(getTreeItem())) i.selectedProperty().set(box.isSelected());
                tree.refresh();
            }
        });
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        if (bound != null) {
            box.selectedProperty().unbindBidirectional(bound.selectedProperty());
            bound = null;
        }
        if (empty || value == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        setText(null);
        if (value instanceof Item i) {
            bound = i;
            box.setIndeterminate(false);
            box.selectedProperty().bindBidirectional(i.selectedProperty());
            kind.setText(i.planned().draft().kind().code()
                    + (i.planned().action() == ImportPlan.Action.UPDATE ? " \u00b7 update" : ""));
            text.setText(NotesImportView.rowText(i.frontProperty().get()));
            text.getStyleClass().remove(Styles.TEXT_BOLD);
            showReason(i.gateReason().isEmpty() ? "" : "Below the quality gate: " + i.gateReason());
        } else {
            var all = NotesImportView.items(getTreeItem());
            long on = all.stream().filter(i -> i.selectedProperty().get()).count();
            box.setSelected(on == all.size());
            box.setIndeterminate(on > 0 && on < all.size());
            kind.setText(on + "/" + all.size());
            text.setText(((NotesImportView.Group) value).title());
            if (!text.getStyleClass().contains(Styles.TEXT_BOLD)) text.getStyleClass().add(Styles.TEXT_BOLD);
            showReason("");
        }
        setGraphic(cell);
    }

    private void showReason(String why) {
        reason.setText(why);
        reason.setVisible(!why.isEmpty());
        reason.setManaged(!why.isEmpty());
    }
}
