package io.deckhand.ui.exchange;

import atlantafx.base.theme.Styles;
import io.deckhand.app.exchange.ColumnRole;
import io.deckhand.app.exchange.ImportReport;
import io.deckhand.app.exchange.TextPreview;
import io.deckhand.ui.theme.StyleClasses;
import io.deckhand.ui.theme.ThemeController;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The import window: options, then a progress bar with Cancel, then the report. Esc cancels or closes. */
public final class ImportDialog {
    private final ImportViewModel vm;
    private final Stage stage = new Stage();
    private final VBox root = new VBox(14);
    /** The text file's preview with a role per column; empty for other files. */
    private final VBox columns = new VBox(8);

    public ImportDialog(ImportViewModel vm, Window owner) {
        this.vm = vm;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Import");
        root.setPadding(new Insets(20));
        root.setPrefWidth(560);
        root.getStyleClass().add(StyleClasses.EXCHANGE_DIALOG);
        root.setId("importDialog");
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ThemeController.APP_STYLESHEET);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() != KeyCode.ESCAPE) return;
            if (vm.phaseProperty().get() == ImportViewModel.Phase.RUNNING) vm.cancel();
            else stage.close();
        });
        stage.setScene(scene);
        vm.phaseProperty().addListener((o, was, now) -> show(now));
        columns.setId("importColumns");
        vm.previewProperty().addListener((o, was, now) -> {
            fillColumns(now);
            stage.sizeToScene();
        });
        fillColumns(vm.previewProperty().get());
        stage.setOnCloseRequest(e -> {
            if (vm.phaseProperty().get() == ImportViewModel.Phase.RUNNING) {
                vm.cancel();
                e.consume();
            }
        });
        show(vm.phaseProperty().get());
    }

    public void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private void show(ImportViewModel.Phase phase) {
        switch (phase) {
            case OPTIONS -> root.getChildren().setAll(options());
            case RUNNING -> root.getChildren().setAll(running());
            case DONE -> root.getChildren().setAll(report(vm.reportProperty().get()));
            case FAILED -> stage.close();
        }
        stage.sizeToScene();
    }

    private VBox options() {
        Label title = heading("Import " + (vm.files().size() == 1 ? vm.files().get(0).getFileName()
                : vm.files().size() + " files"));
        Label files = new Label(vm.files().stream().map(Path::toString).collect(Collectors.joining("\n")));
        files.getStyleClass().add(StyleClasses.MUTED);
        files.setWrapText(true);

        TextField deck = new TextField();
        deck.setId("importDeck");
        deck.textProperty().bindBidirectional(vm.deckProperty());
        deck.setTooltip(new Tooltip("Cards whose file names no deck go here; use :: for sub-decks"));
        CheckBox scheduling = new CheckBox("Keep scheduling and review history from the file");
        scheduling.selectedProperty().bindBidirectional(vm.withSchedulingProperty());
        CheckBox ragged = new CheckBox("Pad short rows with empty fields instead of stopping");
        ragged.selectedProperty().bindBidirectional(vm.padRaggedRowsProperty());
        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label("Deck"), deck);
        GridPane.setHgrow(deck, Priority.ALWAYS);
        // Only the options that apply get a row, so a hidden one leaves no gap.
        int row = 1;
        if (vm.mayHoldScheduling()) form.add(scheduling, 1, row++);
        if (vm.hasTextFiles()) form.add(ragged, 1, row);

        Label problem = new Label();
        problem.setId("importProblem");
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button go = new Button("Import");
        go.setId("importStart");
        go.setDefaultButton(true);
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(vm.problemProperty().isNotEmpty());
        go.setOnAction(e -> vm.start());
        return new VBox(14, title, files, form, columns, problem, buttons(cancel, go));
    }

    private static final double CELL_WIDTH = 160;

    /** One choice box per column over the file's first rows; the header row is dimmed when skipped. */
    private void fillColumns(TextPreview preview) {
        columns.getChildren().clear();
        columns.setVisible(preview != null);
        columns.setManaged(preview != null);
        if (preview == null) return;
        CheckBox header = new CheckBox("First row is a header");
        header.setId("importHeaderRow");
        header.selectedProperty().bindBidirectional(vm.firstRowIsHeaderProperty());
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        for (int c = 0; c < preview.columns(); c++) {
            int col = c;
            ChoiceBox<ColumnRole> role = new ChoiceBox<>();
            role.setId("importColumn" + c);
            role.getItems().setAll(ColumnRole.values());
            role.setValue(c < vm.columnRoles().size() ? vm.columnRoles().get(c) : ColumnRole.IGNORE);
            role.valueProperty().addListener((o, was, now) -> {
                if (now != null && col < vm.columnRoles().size()) vm.columnRoles().set(col, now);
            });
            role.setTooltip(new Tooltip("What column " + (c + 1) + " holds"));
            grid.add(role, c, 0);
        }
        for (int r = 0; r < preview.rows().size(); r++) {
            for (int c = 0; c < preview.columns(); c++) {
                Label cell = new Label(preview.rows().get(r).get(c).replaceAll("\\s+", " "));
                cell.setMaxWidth(CELL_WIDTH);
                cell.setTextOverrun(OverrunStyle.ELLIPSIS);
                if (r == 0) cell.disableProperty().bind(vm.firstRowIsHeaderProperty());
                grid.add(cell, c, r + 1);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(34 + 24 * preview.rows().size());
        columns.getChildren().setAll(new Label("Columns"), header, scroll);
    }

    private VBox running() {
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progress().fractionProperty());
        Label count = new Label();
        count.setId("importCount");
        count.textProperty().bind(vm.progress().textProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("importCancel");
        cancel.setTooltip(new Tooltip("Stop the import; nothing from the current file is kept (Esc)"));
        cancel.setOnAction(e -> vm.cancel());
        return new VBox(12, heading("Importing\u2026"), bar, count, buttons(cancel));
    }

    private VBox report(ImportReport r) {
        VBox box = new VBox(12);
        box.setId("importReport");
        Label title = heading(r.added() + r.updated() == 0 ? "Nothing new to import" : "Import finished");
        GridPane counts = new GridPane();
        counts.setHgap(28);
        counts.setVgap(4);
        int col = 0;
        col = stat(counts, col, r.added(), "added");
        col = stat(counts, col, r.updated(), "updated");
        col = stat(counts, col, r.skipped(), "skipped");
        stat(counts, col, r.issues().size(), r.issues().size() == 1 ? "problem" : "problems");
        Label more = new Label(r.cards() + " cards, " + r.reviews() + " review-log entries, " + r.media() + " media files.");
        more.getStyleClass().add(StyleClasses.MUTED);
        box.getChildren().addAll(title, counts, more);
        if (!r.issues().isEmpty()) {
            ListView<String> list = new ListView<>();
            list.setId("importIssues");
            list.getItems().setAll(r.issues().stream().map(i -> i.item() + ": " + i.message()).toList());
            list.setPrefHeight(Math.min(240, 32 + 26 * r.issues().size()));
            TitledPane details = new TitledPane("Details (" + r.issues().size() + ")", list);
            details.setExpanded(false);
            details.setAnimated(false);
            details.expandedProperty().addListener((o, a, b) -> stage.sizeToScene());
            box.getChildren().add(details);
        }
        Button close = new Button("Close");
        close.setId("importClose");
        close.setDefaultButton(true);
        close.getStyleClass().add(Styles.ACCENT);
        close.setOnAction(e -> stage.close());
        box.getChildren().add(buttons(close));
        return box;
    }

    private static int stat(GridPane grid, int col, int value, String label) {
        Label v = new Label(java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(value));
        v.getStyleClass().add(StyleClasses.STAT_VALUE);
        Label l = new Label(label);
        l.getStyleClass().add(StyleClasses.STAT_LABEL);
        grid.add(v, col, 0);
        grid.add(l, col, 1);
        return col + 1;
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_3);
        l.setWrapText(true);
        return l;
    }

    static HBox buttons(Button... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, spacer);
        row.getChildren().addAll(buttons);
        return row;
    }
}
