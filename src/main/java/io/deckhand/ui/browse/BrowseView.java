package io.deckhand.ui.browse;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.deckhand.app.browse.BrowseRow;
import io.deckhand.domain.card.CardId;
import io.deckhand.ui.theme.StyleClasses;
import io.deckhand.app.browse.CardFlag;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.common.Shortcuts;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Browse: a search field above a sortable table of cards, and beside it a preview of the selected
 * card. Enter or a double-click edits it; the Cards menu, the context menu and their shortcuts act
 * on the whole selection.
 */
public final class BrowseView extends BorderPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");
    private static final String[] FLAG_COLOURS = {"transparent", "#e5484d", "#f76b15", "#30a46c", "#0090ff",
        "#d6409f", "#12a594", "#8e4ec6"};

    private final BrowseViewModel vm;
    private final TextField search = new TextField();
    private final TableView<BrowseRow> table = new TableView<>();
    private Consumer<CardId> onCardInfo = id -> { };
    private final CardView preview;
    private final ObservableBooleanValue dark;
    private final Label noPreview = new Label("Select a card to see it here.");
    private Menu cardsMenu;

    public BrowseView(BrowseViewModel vm, CardView preview, ObservableBooleanValue dark, Consumer<CardId> onEdit,
                      Runnable onBack) {
        this.vm = vm;
        this.preview = preview;
        this.dark = dark;
        setId("browseView");
        getStyleClass().add(StyleClasses.PAGE);
        Button back = new Button("Decks");
        back.setGraphic(io.deckhand.ui.common.Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ARROW_LEFT));
        back.getStyleClass().add(Styles.FLAT);
        back.setTooltip(new Tooltip("Back to the decks (Esc)"));
        back.setOnAction(e -> onBack.run());
        Label title = new Label("Browse");
        title.getStyleClass().addAll(StyleClasses.PAGE_TITLE, Styles.TITLE_2);
        search.setId("browseSearch");
        search.setPromptText("deck:K8s tag:net is:due -is:suspended prop:ivl>30 \"a phrase\" (Ctrl+F)");
        search.setTooltip(new Tooltip("Words and \"phrases\" search the front and back. deck:NAME (with sub-decks, * as wildcard),"
                + " tag:NAME, is:due / new / learn / review / suspended / buried, flag:0-7, kind:manifest,"
                + " prop:ivl>30 / prop:due<=0 / prop:reps / prop:lapses / prop:ease. Space means and;"
                + " \"or\" and (parentheses) combine; - excludes."));
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.setId("browseCount");
        count.getStyleClass().add(StyleClasses.MUTED);
        vm.rows().addListener((ListChangeListener<BrowseRow>) c -> count.setText(
                vm.titleProperty().get().isEmpty() ? vm.countText() : vm.titleProperty().get()));
        HBox top = new HBox(12, back, title, search, count);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label problem = new Label();
        problem.setId("browseProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        VBox header = new VBox(4, top, problem);
        header.setPadding(new Insets(12, 16, 12, 16));
        setTop(header);

        table.setId("browseTable");
        // Registered before the sorted list's own listener: sees the selection before new rows clear it.
        vm.rows().addListener((ListChangeListener<BrowseRow>) c -> {
            java.util.Set<CardId> keep = new java.util.HashSet<>(selectedIds());
            if (!keep.isEmpty()) javafx.application.Platform.runLater(() -> reselect(keep));
        });
        SortedList<BrowseRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setPlaceholder(new Label("No cards match."));
        TableColumn<BrowseRow, BrowseRow> front = new TableColumn<>("Front");
        front.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        front.setComparator(Comparator.comparing(r -> firstLine(r.front()), String.CASE_INSENSITIVE_ORDER));
        front.setCellFactory(c -> new FrontCell());
        front.setPrefWidth(260);
        table.getColumns().add(front);
        table.getColumns().add(column("Deck", 110, BrowseRow::deck));
        TableColumn<BrowseRow, BrowseRow> due = new TableColumn<>("Due");
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        due.setComparator(Comparator.comparing(BrowseRow::due, Comparator.nullsLast(Comparator.naturalOrder())));
        due.setCellFactory(c -> textCell(BrowseView::due));
        due.setPrefWidth(95);
        table.getColumns().add(due);
        table.getColumns().add(number("Interval", 74, BrowseRow::intervalDays, d -> d == 0 ? "\u2013" : d + "d"));
        TableColumn<BrowseRow, BrowseRow> ease = new TableColumn<>("Ease");
        ease.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        ease.setComparator(Comparator.comparingDouble(BrowseView::easeOrDifficulty));
        ease.setCellFactory(c -> textCell(BrowseView::easeText));
        ease.setPrefWidth(62);
        table.getColumns().add(ease);
        table.getColumns().add(number("Reviews", 74, BrowseRow::reviews, String::valueOf));
        table.getColumns().add(number("Lapses", 66, BrowseRow::lapses, String::valueOf));
        table.setRowFactory(t -> {
            TableRow<BrowseRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    onEdit.accept(row.getItem().id());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            BrowseRow r = table.getSelectionModel().getSelectedItem();
            if (Shortcuts.BROWSE_EDIT.matches(e) && r != null) {
                e.consume();
                onEdit.accept(r.id());
            } else if (io.deckhand.ui.common.Shortcuts.BROWSE_CARD_INFO.matches(e) && r != null) {
                e.consume();
                onCardInfo.accept(r.id());
            }
        });
        table.setContextMenu(new ContextMenu(items(false).toArray(MenuItem[]::new)));
        search.setOnKeyPressed(e -> {
            if (Shortcuts.BROWSE_LIST.matches(e) && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) table.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        preview.setId("browsePreview");
        noPreview.getStyleClass().add(StyleClasses.MUTED);
        StackPane previewPane = new StackPane(noPreview, preview);
        previewPane.setMinWidth(260);
        preview.setVisible(false);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showPreview(b));
        dark.addListener((o, a, b) -> showPreview(table.getSelectionModel().getSelectedItem()));
        SplitPane split = new SplitPane(table, previewPane);
        split.setDividerPositions(0.68);
        SplitPane.setResizableWithParent(previewPane, false);
        setCenter(split);
        setOnKeyPressed(e -> {
            if (Shortcuts.BROWSE_FIND.matches(e)) {
                search.requestFocus();
                e.consume();
            }
        });
    }

    /** What the card-info key (I) opens for the selected card. */
    public void setOnCardInfo(Consumer<CardId> onCardInfo) {
        this.onCardInfo = onCardInfo;
    }

    /** Demo and screenshots: selects the first card once the list is in, so the preview shows it. */
    public void selectFirstWhenLoaded() {
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
            return;
        }
        table.getItems().addListener(new ListChangeListener<BrowseRow>() {
            @Override
            public void onChanged(Change<? extends BrowseRow> c) {
                if (table.getItems().isEmpty()) return;
                table.getItems().removeListener(this);
                table.getSelectionModel().selectFirst();
                table.requestFocus();
            }
        });
    }

    public void focusSearch() {
        search.requestFocus();
    }

    /** The Cards menu for the menu bar; its shortcuts work while Browse is shown. */
    public Menu cardsMenu() {
        if (cardsMenu == null) {
            cardsMenu = new Menu("_Cards", null, items(true).toArray(MenuItem[]::new));
            cardsMenu.setId("cardsMenu");
            cardsMenu.disableProperty().bind(sceneProperty().isNull());
        }
        return cardsMenu;
    }

    private void showPreview(BrowseRow row) {
        if (row == null) {
            preview.setVisible(false);
            return;
        }
        preview.setVisible(true);
        preview.show(row.front() + "\n\n---\n\n" + row.back(), dark.get());
    }

    /** After a change the list is read again; the same cards stay selected so the next key acts on them. */
    private void reselect(java.util.Set<CardId> ids) {
        table.getSelectionModel().clearSelection();
        int first = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (ids.contains(table.getItems().get(i).id())) {
                table.getSelectionModel().select(i);
                if (first < 0) first = i;
            }
        }
        if (first >= 0) table.getFocusModel().focus(first);
    }

    private List<BrowseRow> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    private List<CardId> selectedIds() {
        return selected().stream().map(BrowseRow::id).toList();
    }

    /** The actions on the selection; with {@code keys} the menu items carry the shortcuts. */
    private List<MenuItem> items(boolean keys) {
        List<MenuItem> out = new ArrayList<>();
        out.add(item("Suspend / unsuspend", Shortcuts.BROWSE_SUSPEND, 0, keys, () -> vm.toggleSuspend(selected())));
        out.add(item("Bury until tomorrow / unbury", Shortcuts.BROWSE_BURY, 0, keys, () -> vm.toggleBury(selected())));
        Menu flags = new Menu("Flag");
        for (CardFlag f : CardFlag.values()) {
            if (f == CardFlag.NONE) continue;
            MenuItem fi = item(f.label(), Shortcuts.BROWSE_FLAG, f.number() - 1, keys, () -> vm.flag(selected(), f));
            fi.setGraphic(dot(f.number()));
            flags.getItems().add(fi);
        }
        flags.getItems().add(item("No flag", Shortcuts.BROWSE_FLAG, 7, keys, () -> vm.flag(selected(), CardFlag.NONE)));
        out.add(flags);
        out.add(new SeparatorMenuItem());
        out.add(item("Move to deck\u2026", Shortcuts.BROWSE_MOVE, 0, keys, this::askMove));
        out.add(item("Add tags\u2026", Shortcuts.BROWSE_ADD_TAGS, 0, keys, () -> ask("Add tags",
                "Tags to add, separated by spaces:", "", t -> vm.addTags(selectedIds(), t))));
        out.add(item("Remove tags\u2026", Shortcuts.BROWSE_REMOVE_TAGS, 0, keys, () -> ask("Remove tags",
                "Tags to remove, separated by spaces:", "", t -> vm.removeTags(selectedIds(), t))));
        out.add(new SeparatorMenuItem());
        out.add(item("Reset to new", Shortcuts.BROWSE_RESET, 0, keys, () -> {
            if (!selected().isEmpty()) vm.reset(selectedIds());
        }));
        out.add(item("Set due date\u2026", Shortcuts.BROWSE_RESCHEDULE, 0, keys, () -> ask("Set due date",
                "Due in how many days (0 = today)?", "0", d -> vm.reschedule(selectedIds(), d))));
        out.add(new SeparatorMenuItem());
        out.add(item("Find duplicates", Shortcuts.BROWSE_DUPLICATES, 0, keys, vm::findDuplicates));
        out.add(new SeparatorMenuItem());
        out.add(item("Delete", Shortcuts.BROWSE_DELETE, 0, keys, () -> {
            if (!selected().isEmpty()) vm.delete(selectedIds());
        }));
        return out;
    }

    private MenuItem item(String text, Shortcuts key, int keyIndex, boolean withKey, Runnable action) {
        MenuItem i = new MenuItem(text);
        if (withKey) i.setAccelerator(key.keys().get(keyIndex));
        i.setOnAction(e -> action.run());
        return i;
    }

    private void askMove() {
        List<BrowseRow> rows = selected();
        if (rows.isEmpty()) return;
        ask("Move to deck", "Deck (a new name makes a new deck; :: for sub-decks):", rows.get(0).deck(),
                d -> vm.move(selectedIds(), d));
    }

    /** Asks for one line of text and hands it on unless the dialog is cancelled. */
    private void ask(String title, String prompt, String initial, Consumer<String> then) {
        if (selected().isEmpty() && !title.equals("Find duplicates")) return;
        TextInputDialog d = new TextInputDialog(initial);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(prompt);
        d.getDialogPane().getStylesheets().add(io.deckhand.ui.theme.ThemeController.APP_STYLESHEET);
        if (getScene() != null) d.initOwner(getScene().getWindow());
        d.showAndWait().ifPresent(then);
        table.requestFocus();
    }

    private static javafx.scene.shape.Circle dot(int flag) {
        javafx.scene.shape.Circle c = new javafx.scene.shape.Circle(5, javafx.scene.paint.Color.web(FLAG_COLOURS[flag]));
        return c;
    }

    /** The front's first line, with the flag as a coloured dot; suspended and buried cards are greyed. */
    private static final class FrontCell extends TableCell<BrowseRow, BrowseRow> {
        @Override
        protected void updateItem(BrowseRow r, boolean empty) {
            super.updateItem(r, empty);
            getStyleClass().remove(StyleClasses.MUTED);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(firstLine(r.front()));
            setGraphic(r.flag() > 0 ? dot(r.flag()) : null);
            if (r.suspended() || r.buried()) getStyleClass().add(StyleClasses.MUTED);
        }
    }

    private static TableCell<BrowseRow, BrowseRow> textCell(Function<BrowseRow, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(BrowseRow r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : text.apply(r));
            }
        };
    }

    private static TableColumn<BrowseRow, Integer> number(String name, double width, Function<BrowseRow, Integer> value,
                                                          Function<Integer, String> shown) {
        TableColumn<BrowseRow, Integer> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : shown.apply(v));
            }
        });
        c.setPrefWidth(width);
        return c;
    }

    private static TableColumn<BrowseRow, String> column(String name, double width, Function<BrowseRow, String> value) {
        TableColumn<BrowseRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** FSRS difficulty when the card has one, else SM-2's ease; new cards sort first. */
    private static double easeOrDifficulty(BrowseRow r) {
        if (r.state() == CardState.NEW) return -1;
        return r.difficulty() > 0 ? r.difficulty() : r.ease() * 100;
    }

    private static String easeText(BrowseRow r) {
        if (r.state() == CardState.NEW) return "\u2013";
        if (r.difficulty() > 0) return String.format(java.util.Locale.ROOT, "D %.1f", r.difficulty());
        return Math.round(r.ease() * 100) + "%";
    }

    /**
     * One line for the table: the front's first line of text, without Markdown markers; a leading
     * italic line (the note's heading, shown as context on cards) follows it after a dot.
     */
    static String firstLine(String markdown) {
        String context = "";
        for (String line : markdown.split("\\R")) {
            String raw = line.strip();
            if (raw.isEmpty() || raw.startsWith("```")) continue;
            boolean italic = raw.length() > 2 && ((raw.startsWith("*") && !raw.startsWith("**") && raw.endsWith("*"))
                    || (raw.startsWith("_") && raw.endsWith("_")));
            String t = raw.replaceAll("^[#>*_\\-\\s]+", "").replaceAll("[*_]+$", "").replace("**", "").replace("`", "").strip();
            if (t.isEmpty()) continue;
            if (italic && context.isEmpty()) {
                context = t;
                continue;
            }
            return context.isEmpty() ? t : t + "  \u00b7  " + context;
        }
        return context;
    }

    private static String due(BrowseRow r) {
        if (r.suspended()) return "suspended";
        if (r.buried()) return "buried";
        if (r.due() == null) return "new";
        return r.due().format(DAY);
    }
}
