package io.deckhand.ui.sync;

import atlantafx.base.theme.Styles;
import io.deckhand.ui.theme.StyleClasses;
import io.deckhand.ui.theme.ThemeController;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Sync…: the folder a sync program keeps in step, this device's name, the other devices and
 * when each last synced, what waits and why, the open conflicts, and "Sync now" with its progress.
 */
public final class SyncDialog {
    private final SyncViewModel vm;
    private final Stage stage = new Stage();
    private final BiFunction<Window, Path, Optional<Path>> chooser;

    /** With the system's folder chooser. */
    public SyncDialog(SyncViewModel vm, Window owner) {
        this(vm, owner, SyncDialog::chooseDirectory);
    }

    /** {@code chooser} asks for a folder (given the window and the current folder, or null). */
    public SyncDialog(SyncViewModel vm, Window owner, BiFunction<Window, Path, Optional<Path>> chooser) {
        this.vm = vm;
        this.chooser = chooser;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Sync");
        VBox content = new VBox(14, heading(), intro(), form(), section("Other devices"), devices(),
                section("Waiting"), nothingWaiting(), waiting(), section("Conflicts"), conflicts(), conflictTable(), conflictDetail(),
                conflictActions());
        content.setPadding(new Insets(20, 20, 10, 20));
        // The whole content is taller than a 768-pixel screen: it scrolls, and "Sync now" / "Close" stay in view.
        ScrollPane scroll = new ScrollPane(content);
        scroll.setId("syncScroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(Math.max(320, Math.min(MAX_CONTENT_HEIGHT, availableHeight() - CHROME_HEIGHT)));
        HBox bottom = bottom();
        bottom.setPadding(new Insets(10, 20, 16, 20));
        VBox root = new VBox(scroll, bottom);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setPrefWidth(860); // wide enough for the conflicts table's five columns
        root.getStyleClass().add(StyleClasses.EXCHANGE_DIALOG);
        Scene scene = new Scene(root);
        // Tabbing to a control below the fold scrolls it into view.
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now != null) reveal(scroll, now);
        });
        scene.getStylesheets().add(ThemeController.APP_STYLESHEET);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.close();
        });
        stage.setScene(scene);
    }

    /** The content's own height when nothing scrolls; the window's title bar, bottom row and margins. */
    private static final double MAX_CONTENT_HEIGHT = 800;
    private static final double CHROME_HEIGHT = 150;

    private static double availableHeight() {
        return Screen.getPrimary().getVisualBounds().getHeight();
    }

    /** Scrolls {@code scroll} so that {@code node} (inside it) is in view; nothing when it is already. */
    static void reveal(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        if (content == null || !isInside(node, content)) return;
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getBoundsInLocal().getHeight() - viewport;
        if (extra <= 0 || inContent == null) return;
        double top = scroll.getVvalue() * extra;
        if (inContent.getMinY() >= top && inContent.getMaxY() <= top + viewport) return;
        double wanted = inContent.getMaxY() > top + viewport ? inContent.getMaxY() - viewport + 8 : inContent.getMinY() - 8;
        scroll.setVvalue(Math.max(0, Math.min(1, wanted / extra)));
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) return true;
        }
        return false;
    }

    public void show() {
        vm.load();
        stage.show();
    }

    private static Label heading() {
        Label l = new Label("Sync with your other devices");
        l.getStyleClass().add(Styles.TITLE_3);
        return l;
    }

    private static Label intro() {
        Label l = new Label("A sync program you already run (Syncthing, Nextcloud, Dropbox, OneDrive, iCloud Drive) "
                + "keeps a folder in step between your devices. Deckhand writes its changes there and reads the "
                + "other devices' changes. Choose that shared folder on every device, never Deckhand's own data "
                + "folder: your collection stays on this computer.");
        l.setWrapText(true);
        l.getStyleClass().add(StyleClasses.MUTED);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private GridPane form() {
        TextField folder = new TextField();
        folder.setId("syncFolder");
        folder.setEditable(false);
        folder.setPromptText("None chosen: this device does not sync");
        // Read-only: first focus goes to Choose…, and the prompt stays visible (a focused field hides it).
        folder.setFocusTraversable(false);
        folder.textProperty().bind(vm.folderProperty());
        Button choose = new Button("Choose\u2026");
        choose.setId("syncChooseFolder");
        choose.setTooltip(new Tooltip("The folder your sync program shares with your other devices"));
        choose.disableProperty().bind(vm.runningProperty());
        choose.setOnAction(e -> {
            Path current = vm.folderProperty().get().isEmpty() ? null : Path.of(vm.folderProperty().get());
            chooser.apply(stage, current).ifPresent(vm::chooseFolder);
        });

        TextField name = new TextField();
        name.setId("syncDeviceName");
        name.setPromptText("Laptop, Desktop, \u2026");
        name.textProperty().bindBidirectional(vm.deviceNameProperty());
        name.setOnAction(e -> vm.saveDeviceName());
        Button rename = new Button("Rename");
        rename.setId("syncRename");
        rename.setTooltip(new Tooltip("The name your other devices list this one by (Enter in the field does the same)"));
        rename.setOnAction(e -> vm.saveDeviceName());
        Label id = new Label();
        id.getStyleClass().add(StyleClasses.MUTED);
        id.textProperty().bind(Bindings.createStringBinding(
                () -> vm.deviceIdProperty().get().isEmpty() ? "" : "Device id " + vm.deviceIdProperty().get(),
                vm.deviceIdProperty()));

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label("Sync folder"), folder, choose);
        form.addRow(1, new Label("This device"), name, rename);
        form.add(id, 1, 2);
        GridPane.setHgrow(folder, Priority.ALWAYS);
        GridPane.setHgrow(name, Priority.ALWAYS);
        choose.setMaxWidth(Double.MAX_VALUE);
        rename.setMaxWidth(Double.MAX_VALUE);
        return form;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TEXT_BOLD);
        return l;
    }

    private TableView<SyncViewModel.DeviceRow> devices() {
        TableView<SyncViewModel.DeviceRow> table = new TableView<>(vm.devices());
        table.setId("syncDevices");
        table.getColumns().add(column("Device", SyncViewModel.DeviceRow::name));
        table.getColumns().add(column("Last synced", SyncViewModel.DeviceRow::lastSync));
        table.getColumns().add(column("Applied here", SyncViewModel.DeviceRow::applied));
        table.setPlaceholder(new Label("No other device has synced through this folder yet."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(110);
        return table;
    }

    private TableView<SyncViewModel.WaitingRow> waiting() {
        TableView<SyncViewModel.WaitingRow> table = new TableView<>(vm.waiting());
        table.setId("syncWaiting");
        TableColumn<SyncViewModel.WaitingRow, String> from = column("From", SyncViewModel.WaitingRow::device);
        from.setPrefWidth(160);
        from.setMaxWidth(220);
        TableColumn<SyncViewModel.WaitingRow, String> why = column("Why it waits", SyncViewModel.WaitingRow::reason);
        why.setCellFactory(c -> wrapping());
        table.getColumns().add(from);
        table.getColumns().add(why);
        table.setPlaceholder(new Label("Nothing is waiting."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(110);
        // an empty table would take 110 pixels to say "nothing": the line above says it instead
        table.visibleProperty().bind(Bindings.isNotEmpty(vm.waiting()));
        table.managedProperty().bind(table.visibleProperty());
        return table;
    }

    private Label nothingWaiting() {
        Label l = new Label("Nothing is waiting.");
        l.setId("syncNothingWaiting");
        l.getStyleClass().add(StyleClasses.MUTED);
        l.visibleProperty().bind(Bindings.isEmpty(vm.waiting()));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private Label conflicts() {
        Label l = new Label();
        l.setId("syncConflicts");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.textProperty().bind(Bindings.createStringBinding(() -> conflictText(vm.conflictsProperty().get()),
                vm.conflictsProperty()));
        return l;
    }

    static String conflictText(int open) {
        if (open == 0) return "No open conflicts.";
        return (open == 1 ? "1 open conflict: an edit" : open + " open conflicts: edits")
                + " made on two devices to the same field; the later one is kept. Choose one to use the other "
                + "value instead, or to keep this one.";
    }

    private TableView<SyncViewModel.ConflictRow> conflictTable() {
        TableView<SyncViewModel.ConflictRow> table = new TableView<>(vm.conflictRows());
        table.setId("syncConflictTable");
        var columns = java.util.List.of(column("Card or note", SyncViewModel.ConflictRow::what),
                column("Field", SyncViewModel.ConflictRow::field), column("Kept", SyncViewModel.ConflictRow::kept),
                column("Lost", SyncViewModel.ConflictRow::lost));
        // a cell cuts a long value off: the whole of it is in the cell's tooltip and the line below the table
        for (TableColumn<SyncViewModel.ConflictRow, String> c : columns) c.setCellFactory(col -> withTooltip());
        table.getColumns().addAll(columns);
        table.getColumns().add(column("Lost edit from", SyncViewModel.ConflictRow::lostEdit));
        table.getColumns().get(1).setMaxWidth(80);
        table.setPlaceholder(new Label("No edit has lost to a rival edit."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(130);
        conflictSelection = table.getSelectionModel().selectedItemProperty();
        return table;
    }

    private ObservableValue<SyncViewModel.ConflictRow> conflictSelection;

    /** The chosen conflict's values in full, wrapped (the table's cells cut them off). */
    private Label conflictDetail() {
        Label l = new Label();
        l.setId("syncConflictDetail");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(StyleClasses.MUTED);
        l.textProperty().bind(Bindings.createStringBinding(() -> conflictDetailText(conflictSelection.getValue()),
                conflictSelection));
        l.visibleProperty().bind(conflictSelection.map(r -> true).orElse(false));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    static String conflictDetailText(SyncViewModel.ConflictRow row) {
        if (row == null) return "";
        return row.what() + ", " + row.field() + "\nKept: " + row.kept() + "\nLost: " + row.lost() + " (" + row.lostEdit() + ")";
    }

    private HBox conflictActions() {
        Button useOther = new Button("Use the other value");
        useOther.setId("syncUseOther");
        useOther.setTooltip(new Tooltip("Puts the value that lost back, as a new edit your other devices take too"));
        Button keep = new Button("Keep this");
        keep.setId("syncKeepConflict");
        keep.setTooltip(new Tooltip("Keeps the value shown as kept and closes the conflict"));
        var none = Bindings.createBooleanBinding(() -> conflictSelection.getValue() == null, conflictSelection);
        useOther.disableProperty().bind(none.or(vm.runningProperty()));
        keep.disableProperty().bind(none.or(vm.runningProperty()));
        useOther.setOnAction(e -> vm.useOtherValue(conflictSelection.getValue()));
        keep.setOnAction(e -> vm.keepConflict(conflictSelection.getValue()));
        HBox row = new HBox(10, useOther, keep);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private HBox bottom() {
        Button now = new Button("Sync now");
        now.setId("syncNow");
        now.setDefaultButton(true);
        now.getStyleClass().add(Styles.ACCENT);
        now.disableProperty().bind(vm.runningProperty().or(vm.folderProperty().isEmpty()));
        now.setOnAction(e -> vm.syncNow());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("syncProgress");
        progress.setPrefSize(20, 20);
        progress.visibleProperty().bind(vm.runningProperty());
        progress.managedProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("syncMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button("Close");
        close.setId("syncClose");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox row = new HBox(10, now, progress, message, close);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A cell whose text wraps to the column's width: reasons are sentences. */
    private static <R> TableCell<R, String> wrapping() {
        return new TableCell<>() {
            private final Label text = new Label();

            {
                text.setWrapText(true);
                text.maxWidthProperty().bind(widthProperty().subtract(12));
                text.setMinHeight(Region.USE_PREF_SIZE);
                setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        };
    }

    /** A one-line cell with its whole text as a tooltip. */
    private static <R> TableCell<R, String> withTooltip() {
        return new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            {
                tip.setWrapText(true);
                tip.setMaxWidth(480);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isEmpty();
                setText(blank ? null : item);
                tip.setText(blank ? "" : item);
                setTooltip(blank ? null : tip);
            }
        };
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> text) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        c.setSortable(false);
        return c;
    }

    private static Optional<Path> chooseDirectory(Window owner, Path current) {
        DirectoryChooser d = new DirectoryChooser();
        d.setTitle("Choose the folder your sync program shares");
        if (current != null && Files.isDirectory(current)) d.setInitialDirectory(current.toFile());
        File chosen = d.showDialog(owner);
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
