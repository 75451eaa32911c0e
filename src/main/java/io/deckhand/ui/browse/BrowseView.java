package io.deckhand.ui.browse;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import io.deckhand.app.browse.BrowseRow;
import io.deckhand.domain.card.CardId;
import io.deckhand.ui.theme.StyleClasses;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Browse: a search field above a table of cards; Enter or a double-click edits the selected card. */
public final class BrowseView extends BorderPane {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private final BrowseViewModel vm;
    private final TextField search = new TextField();
    private final TableView<BrowseRow> table = new TableView<>();
    private Consumer<CardId> onCardInfo = id -> { };

    public BrowseView(BrowseViewModel vm, Consumer<CardId> onEdit, Runnable onBack) {
        this.vm = vm;
        getStyleClass().add(StyleClasses.PAGE);
        Button back = new Button("Decks");
        back.setGraphic(io.deckhand.ui.common.Icons.of(org.kordamp.ikonli.materialdesign2.MaterialDesignA.ARROW_LEFT));
        back.getStyleClass().add(Styles.FLAT);
        back.setTooltip(new Tooltip("Back to the decks (Esc)"));
        back.setOnAction(e -> onBack.run());
        Label title = new Label("Browse");
        title.getStyleClass().addAll(StyleClasses.PAGE_TITLE, Styles.TITLE_2);
        search.setId("browseSearch");
        search.setPromptText("Search text, tag:name, deck:name");
        search.setTooltip(new Tooltip("Words must all appear; tag:NAME and deck:NAME narrow it down (Ctrl+F)"));
        search.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        Label count = new Label();
        count.getStyleClass().add(StyleClasses.MUTED);
        vm.rows().addListener((ListChangeListener<BrowseRow>) c -> count.setText(vm.countText()));
        HBox top = new HBox(12, back, title, search, count);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(12, 16, 12, 16));
        setTop(top);

        table.setId("browseTable");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setPlaceholder(new Label("No cards match."));
        table.getColumns().add(column("Deck", 160, BrowseRow::deck));
        table.getColumns().add(column("Front", 480, r -> firstLine(r.front())));
        table.getColumns().add(column("Kind", 90, r -> r.kind().code()));
        TableColumn<BrowseRow, String> due = column("Due", 120, BrowseView::due);
        due.setComparator(java.util.Comparator.comparing(BrowseView::sortableDue));
        table.getColumns().add(due);
        TableColumn<BrowseRow, Integer> interval = new TableColumn<>("Interval");
        interval.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().intervalDays()));
        interval.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Integer days, boolean empty) {
                super.updateItem(days, empty);
                setText(empty || days == null ? null : days == 0 ? "\u2013" : days + "d");
            }
        });
        interval.setPrefWidth(90);
        table.getColumns().add(interval);
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
            if (e.getCode() == KeyCode.ENTER && r != null) {
                e.consume();
                onEdit.accept(r.id());
            } else if (io.deckhand.ui.common.Shortcuts.BROWSE_CARD_INFO.matches(e) && r != null) {
                e.consume();
                onCardInfo.accept(r.id());
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) table.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        VBox center = new VBox(table);
        VBox.setVgrow(table, Priority.ALWAYS);
        setCenter(center);
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F && e.isShortcutDown()) {
                search.requestFocus();
                e.consume();
            }
        });
    }

    /** What the card-info key (I) opens for the selected card. */
    public void setOnCardInfo(Consumer<CardId> onCardInfo) {
        this.onCardInfo = onCardInfo;
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private static TableColumn<BrowseRow, String> column(String name, double width, Function<BrowseRow, String> value) {
        TableColumn<BrowseRow, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
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
        if (r.due() == null) return "new";
        return r.due().format(DAY);
    }

    private static LocalDate sortableDue(String shown) {
        try {
            return LocalDate.parse(shown, DAY);
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.MAX;
        }
    }
}
