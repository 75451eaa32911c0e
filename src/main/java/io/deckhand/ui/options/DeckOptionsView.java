package io.deckhand.ui.options;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.ui.common.Icons;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The deck options dialog: the deck's preset (choose, copy, rename), its scheduler, desired
 * retention, steps, daily limits, maximum interval and fuzz, and the hour the next day starts.
 * Ctrl+S or Save stores everything in one go; Esc cancels.
 */
public final class DeckOptionsView {
    /** Root style class, for the stylesheet. */
    public static final String STYLE_CLASS = "dh-deck-options";
    /** Puts a top-aligned label on the first line of a text field beside it. */
    private static final double LABEL_TOP = 7;
    private static final KeyCombination SAVE = io.deckhand.ui.common.Shortcuts.OPTIONS_SAVE.key();
    private static final KeyCombination NEW_PRESET = io.deckhand.ui.common.Shortcuts.OPTIONS_NEW_PRESET.key();
    private static final KeyCombination RENAME_PRESET = io.deckhand.ui.common.Shortcuts.OPTIONS_RENAME_PRESET.key();
    private static final String STEPS_HELP = "Waits between showings, e.g. \"1m 10m 1h 1d\" "
            + "(s seconds, m minutes, h hours, d days). Leave empty for none.";

    private final DeckOptionsViewModel vm;
    private final Dialog<DeckPreset> dialog = new Dialog<>();
    /** Workload chart and exam plan; null when the caller has none to show. */
    private final WorkloadPanel workload;

    DeckOptionsView(DeckOptionsViewModel vm, Window owner) {
        this(vm, owner, null);
    }

    DeckOptionsView(DeckOptionsViewModel vm, Window owner, WorkloadPanel workload) {
        this.vm = vm;
        this.workload = workload;
        if (owner != null) dialog.initOwner(owner);
        dialog.titleProperty().bind(vm.deckNameProperty().map(n -> n.isEmpty() ? "Deck options" : "Options for " + n));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.CANCEL, save);
        dialog.getDialogPane().getStyleClass().add(STYLE_CLASS);
        ScrollPane scroll = new ScrollPane(form());
        scroll.setFitToWidth(true);
        // the workload charts make the form taller than most screens
        if (workload != null) scroll.setPrefViewportHeight(560);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(600);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(vm.canSaveProperty().not());
        saveButton.setTooltip(new Tooltip("Save the options (" + SAVE.getDisplayText() + ")"));
        // Keep the dialog open until the collection confirms the save.
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.save(this::saved);
        });
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                vm.save(this::saved);
            }
        });
        dialog.setResultConverter(button -> null);
    }

    /**
     * Shows the options of the view model's deck and returns when the dialog closes: the saved
     * preset, or empty if the user cancelled. Call on the FX thread; loading starts here.
     */
    public static Optional<DeckPreset> show(Window owner, DeckOptionsViewModel vm) {
        return show(owner, vm, null);
    }

    /** As {@link #show(Window, DeckOptionsViewModel)}, with the workload chart and exam plan below the options. */
    public static Optional<DeckPreset> show(Window owner, DeckOptionsViewModel vm, WorkloadPanel workload) {
        DeckOptionsView view = new DeckOptionsView(vm, owner, workload);
        vm.load();
        if (workload != null) workload.load();
        return view.dialog.showAndWait();
    }

    /** The dialog, for callers that want it non-blocking (tests). */
    Dialog<DeckPreset> dialog() {
        return dialog;
    }

    private void saved(DeckPreset preset) {
        dialog.setResult(preset);
        dialog.close();
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(4, 16, 8, 16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(GridPane.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
        int row = 0;

        grid.add(section("Preset"), 0, row++, 2, 1);
        ComboBox<DeckPreset> presets = new ComboBox<>(vm.presets());
        presets.setId("presetChoice");
        presets.valueProperty().bindBidirectional(vm.presetProperty());
        presets.setConverter(new StringConverter<>() {
            @Override
            public String toString(DeckPreset p) {
                return p == null ? "" : p.name();
            }

            @Override
            public DeckPreset fromString(String s) {
                return presets.getValue();
            }
        });
        presets.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(presets, Priority.ALWAYS);
        Button add = iconButton(MaterialDesignP.PLUS, "New preset, copied from this one ("
                + NEW_PRESET.getDisplayText() + ")");
        add.setOnAction(e -> askName("New preset", "Name of the new preset:", "")
                .ifPresent(vm::createPreset));
        Button rename = iconButton(MaterialDesignP.PENCIL, "Rename this preset (" + RENAME_PRESET.getDisplayText() + ")");
        rename.setOnAction(e -> askName("Rename preset", "New name:",
                vm.presetProperty().get() == null ? "" : vm.presetProperty().get().name()).ifPresent(vm::renamePreset));
        add.disableProperty().bind(vm.busyProperty());
        rename.disableProperty().bind(vm.busyProperty());
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Button target = NEW_PRESET.match(e) ? add : RENAME_PRESET.match(e) ? rename : null;
            if (target != null) {
                e.consume();
                target.fire();
            }
        });
        HBox presetRow = new HBox(8, presets, add, rename);
        presetRow.setAlignment(Pos.CENTER_LEFT);
        row = addRow(grid, row, "_Preset", presets, presetRow);
        row = addNote(grid, row, vm.presetUsageProperty());
        CheckBox subDecks = new CheckBox("Also use this preset for all sub-decks");
        subDecks.selectedProperty().bindBidirectional(vm.includeSubDecksProperty());
        subDecks.visibleProperty().bind(vm.hasSubDecksProperty());
        subDecks.managedProperty().bind(vm.hasSubDecksProperty());
        grid.add(subDecks, 1, row++);

        grid.add(section("Scheduling"), 0, row++, 2, 1);
        row = addRow(grid, row, "Scheduler", null, schedulerToggle());
        Slider retention = new Slider(70, 99, 90);
        retention.setId("retention");
        retention.setMajorTickUnit(5);
        retention.setMinorTickCount(4);
        retention.setSnapToTicks(true);
        retention.setBlockIncrement(1);
        retention.valueProperty().bindBidirectional(vm.retentionPercentProperty());
        retention.disableProperty().bind(vm.retentionApplies().not());
        retention.setTooltip(new Tooltip("How sure you want to be of remembering a card when it comes back. "
                + "Higher means more reviews."));
        HBox.setHgrow(retention, Priority.ALWAYS);
        Label percent = new Label();
        percent.textProperty().bind(vm.retentionText());
        percent.getStyleClass().add(Styles.TEXT_BOLD);
        percent.setMinWidth(Label.USE_PREF_SIZE);
        HBox retentionRow = new HBox(10, retention, percent);
        retentionRow.setAlignment(Pos.CENTER_LEFT);
        row = addRow(grid, row, "Desired _retention", retention, retentionRow);
        Label sm2Note = muted("SM-2 does not use desired retention; it spaces cards by ease.");
        sm2Note.visibleProperty().bind(vm.retentionApplies().not());
        sm2Note.managedProperty().bind(sm2Note.visibleProperty());
        grid.add(sm2Note, 1, row++);
        TextField learning = stepsField(vm.learningStepsProperty(), "1m 10m", "learningSteps");
        row = addRow(grid, row, "_Learning steps", learning, learning);
        TextField relearning = stepsField(vm.relearningStepsProperty(), "10m", "relearningSteps");
        Label problem = new Label();
        problem.setId("problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        row = addRow(grid, row, "Rel_earning steps", relearning, new VBox(6, relearning, problem));

        if (workload != null) {
            // beside the retention it helps choose
            grid.add(section("Workload and retention"), 0, row++, 2, 1);
            grid.add(workload.node(), 0, row++, 2, 1);
        }
        grid.add(section("Daily limits"), 0, row++, 2, 1);
        var newPerDay = IntegerSpinners.of(0, 99_999, vm.newPerDayProperty(), "newPerDay");
        row = addRow(grid, row, "_New cards per day", newPerDay, newPerDay);
        var reviewsPerDay = IntegerSpinners.of(0, 99_999, vm.reviewsPerDayProperty(), "reviewsPerDay");
        row = addRow(grid, row, "Re_views per day", reviewsPerDay, reviewsPerDay);

        grid.add(section("Siblings"), 0, row++, 2, 1);
        // Cards made from one fact (a command and its reverse, cloze deletions) are siblings.
        CheckBox buryNew = new CheckBox("Bury new siblings until tomorrow");
        buryNew.setId("buryNew");
        buryNew.selectedProperty().bindBidirectional(vm.buryNewProperty());
        buryNew.setTooltip(new Tooltip("After a card is answered, new cards made from the same fact wait a day."));
        CheckBox buryReviews = new CheckBox("Bury review siblings until tomorrow");
        buryReviews.setId("buryReviews");
        buryReviews.selectedProperty().bindBidirectional(vm.buryReviewsProperty());
        CheckBox buryLearning = new CheckBox("Bury interday learning siblings until tomorrow");
        buryLearning.setId("buryInterdayLearning");
        buryLearning.selectedProperty().bindBidirectional(vm.buryInterdayLearningProperty());
        grid.add(new VBox(6, buryNew, buryReviews, buryLearning), 1, row++);

        grid.add(section("Advanced"), 0, row++, 2, 1);
        var maxInterval = IntegerSpinners.of(1, 36_500, vm.maximumIntervalProperty(), "maximumInterval");
        row = addRow(grid, row, "_Maximum interval (days)", maxInterval, maxInterval);
        CheckBox fuzz = new CheckBox("Spread due dates a little (fuzz)");
        fuzz.selectedProperty().bindBidirectional(vm.fuzzProperty());
        fuzz.setTooltip(new Tooltip("Cards learnt together do not all come back on the same day."));
        grid.add(fuzz, 1, row++);
        ComboBox<Integer> rollover = new ComboBox<>();
        rollover.setId("rollover");
        rollover.getItems().setAll(IntStream.range(0, 24).boxed().toList());
        rollover.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer h) {
                return h == null ? "" : String.format("%02d:00", h);
            }

            @Override
            public Integer fromString(String s) {
                return rollover.getValue();
            }
        });
        rollover.valueProperty().bindBidirectional(vm.rolloverHourProperty());
        row = addRow(grid, row, "Next _day starts at", rollover, rollover);
        row = addNote(grid, row, "For all decks. Answers given before this hour count for the day before.");
        optimizeRow(grid, row);
        return grid;
    }

    /** Optimise: fits this preset's FSRS parameters to your reviews, with progress, Cancel and the figures. */
    private void optimizeRow(GridPane grid, int row) {
        Button optimize = new Button("Optimise");
        optimize.setId("optimize");
        optimize.setTooltip(new Tooltip("Fit the FSRS parameters to the reviews of the decks using this preset. "
                + "They are saved only if they predict your reviews better."));
        optimize.setOnAction(e -> vm.optimize());
        optimize.disableProperty().bind(vm.optimizingProperty().or(vm.busyProperty()).or(vm.retentionApplies().not()));
        javafx.scene.control.ProgressBar bar = new javafx.scene.control.ProgressBar();
        bar.progressProperty().bind(vm.optimizeProgressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("cancelOptimize");
        cancel.setCancelButton(false);
        cancel.setOnAction(e -> vm.cancelOptimize());
        for (Node n : new Node[] {bar, cancel}) {
            n.visibleProperty().bind(vm.optimizingProperty());
            n.managedProperty().bind(n.visibleProperty());
        }
        HBox line = new HBox(8, optimize, bar, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        Label outcome = muted("");
        outcome.setId("optimizeOutcome");
        outcome.textProperty().bind(vm.optimizeTextProperty());
        outcome.visibleProperty().bind(vm.optimizeTextProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        addRow(grid, row, "FSRS parameters", optimize, new VBox(6, line, outcome));
    }

    private HBox schedulerToggle() {
        ToggleGroup group = new ToggleGroup();
        ToggleButton fsrs = new ToggleButton("FSRS-6");
        fsrs.setUserData(SchedulerKind.FSRS6);
        fsrs.setTooltip(new Tooltip("Modern scheduler: aims at your desired retention."));
        fsrs.getStyleClass().add(Styles.LEFT_PILL);
        ToggleButton sm2 = new ToggleButton("SM-2 (Anki)");
        sm2.setUserData(SchedulerKind.SM2);
        sm2.setTooltip(new Tooltip("Anki's classic scheduler with ease factors."));
        sm2.getStyleClass().add(Styles.RIGHT_PILL);
        group.getToggles().addAll(fsrs, sm2);
        Runnable fromVm = () -> group.selectToggle(vm.schedulerProperty().get() == SchedulerKind.SM2 ? sm2 : fsrs);
        vm.schedulerProperty().addListener((o, a, b) -> fromVm.run());
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one scheduler is always chosen
            } else {
                vm.schedulerProperty().set((SchedulerKind) now.getUserData());
            }
        });
        fromVm.run();
        return new HBox(fsrs, sm2);
    }

    private static TextField stepsField(javafx.beans.property.StringProperty text, String prompt, String id) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(text);
        f.setPromptText(prompt);
        f.setTooltip(new Tooltip(STEPS_HELP));
        return f;
    }

    private Optional<String> askName(String title, String prompt, String current) {
        TextInputDialog ask = new TextInputDialog(current);
        ask.initOwner(dialog.getDialogPane().getScene().getWindow());
        ask.setTitle(title);
        ask.setHeaderText(null);
        ask.setContentText(prompt);
        return ask.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    private static int addRow(GridPane grid, int row, String text, Node labelFor, Node content) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        if (labelFor != null) label.setLabelFor(labelFor);
        grid.add(label, 0, row);
        grid.add(content, 1, row);
        if (content instanceof VBox) {
            // the label stays beside the field, not beside the field plus the message under it
            GridPane.setValignment(label, VPos.TOP);
            GridPane.setMargin(label, new Insets(LABEL_TOP, 0, 0, 0));
        }
        return row + 1;
    }

    private static int addNote(GridPane grid, int row, javafx.beans.value.ObservableValue<String> text) {
        Label note = muted("");
        note.textProperty().bind(text);
        grid.add(note, 1, row);
        return row + 1;
    }

    private static int addNote(GridPane grid, int row, String text) {
        grid.add(muted(text), 1, row);
        return row + 1;
    }

    private static Label muted(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        l.setWrapText(true);
        return l;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        GridPane.setMargin(l, new Insets(10, 0, 0, 0));
        return l;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tip) {
        Button b = new Button(null, Icons.of(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON);
        b.setTooltip(new Tooltip(tip));
        return b;
    }
}
