package io.deckhand.ui.exchange;

import atlantafx.base.theme.Styles;
import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.app.exchange.ExchangeService;
import io.deckhand.ui.theme.StyleClasses;
import io.deckhand.ui.theme.ThemeController;
import java.io.File;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/** The export window: deck, format, file and scheduling; then progress with Cancel; then what was written. */
public final class ExportDialog {
    private final ExportViewModel vm;
    private final Stage stage = new Stage();
    private final VBox root = new VBox(14);

    public ExportDialog(ExportViewModel vm, Window owner) {
        this.vm = vm;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Export");
        root.setPadding(new Insets(20));
        root.setPrefWidth(560);
        root.getStyleClass().add(StyleClasses.EXCHANGE_DIALOG);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(ThemeController.APP_STYLESHEET);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() != KeyCode.ESCAPE) return;
            if (vm.phaseProperty().get() == ExportViewModel.Phase.RUNNING) vm.cancel();
            else stage.close();
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (vm.phaseProperty().get() == ExportViewModel.Phase.RUNNING) {
                vm.cancel();
                e.consume();
            }
        });
        vm.phaseProperty().addListener((o, was, now) -> show(now));
        show(vm.phaseProperty().get());
    }

    public void show() {
        stage.show();
    }

    private void show(ExportViewModel.Phase phase) {
        switch (phase) {
            case OPTIONS -> root.getChildren().setAll(options());
            case RUNNING -> root.getChildren().setAll(running());
            case DONE -> root.getChildren().setAll(done(vm.summaryProperty().get()));
            case FAILED -> stage.close();
        }
        stage.sizeToScene();
    }

    private VBox options() {
        ComboBox<String> deck = new ComboBox<>(vm.decks());
        deck.valueProperty().bindBidirectional(vm.deckProperty());
        deck.setMaxWidth(Double.MAX_VALUE);
        deck.setTooltip(new Tooltip("The deck and all its sub-decks are exported"));
        ChoiceBox<ExchangeFormat> format = new ChoiceBox<>();
        format.getItems().setAll(ExchangeFormat.values());
        format.valueProperty().bindBidirectional(vm.formatProperty());
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(ExchangeFormat f) {
                return f == null ? "" : describe(f);
            }

            @Override
            public ExchangeFormat fromString(String s) {
                return null;
            }
        });
        TextField file = new TextField();
        file.setEditable(false);
        file.setPromptText("Not chosen yet");
        file.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.fileProperty().get() == null ? "" : vm.fileProperty().get().toString(), vm.fileProperty()));
        Button choose = new Button("Choose\u2026");
        choose.setTooltip(new Tooltip("Where to save the file"));
        choose.setOnAction(e -> chooseFile());
        HBox fileRow = new HBox(8, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        CheckBox scheduling = new CheckBox("Include scheduling and review history");
        scheduling.selectedProperty().bindBidirectional(vm.withSchedulingProperty());
        CheckBox olderAnki = new CheckBox("Support older Anki versions");
        olderAnki.selectedProperty().bindBidirectional(vm.olderAnkiProperty());
        olderAnki.setTooltip(new Tooltip("The layout Anki before 2.1.50 imports too; current Anki reads either"));
        // only an Anki package has a layout to choose
        olderAnki.visibleProperty().bind(vm.formatProperty().isEqualTo(ExchangeFormat.APKG));
        olderAnki.managedProperty().bind(olderAnki.visibleProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, new Label("Deck"), deck);
        form.addRow(1, new Label("Format"), format);
        form.addRow(2, new Label("File"), fileRow);
        form.add(scheduling, 1, 3);
        form.add(olderAnki, 1, 4);
        GridPane.setHgrow(deck, Priority.ALWAYS);
        GridPane.setHgrow(fileRow, Priority.ALWAYS);

        Label problem = new Label();
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add(StyleClasses.MUTED);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        Button go = new Button("Export");
        go.setDefaultButton(true);
        go.getStyleClass().add(Styles.ACCENT);
        go.disableProperty().bind(vm.problemProperty().isNotEmpty());
        go.setOnAction(e -> vm.start());
        return new VBox(14, ImportDialog.heading("Export a deck"), form, problem, ImportDialog.buttons(cancel, go));
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export to");
        ExchangeFormat f = vm.formatProperty().get();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(describe(f), "*." + f.code()));
        Path current = vm.fileProperty().get();
        if (current != null && current.getParent() != null) chooser.setInitialDirectory(current.getParent().toFile());
        chooser.setInitialFileName(current == null ? vm.suggestedFileName() : current.getFileName().toString());
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) vm.fileProperty().set(ExportViewModel.withExtension(chosen.toPath(), f));
    }

    private VBox running() {
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progress().fractionProperty());
        Label count = new Label();
        count.textProperty().bind(vm.progress().textProperty());
        Button cancel = new Button("Cancel");
        cancel.setTooltip(new Tooltip("Stop the export (Esc)"));
        cancel.setOnAction(e -> vm.cancel());
        return new VBox(12, ImportDialog.heading("Exporting\u2026"), bar, count, ImportDialog.buttons(cancel));
    }

    private VBox done(ExchangeService.ExportSummary s) {
        StringBuilder skipped = new StringBuilder();
        s.skipped().stream().limit(20).forEach(i -> skipped.append("\n\u2022 ").append(i.item()).append(": ").append(i.message()));
        if (s.skipped().size() > 20) skipped.append("\n\u2026 and ").append(s.skipped().size() - 20).append(" more");
        Label text = new Label(s.notes() + " notes, " + s.cards() + " cards"
                + (s.reviews() > 0 ? ", " + s.reviews() + " review-log entries" : "")
                + (s.media() > 0 ? ", " + s.media() + " media files" : "") + " written to\n" + s.file()
                + (s.skipped().isEmpty() ? "" : "\n\nMedia not included:" + skipped)
                + (s.changed().isEmpty() ? "" : "\n\nWritten differently:\n\u2022 " + String.join("\n\u2022 ", s.changed())));
        text.setWrapText(true);
        Button close = new Button("Close");
        close.setDefaultButton(true);
        close.getStyleClass().add(Styles.ACCENT);
        close.setOnAction(e -> stage.close());
        return new VBox(14, ImportDialog.heading("Export finished"), text, ImportDialog.buttons(close));
    }

    static String describe(ExchangeFormat f) {
        return switch (f) {
            case APKG -> "Anki package (.apkg)";
            case CSV -> "Text table (.csv)";
            case JSON -> "Deckhand JSON (.json)";
            case MARKDOWN -> "Markdown notes (.md)";
        };
    }
}
