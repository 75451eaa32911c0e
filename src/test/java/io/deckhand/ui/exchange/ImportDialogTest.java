package io.deckhand.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.exchange.ColumnRole;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.FxTaskRunner;
import io.deckhand.ui.deck.DeckListViewModel;
import io.deckhand.ui.deck.DeckTreeView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Imports a small CSV through the real dialog, off the FX thread, and sees the new deck in the deck tree. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ImportDialogTest {
    @TempDir
    Path dir;
    private final FxRobot robot = new FxRobot();
    private TestCollection col;
    private FxTaskRunner tasks;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (tasks != null) tasks.close();
        if (col != null) col.close();
    }

    @Test
    void aCsvImportedThroughTheDialogShowsItsReportAndItsDeck() throws Exception {
        col = new TestCollection();
        tasks = new FxTaskRunner();
        Path csv = Files.writeString(dir.resolve("ports.csv"),
                "Which port does the API server listen on?,6443\nWhich port does etcd serve clients on?,2379\n"
                        + "Which port does the kubelet API use?,10250\n");
        DeckListViewModel decks = new DeckListViewModel(col.services.study(), tasks,
                (e, u) -> { throw new AssertionError(e.getMessage()); });
        ImportViewModel vm = new ImportViewModel(col.services.exchange(), tasks,
                (e, u) -> { throw new AssertionError(e.getMessage()); }, Platform::runLater);
        vm.setOnImported(decks::refresh);
        vm.files().setAll(csv);
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new DeckTreeView(decks), 400, 300));
            stage.show();
            new ImportDialog(vm, stage).show();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importDeck").tryQuery().isPresent());

        TextField deck = robot.lookup("#importDeck").queryAs(TextField.class);
        robot.clickOn(deck).eraseText(deck.getText().length()).write("CKA::Ports");
        robot.clickOn("#importStart");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importReport").tryQuery().isPresent());
        assertEquals(3, vm.reportProperty().get().added());
        List<String> stats = robot.lookup("#importReport .dh-stat-value").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals("3", stats.get(0), "added shown first");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> decks.decks().stream().map(DeckSummary::name).anyMatch(n -> n.value().equals("CKA::Ports")));
        assertTrue(decks.decks().stream().anyMatch(d -> d.name().value().equals("CKA")), "parent deck listed too");

        robot.clickOn("#importClose");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#importReport").tryQuery().isEmpty());
        assertEquals(List.of(), robot.listWindows().stream().filter(w -> w instanceof Stage s && "Import".equals(s.getTitle())).toList());
    }

    @Test
    void columnsAreChosenInTheDialogBeforeImporting() throws Exception {
        col = new TestCollection();
        tasks = new FxTaskRunner();
        Path csv = Files.writeString(dir.resolve("ports.csv"),
                "port,question\n6443,Which port does the API server listen on?\n2379,Which port does etcd serve clients on?\n");
        ImportViewModel vm = new ImportViewModel(col.services.exchange(), tasks,
                (e, u) -> { throw new AssertionError(e.getMessage()); }, Platform::runLater);
        vm.files().setAll(csv);
        FxToolkit.setupStage(stage -> new ImportDialog(vm, stage).show());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importColumn1").tryQuery().isPresent());

        assertTrue(robot.lookup("#importHeaderRow").queryAs(CheckBox.class).isSelected(), "column names in the first row");
        @SuppressWarnings("unchecked")
        ChoiceBox<ColumnRole> first = robot.lookup("#importColumn0").queryAs(ChoiceBox.class);
        assertEquals(ColumnRole.IGNORE, first.getValue());
        robot.interact(() -> first.setValue(ColumnRole.BACK));
        assertEquals(List.of(ColumnRole.BACK, ColumnRole.FRONT), List.copyOf(vm.columnRoles()));
        robot.clickOn("#importStart");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#importReport").tryQuery().isPresent());
        assertEquals(2, vm.reportProperty().get().added());
        var repo = new io.deckhand.storage.SqliteCardRepository(col.db, col.clock);
        var backs = col.db.read(() -> repo.byDecks(col.services.library().decks().stream()
                .map(io.deckhand.domain.deck.Deck::id).toList())).stream().map(c -> c.back()).sorted().toList();
        assertEquals(List.of("2379", "6443"), backs);
    }
}
