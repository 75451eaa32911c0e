package io.deckhand.ui.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.exchange.ColumnRole;
import io.deckhand.app.exchange.TextPreview;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path dir;
    private TestCollection col;
    private final List<String> shown = new ArrayList<>();
    private ImportViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        vm = new ImportViewModel(col.services.exchange(), new SameThreadTaskRunner(),
                (e, unchanged) -> shown.add(e.getMessage() + " | " + unchanged), Runnable::run);
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private List<String> deckNames() throws DeckhandException {
        return col.services.study().deckTree().stream().map(DeckSummary::name).map(n -> n.value()).toList();
    }

    @Test
    void importsACsvIntoTheChosenDeckAndReports() throws Exception {
        Path csv = Files.writeString(dir.resolve("words.csv"), "pod,smallest unit\nnode,a machine\n");
        vm.files().setAll(csv);
        vm.deckProperty().set("Vocab::K8s");
        int[] imported = {0};
        vm.setOnImported(() -> imported[0]++);
        assertEquals("", vm.problemProperty().get());
        assertTrue(vm.hasTextFiles());
        assertFalse(vm.mayHoldScheduling(), "a CSV file has no scheduling to keep");

        vm.start();

        assertEquals(ImportViewModel.Phase.DONE, vm.phaseProperty().get());
        assertEquals(2, vm.reportProperty().get().added());
        assertEquals(1, imported[0]);
        assertTrue(deckNames().contains("Vocab::K8s"), deckNames().toString());
        assertEquals(List.of(), shown);

        ImportViewModel again = new ImportViewModel(col.services.exchange(), new SameThreadTaskRunner(),
                (e, u) -> shown.add(e.getMessage()), Runnable::run);
        again.files().setAll(csv);
        again.deckProperty().set("Vocab::K8s");
        again.start();
        assertEquals(0, again.reportProperty().get().added(), "the same rows are not added twice");
    }

    @Test
    void schedulingCanBeKeptOnlyFromPackagesAndDeckFiles() {
        vm.files().setAll(dir.resolve("deck.apkg"));
        assertTrue(vm.mayHoldScheduling());
        vm.files().setAll(dir.resolve("deck.json"));
        assertTrue(vm.mayHoldScheduling());
        vm.files().setAll(dir.resolve("notes.md"), dir.resolve("words.tsv"));
        assertFalse(vm.mayHoldScheduling());
    }

    @Test
    void aTextFileIsPreviewedAndImportsWithTheChosenColumns() throws Exception {
        Path csv = Files.writeString(dir.resolve("swapped.csv"),
                "answer,question,labels\nThe smallest deployable unit,What is a Pod?,k8s core\n"
                        + "A machine in the cluster,What is a Node?,k8s\n");
        vm.files().setAll(csv);
        TextPreview preview = vm.previewProperty().get();
        assertEquals(3, preview.columns());
        assertEquals(3, preview.rows().size());
        assertTrue(vm.firstRowIsHeaderProperty().get(), "column names in the first row");
        assertEquals(List.of(ColumnRole.BACK, ColumnRole.FRONT, ColumnRole.IGNORE), vm.columnRoles());

        vm.columnRoles().set(1, ColumnRole.IGNORE);
        assertTrue(vm.problemProperty().get().contains("Front"), vm.problemProperty().get());
        vm.start();
        assertEquals(ImportViewModel.Phase.OPTIONS, vm.phaseProperty().get(), "refused without a front column");

        vm.columnRoles().setAll(ColumnRole.BACK, ColumnRole.FRONT, ColumnRole.TAGS);
        assertEquals("", vm.problemProperty().get());
        vm.start();

        assertEquals(List.of(), shown);
        assertEquals(ImportViewModel.Phase.DONE, vm.phaseProperty().get());
        assertEquals(2, vm.reportProperty().get().added(), "the header row is not a card");
        var repo = new io.deckhand.storage.SqliteCardRepository(col.db, col.clock);
        var cards = col.db.read(() -> repo.byDecks(col.services.library().decks().stream()
                .map(io.deckhand.domain.deck.Deck::id).toList()));
        var pod = cards.stream().filter(c -> c.front().equals("What is a Pod?")).findFirst().orElseThrow();
        assertEquals("The smallest deployable unit", pod.back());
        assertEquals(List.of("k8s", "core"), pod.tags());
    }

    @Test
    void onlyASingleTextFileIsPreviewed() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "q,a\n");
        vm.files().setAll(a);
        assertTrue(vm.previewProperty().get() != null);
        vm.files().setAll(a, Files.writeString(dir.resolve("b.csv"), "q,a\n"));
        assertEquals(null, vm.previewProperty().get());
        assertTrue(vm.columnRoles().isEmpty());
    }

    @Test
    void unknownFilesAndEmptyDeckNamesAreRefusedBeforeStarting() throws Exception {
        assertFalse(vm.problemProperty().get().isEmpty(), "no file yet");
        vm.files().setAll(dir.resolve("notes.docx"));
        assertTrue(vm.problemProperty().get().contains("notes.docx"), vm.problemProperty().get());
        vm.files().setAll(Files.writeString(dir.resolve("a.csv"), "q,a\n"));
        vm.deckProperty().set("  ");
        assertTrue(vm.problemProperty().get().startsWith("Deck"), vm.problemProperty().get());
        vm.start();
        assertEquals(ImportViewModel.Phase.OPTIONS, vm.phaseProperty().get());
    }

    @Test
    void aBrokenFileShowsTheErrorAndLeavesTheCollectionUnchanged() throws Exception {
        long before = col.services.library().cardCount();
        vm.files().setAll(Files.write(dir.resolve("broken.apkg"), new byte[] {1, 2, 3, 4}));
        vm.start();
        assertEquals(ImportViewModel.Phase.FAILED, vm.phaseProperty().get());
        assertEquals(1, shown.size());
        assertTrue(shown.get(0).endsWith("the collection was left unchanged."), shown.get(0));
        assertEquals(before, col.services.library().cardCount());
    }

    @Test
    void cancellingStopsTheImportAndSaysNothingChanged() throws Exception {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 500; i++) rows.append("q").append(i).append(",a").append(i).append('\n');
        vm.files().setAll(Files.writeString(dir.resolve("many.csv"), rows));
        // Cancel as soon as the import reports progress (the runner is synchronous here).
        vm.progress().textProperty().addListener((o, a, b) -> {
            if (b.startsWith("Reading")) vm.cancel();
        });
        vm.start();
        assertEquals(ImportViewModel.Phase.FAILED, vm.phaseProperty().get());
        assertTrue(shown.get(0).contains("cancelled"), shown.toString());
        assertEquals(0, col.services.library().cardCount());
    }

    @Test
    void aFolderOfNotesBecomesCardsInADeckNamedAfterIt() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("CKA notes"));
        Files.writeString(vault.resolve("pods.md"), "# Pods\n\nWhat is a Pod?::The smallest deployable unit\n\n"
                + "Which command lists pods?::kubectl get pods\n");
        vm.files().setAll(vault);
        assertEquals("CKA notes", vm.deckProperty().get());
        vm.start();
        assertEquals(List.of(), shown);
        assertEquals(ImportViewModel.Phase.DONE, vm.phaseProperty().get());
        assertTrue(vm.reportProperty().get().added() >= 2, vm.reportProperty().get().toString());
        assertTrue(deckNames().stream().anyMatch(n -> n.startsWith("CKA notes")), deckNames().toString());

        ImportViewModel again = new ImportViewModel(col.services.exchange(), new SameThreadTaskRunner(),
                (e, u) -> shown.add(e.getMessage()), Runnable::run);
        again.files().setAll(vault);
        again.start();
        assertEquals(0, again.reportProperty().get().added(), "notes imported again are matched, not added twice");
    }

    @Test
    void progressReadsAsACount() {
        assertEquals("Importing notes: 412 / 1,200 notes",
                TaskProgress.describe(new io.deckhand.app.progress.Progress("Importing notes", 412, 1200, "notes")));
        assertEquals("Reading a.apkg", TaskProgress.describe(new io.deckhand.app.progress.Progress("Reading a.apkg", 0, 0, "")));
    }
}
