package io.deckhand.ui.backup;

import io.deckhand.app.backup.Backup;
import io.deckhand.app.backup.BackupSummary;
import io.deckhand.app.backup.CheckResult;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** File → "Back up now", "Restore from backup…", "Check collection…" and their dialogs. */
public final class BackupMenu {
    private final BackupViewModel vm;
    private final Window owner;

    public BackupMenu(BackupViewModel vm, Window owner) {
        this.vm = vm;
        this.owner = owner;
    }

    /** The three items, disabled while {@code disabled} is true (no collection, or studying). */
    public List<MenuItem> items(ObservableBooleanValue disabled) {
        MenuItem backup = new MenuItem("Back up now");
        backup.setId("backupNowMenuItem");
        backup.setOnAction(e -> vm.backupNow());
        MenuItem restore = new MenuItem("Restore from backup\u2026");
        restore.setId("restoreMenuItem");
        restore.setOnAction(e -> vm.loadBackups(this::chooseAndRestore));
        MenuItem check = new MenuItem("Check collection\u2026");
        check.setId("checkCollectionMenuItem");
        check.setOnAction(e -> vm.check(this::showReport));
        for (MenuItem i : List.of(backup, restore, check)) i.disableProperty().bind(disabled);
        return List.of(backup, restore, check);
    }

    private void chooseAndRestore(List<BackupSummary> backups) {
        if (backups.isEmpty()) {
            info("Restore from backup", "There are no backups yet. Deckhand makes one when it closes after changes, "
                    + "and every 30 minutes while you study; File \u2192 Back up now makes one at once.");
            return;
        }
        choose(backups).filter(this::confirm).ifPresent(vm::restore);
    }

    private Optional<Backup> choose(List<BackupSummary> backups) {
        TableView<BackupSummary> table = new TableView<>();
        table.setId("backupTable");
        table.getColumns().add(column("Taken", s -> BackupViewModel.when(s.backup().takenAt())));
        table.getColumns().add(column("Cards", s -> s.contents().map(c -> Long.toString(c.cards())).orElse("?")));
        table.getColumns().add(column("Notes", s -> s.contents().map(c -> Long.toString(c.notes())).orElse("?")));
        table.getColumns().add(column("Reviews", s -> s.contents().map(c -> Long.toString(c.reviews()))
                .orElse(s.problem().orElse("?"))));
        table.getItems().setAll(backups);
        table.getSelectionModel().selectFirst();
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(560, 320);
        Dialog<Backup> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Restore from backup");
        d.setHeaderText("Choose the backup to go back to. Your collection as it is now is backed up first.");
        ButtonType restore = new ButtonType("Restore\u2026", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(restore, ButtonType.CANCEL);
        d.getDialogPane().lookupButton(restore).disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        d.getDialogPane().setContent(new VBox(8, table));
        d.setResultConverter(b -> b == restore && table.getSelectionModel().getSelectedItem() != null
                ? table.getSelectionModel().getSelectedItem().backup() : null);
        return d.showAndWait();
    }

    private static TableColumn<BackupSummary, String> column(String title, java.util.function.Function<BackupSummary, String> text) {
        TableColumn<BackupSummary, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private boolean confirm(Backup backup) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", restore, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setTitle("Restore from backup");
        a.setHeaderText("Replace your collection with the backup of " + BackupViewModel.when(backup.takenAt()) + "?");
        a.setContentText("Answers and changes made since then leave the collection. They are not lost: "
                + "your collection as it is now is backed up first, so you can restore it again.");
        return a.showAndWait().filter(b -> b == restore).isPresent();
    }

    private void showReport(CheckResult r) {
        info("Check collection", r.describe());
    }

    private void info(String title, String text) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        if (text.lines().count() > 6) {
            TextArea area = new TextArea(text);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(12);
            a.getDialogPane().setContent(area);
        } else {
            Label l = new Label(text);
            l.setWrapText(true);
            a.getDialogPane().setContent(l);
        }
        a.show();
    }
}
