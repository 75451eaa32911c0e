package io.deckhand.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.exchange.ExchangeFormat;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir
    Path dir;
    private TestCollection col;

    @AfterEach
    void tearDown() {
        if (col != null) col.close();
    }

    @Test
    void exportsTheDeckWithSubDecksToTheChosenFile() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s"), "Q1", "A1", List.of());
        col.services.library().addCard(new DeckName("K8s::Storage"), "Q2", "A2", List.of());
        col.services.library().addCard(new DeckName("Other"), "Q3", "A3", List.of());
        List<String> errors = new ArrayList<>();
        ExportViewModel vm = new ExportViewModel(col.services.exchange(), new SameThreadTaskRunner(),
                (e, u) -> errors.add(e.getMessage()), Runnable::run, List.of("K8s", "K8s::Storage", "Other"), "K8s");
        assertEquals("Choose where to save the file.", vm.problemProperty().get());
        vm.formatProperty().set(ExchangeFormat.JSON);
        assertEquals("K8s.json", vm.suggestedFileName());
        vm.fileProperty().set(dir.resolve("out.apkg"));
        vm.formatProperty().set(ExchangeFormat.CSV);
        assertEquals(dir.resolve("out.csv"), vm.fileProperty().get(), "the extension follows the format");

        vm.start();

        assertEquals(List.of(), errors);
        assertEquals(ExportViewModel.Phase.DONE, vm.phaseProperty().get());
        assertEquals(2, vm.summaryProperty().get().cards());
        String text = Files.readString(dir.resolve("out.csv"));
        assertTrue(text.contains("Q2") && !text.contains("Q3"), text);
    }

    @Test
    void supportingOlderAnkiWritesTheLegacyLayout() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s"), "Q1", "A1", List.of());
        List<String> errors = new ArrayList<>();
        ExportViewModel vm = new ExportViewModel(col.services.exchange(), new SameThreadTaskRunner(),
                (e, u) -> errors.add(e.getMessage()), Runnable::run, List.of("K8s"), "K8s");
        assertFalse(vm.olderAnkiProperty().get(), "the current layout is the default, as in Anki");
        vm.fileProperty().set(dir.resolve("current.apkg"));
        vm.start();
        vm.olderAnkiProperty().set(true);
        vm.fileProperty().set(dir.resolve("older.apkg"));
        vm.start();

        assertEquals(List.of(), errors);
        try (var current = new java.util.zip.ZipFile(dir.resolve("current.apkg").toFile());
             var older = new java.util.zip.ZipFile(dir.resolve("older.apkg").toFile())) {
            assertTrue(current.getEntry("meta") != null && current.getEntry("collection.anki21b") != null);
            assertTrue(older.getEntry("meta") == null && older.getEntry("collection.anki21b") == null
                    && older.getEntry("collection.anki2") != null);
        }
    }
}
