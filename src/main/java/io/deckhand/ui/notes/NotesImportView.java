package io.deckhand.ui.notes;

import atlantafx.base.theme.Styles;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.notes.NotesImportViewModel.Item;
import io.deckhand.ui.notes.NotesImportViewModel.OrphanItem;
import io.deckhand.ui.notes.NotesImportViewModel.Phase;
import io.deckhand.ui.theme.StyleClasses;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The notes import preview window: progress with Cancel while the notes are read, then the proposed
 * cards grouped by note and heading (tick, edit, preview), the deck for new cards, what will be
 * added / updated / left out, and cards whose source is gone (keep or delete). Import saves it all
 * in one transaction; closing before that changes nothing.
 */
public final class NotesImportView {
    public static final String STYLE_CLASS = "dh-notes-import";
    private static final KeyCombination CONFIRM = io.deckhand.ui.common.Shortcuts.NOTES_CONFIRM.key();

    private final NotesImportViewModel vm;
    private final Stage stage = new Stage();
    private final TreeView<Object> tree = new TreeView<>();
    private final TextArea front = new TextArea();
    private final TextArea back = new TextArea();
    private final Label cardInfo = new Label();
    private final Label gateInfo = new Label();
    private final Label savedText = new Label();
    private final CardView preview;
    private final VBox editor = new VBox(6);
    private Item shown;
    private final ChangeListener<String> textChanged = (o, a, b) -> refreshPreview();

    NotesImportView(NotesImportViewModel vm, Window owner) {
        this.vm = vm;
        this.preview = new CardView(vm.pages(), vm.tasks());
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle("Import notes");
        BorderPane root = new BorderPane();
        root.getStyleClass().add(STYLE_CLASS);
        root.setPadding(new Insets(12));
        StackPane center = new StackPane();
        Node progress = progressPane();
        Node review = reviewPane();
        Label message = new Label();
        message.textProperty().bind(vm.messageProperty());
        message.setWrapText(true);
        center.getChildren().addAll(progress, review);
        root.setCenter(center);
        root.setBottom(buttons(message));
        Runnable phaseChanged = () -> {
            Phase p = vm.phaseProperty().get();
            boolean working = p == Phase.EXTRACTING || p == Phase.SAVING;
            progress.setVisible(working || p == Phase.FAILED);
            review.setVisible(p == Phase.REVIEW);
            review.setDisable(working);
            if (p == Phase.EXTRACTING && tree.getRoot() != null) { // read again with other settings
                show(null);
                tree.setRoot(null);
            }
            if (p == Phase.REVIEW && tree.getRoot() == null) fillTree();
            if (p == Phase.DONE || p == Phase.CANCELLED) stage.close();
        };
        vm.phaseProperty().addListener((o, a, b) -> phaseChanged.run());
        phaseChanged.run();
        Scene scene = new Scene(root, 1100, 720);
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        scene.setOnKeyPressed(e -> {
            if (CONFIRM.match(e)) {
                vm.confirm();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
                if (vm.phaseProperty().get() == Phase.FAILED) stage.close();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            Phase p = vm.phaseProperty().get();
            vm.cancel();
            // Saving rolls back first; the window stays until that is confirmed.
            if (p == Phase.SAVING) e.consume();
        });
    }

    /** Opens the preview and starts reading the notes. Returns at once; the window is modal to {@code owner}. */
    public static NotesImportView show(Window owner, NotesImportViewModel vm) {
        NotesImportView view = new NotesImportView(vm, owner);
        view.stage.show();
        vm.start();
        return view;
    }

    Stage stage() {
        return stage;
    }

    private Node progressPane() {
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(420);
        bar.progressProperty().bind(vm.progressProperty());
        Label text = new Label();
        text.textProperty().bind(vm.progressTextProperty());
        Label failed = new Label();
        failed.textProperty().bind(vm.messageProperty());
        failed.setWrapText(true);
        failed.getStyleClass().add(Styles.DANGER);
        failed.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.FAILED));
        bar.visibleProperty().bind(failed.visibleProperty().not());
        text.visibleProperty().bind(failed.visibleProperty().not());
        VBox box = new VBox(12, text, bar, failed);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(520);
        return box;
    }

    private Node reviewPane() {
        TextField deck = new TextField();
        deck.textProperty().bindBidirectional(vm.targetDeckProperty());
        deck.setPrefColumnCount(24);
        deck.setPromptText("Parent::Child");
        Label deckLabel = new Label("Deck for new cards:");
        deckLabel.setLabelFor(deck);
        deckLabel.setMnemonicParsing(false);
        deckLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label summary = new Label();
        summary.textProperty().bind(vm.summaryProperty());
        summary.setWrapText(true);
        HBox top = new HBox(10, deckLabel, deck, summary);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(summary, Priority.ALWAYS);
        top.setPadding(new Insets(0, 0, 10, 0));

        tree.setId("notesTree");
        front.setId("notesFront");
        back.setId("notesBack");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new ProposalCell(tree));
        tree.setMinHeight(120);
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                show(b != null && b.getValue() instanceof Item i ? i : null));
        // A filter: the tree's own key handling would take Space first.
        tree.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            TreeItem<Object> sel = tree.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.SPACE && sel != null) {
                toggle(sel);
                e.consume();
            }
        });

        front.setWrapText(true);
        front.setPrefRowCount(3);
        front.setMinHeight(64);
        back.setWrapText(true);
        back.setPrefRowCount(6);
        back.setMinHeight(90);
        cardInfo.setWrapText(true);
        savedText.setWrapText(true);
        savedText.getStyleClass().add(StyleClasses.MUTED);
        Label frontLabel = new Label("Front");
        frontLabel.setLabelFor(front);
        Label backLabel = new Label("Back");
        backLabel.setLabelFor(back);
        Label previewLabel = new Label("Preview");
        preview.setMinHeight(80);
        VBox.setVgrow(preview, Priority.ALWAYS);
        gateInfo.setId("notesGateReason");
        gateInfo.setWrapText(true);
        gateInfo.setMinHeight(Region.USE_PREF_SIZE);
        gateInfo.getStyleClass().addAll(io.deckhand.ui.theme.StyleClasses.GATE_REASON, atlantafx.base.theme.Styles.WARNING);
        editor.getChildren().addAll(cardInfo, gateInfo, savedText, frontLabel, front, backLabel, back, previewLabel, preview);
        editor.setPadding(new Insets(0, 0, 0, 10));
        editor.setDisable(true);
        // Scrolls rather than pushing the buttons out of a small window.
        javafx.scene.control.ScrollPane editorScroll = new javafx.scene.control.ScrollPane(editor);
        editorScroll.setFitToWidth(true);
        editorScroll.setFitToHeight(true);
        editorScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        editorScroll.setMinHeight(0);
        // An empty tree would look broken: say why there is nothing to tick.
        Label nothing = new Label("Nothing to import: these notes hold no new or changed cards.");
        nothing.setWrapText(true);
        nothing.setPadding(new Insets(16));
        nothing.getStyleClass().add(StyleClasses.MUTED);
        nothing.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.items())
                .and(vm.phaseProperty().isEqualTo(Phase.REVIEW)));
        nothing.setMouseTransparent(true);
        StackPane treeArea = new StackPane(tree, nothing);
        StackPane.setAlignment(nothing, Pos.TOP_LEFT);
        SplitPane split = new SplitPane(treeArea, editorScroll);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.45);

        VBox bottom = new VBox(6);
        ListView<OrphanItem> orphanList = new ListView<>(vm.orphans());
        orphanList.setCellFactory(l -> new OrphanCell());
        // As tall as its rows, up to four; more scroll.
        orphanList.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 36.0 * Math.max(1, Math.min(4, vm.orphans().size())) + 6, vm.orphans()));
        orphanList.setFixedCellSize(36);
        TitledPane orphanPane = new TitledPane("", orphanList);
        orphanPane.textProperty().bind(javafx.beans.binding.Bindings.size(vm.orphans()).asString(
                "Cards no longer in the notes (%d): kept unless you tick Delete"));
        orphanPane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.orphans()));
        orphanPane.managedProperty().bind(orphanPane.visibleProperty());
        ListView<String> skippedList = new ListView<>(vm.skipped());
        skippedList.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> 36.0 * Math.max(1, Math.min(3, vm.skipped().size())) + 6, vm.skipped()));
        skippedList.setFixedCellSize(36);
        TitledPane skippedPane = new TitledPane("", skippedList);
        skippedPane.textProperty().bind(javafx.beans.binding.Bindings.size(vm.skipped()).asString(
                "Notes skipped or read in part (%d)"));
        skippedPane.setExpanded(false);
        skippedPane.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.skipped()));
        skippedPane.managedProperty().bind(skippedPane.visibleProperty());
        bottom.getChildren().addAll(orphanPane, skippedPane);
        bottom.setPadding(new Insets(8, 0, 0, 0));

        BorderPane pane = new BorderPane(split);
        pane.setTop(new VBox(6, top, srSettingsPane()));
        pane.setBottom(bottom);
        return pane;
    }

    /**
     * "Obsidian SR settings": read the notes as the Obsidian Spaced Repetition plugin does, with its
     * settings; starts as the import read them (remembered, or the vault's settings file) and collapsed.
     */
    private Node srSettingsPane() {
        ObsidianSrForm f = vm.srForm();
        CheckBox on = new CheckBox("Read cards as the Obsidian Spaced Repetition plugin does (only notes with a flashcard tag)");
        on.setId("srEnabled");
        on.selectedProperty().bindBidirectional(f.enabledProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        TextField sep = field("srSeparator", f.separatorProperty());
        TextField rev = field("srReversed", f.reversedSeparatorProperty());
        TextField multi = field("srMultiline", f.multilineSeparatorProperty());
        TextField multiRev = field("srMultilineReversed", f.multilineReversedSeparatorProperty());
        TextField end = field("srEndMarker", f.endMarkerProperty());
        end.setPromptText("none");
        TextField tags = field("srTags", f.tagsProperty());
        tags.setPrefColumnCount(22);
        grid.addRow(row++, label("Single-line separator", sep), sep, label("Reversed", rev), rev);
        grid.addRow(row++, label("Multi-line separator", multi), multi, label("Reversed", multiRev), multiRev);
        grid.addRow(row++, label("Multi-line end marker", end), end, label("Flashcard tags", tags), tags);
        CheckBox highlight = check("srHighlight", "==highlight==", f.highlightProperty());
        CheckBox bold = check("srBold", "**bold**", f.boldProperty());
        CheckBox curly = check("srCurly", "{{curly}}", f.curlyProperty());
        CheckBox folders = check("srFolderDecks", "Decks from folders instead of tags", f.folderDecksProperty());
        Label clozes = new Label("Turn into clozes:");
        clozes.setMinWidth(Region.USE_PREF_SIZE);
        HBox clozeRow = new HBox(12, clozes, highlight, bold, curly, folders);
        clozeRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(clozeRow, 0, row, 4, 1);
        grid.disableProperty().bind(on.selectedProperty().not());
        Button reread = new Button("Read the notes again");
        reread.setId("srReread");
        reread.setOnAction(e -> vm.rereadWithSrSettings());
        Label hint = new Label("Cards you edited above are read afresh.");
        hint.getStyleClass().add(StyleClasses.MUTED);
        HBox actions = new HBox(10, reread, hint);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, on, grid, actions);
        box.setPadding(new Insets(6, 0, 6, 0));
        TitledPane pane = new TitledPane("Obsidian SR settings", box);
        pane.setId("srSettings");
        pane.setExpanded(false);
        // Notes read with the plugin's settings (the vault's, or remembered) show which ones were used.
        vm.phaseProperty().addListener((o, was, now) -> {
            if (now == Phase.REVIEW && f.enabledProperty().get()) pane.setExpanded(true);
        });
        return pane;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField t = new TextField();
        t.setId(id);
        t.setPrefColumnCount(6);
        t.textProperty().bindBidirectional(value);
        return t;
    }

    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        l.setMnemonicParsing(false);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static CheckBox check(String id, String text, javafx.beans.property.BooleanProperty value) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.setMnemonicParsing(false);
        c.selectedProperty().bindBidirectional(value);
        return c;
    }

    private Node buttons(Label message) {
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            vm.cancel();
            if (vm.phaseProperty().get() == Phase.FAILED) stage.close();
        });
        Button confirm = new Button("Import");
        confirm.setId("notesConfirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setDefaultButton(false);
        confirm.disableProperty().bind(vm.canConfirmProperty().not());
        confirm.setOnAction(e -> vm.confirm());
        confirm.setTooltip(new javafx.scene.control.Tooltip("Save the ticked cards in one go ("
                + CONFIRM.getDisplayText() + ")"));
        message.visibleProperty().bind(vm.phaseProperty().isEqualTo(Phase.REVIEW));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, message, grow, cancel, confirm);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.setPadding(new Insets(12, 0, 0, 0));
        return box;
    }

    /** The review state a new card takes over from its note's Obsidian SR schedule comment, if any. */
    private static String scheduleText(io.deckhand.app.notes.ImportPlan.PlannedCard p) {
        var s = p.draft().schedule();
        if (s == null || p.action() != io.deckhand.app.notes.ImportPlan.Action.ADD) return "";
        String due = s.dueDay() != null ? s.dueDay().toString() : s.dueAt().toString().substring(0, 10);
        return " \u00b7 SR schedule: due " + due + ", " + s.intervalDays()
                + (s.intervalDays() == 1 ? " day" : " days");
    }

    /** File → heading → card, in note order. */
    private void fillTree() {
        TreeItem<Object> root = new TreeItem<>("");
        Map<String, TreeItem<Object>> files = new LinkedHashMap<>();
        Map<String, TreeItem<Object>> headings = new LinkedHashMap<>();
        for (Item i : vm.items()) {
            TreeItem<Object> file = files.computeIfAbsent(i.file(), f -> {
                TreeItem<Object> t = new TreeItem<>(new Group(f));
                t.setExpanded(true);
                root.getChildren().add(t);
                return t;
            });
            String h = i.heading().isEmpty() ? "(no heading)" : i.heading();
            TreeItem<Object> heading = headings.computeIfAbsent(i.file() + "\u0000" + h, k -> {
                TreeItem<Object> t = new TreeItem<>(new Group(h));
                t.setExpanded(true);
                file.getChildren().add(t);
                return t;
            });
            heading.getChildren().add(new TreeItem<>(i));
        }
        tree.setRoot(root);
        if (!vm.items().isEmpty()) {
            TreeItem<Object> first = root.getChildren().get(0).getChildren().get(0).getChildren().get(0);
            tree.getSelectionModel().select(first);
        }
    }

    private void toggle(TreeItem<Object> node) {
        if (node.getValue() instanceof Item i) {
            i.selectedProperty().set(!i.selectedProperty().get());
        } else {
            boolean all = items(node).stream().allMatch(i -> i.selectedProperty().get());
            for (Item i : items(node)) i.selectedProperty().set(!all);
        }
        tree.refresh();
    }

    static java.util.List<Item> items(TreeItem<Object> node) {
        java.util.List<Item> out = new java.util.ArrayList<>();
        if (node.getValue() instanceof Item i) out.add(i);
        for (TreeItem<Object> c : node.getChildren()) out.addAll(items(c));
        return out;
    }

    private void show(Item item) {
        if (shown != null) {
            front.textProperty().unbindBidirectional(shown.frontProperty());
            back.textProperty().unbindBidirectional(shown.backProperty());
            shown.frontProperty().removeListener(textChanged);
            shown.backProperty().removeListener(textChanged);
        }
        shown = item;
        editor.setDisable(item == null);
        if (item == null) {
            cardInfo.setText("");
            gateInfo.setText("");
            gateInfo.setManaged(false);
            savedText.setText("");
            front.clear();
            back.clear();
            return;
        }
        var p = item.planned();
        var src = p.draft().source();
        cardInfo.setText(p.draft().kind().code() + " \u00b7 " + (p.action() == io.deckhand.app.notes.ImportPlan.Action.ADD
                ? "new" : "update") + " \u00b7 " + src.path() + ":" + src.firstLine() + " \u00b7 " + p.reason()
                + scheduleText(p));
        gateInfo.setText(item.belowGate() ? "Proposed unticked, below the quality gate (score "
                + String.format(java.util.Locale.ROOT, "%.2f", p.draft().quality().score()) + "): "
                + item.gateReason() : "");
        gateInfo.setManaged(item.belowGate());
        gateInfo.setVisible(item.belowGate());
        savedText.setText(p.savedFront() == null ? "" : "Saved now: " + oneLine(p.savedFront()) + " \u2192 "
                + oneLine(p.savedBack()));
        savedText.setManaged(p.savedFront() != null);
        front.textProperty().bindBidirectional(item.frontProperty());
        back.textProperty().bindBidirectional(item.backProperty());
        item.frontProperty().addListener(textChanged);
        item.backProperty().addListener(textChanged);
        refreshPreview();
    }

    private void refreshPreview() {
        if (shown != null) preview.show(vm.previewMarkdown(shown), vm.dark());
        tree.refresh();
    }

    static String oneLine(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 120 ? t.substring(0, 119) + "\u2026" : t;
    }

    /**
     * A card's question as a tree row: without the heading context (the row already sits under its
     * heading) and without bold markers, on one line.
     */
    static String rowText(String front) {
        String t = front.strip();
        int gap = t.indexOf("\n\n");
        if (t.startsWith("*") && gap > 1 && t.charAt(gap - 1) == '*' && !t.substring(gap).isBlank()) {
            t = t.substring(gap + 2);
        }
        return oneLine(t.replace("**", ""));
    }

    /** A file or heading row. */
    record Group(String title) {
    }
}
