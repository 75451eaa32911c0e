package io.deckhand.ui.notes;

import io.deckhand.ui.notes.NotesImportViewModel.OrphanItem;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;

/** A card whose source is gone, with its Delete tick (unticked = kept). */
final class OrphanCell extends ListCell<OrphanItem> {
    private final CheckBox delete = new CheckBox("Delete");
    private final Label text = new Label();
    private final HBox row = new HBox(10, delete, text);
    private OrphanItem bound;

    OrphanCell() {
        row.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(OrphanItem item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            delete.selectedProperty().unbindBidirectional(bound.deleteProperty());
            bound = null;
        }
        if (empty || item == null) {
            setGraphic(null);
            return;
        }
        bound = item;
        delete.selectedProperty().bindBidirectional(item.deleteProperty());
        var o = item.orphan();
        String where = java.nio.file.Path.of(o.file()).getFileName() + (o.heading().isEmpty() ? "" : " > " + o.heading());
        text.setText(NotesImportView.oneLine(o.front()) + "   (" + where + "; " + o.reason() + ")");
        setGraphic(row);
    }
}
