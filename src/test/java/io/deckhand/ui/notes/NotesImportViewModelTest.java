package io.deckhand.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.notes.ImportPlan;
import io.deckhand.app.notes.NotesImportResult;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.storage.RowChecksum;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import io.deckhand.ui.notes.NotesImportViewModel.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesImportViewModelTest {
    private static final String NOTE = """
            # Pods
            What is a Pod?::The smallest deployable unit in Kubernetes.

            What restarts failed containers?::The kubelet, following the restartPolicy.

            # Services
            What does a ClusterIP Service expose?::A virtual IP reachable only inside the cluster.
            """;

    @TempDir
    Path dir;
    TestCollection c;
    Path note;
    List<NotesImportResult> saved = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        c = new TestCollection();
        note = Files.writeString(dir.resolve("k8s.md"), NOTE);
    }

    @AfterEach
    void tearDown() {
        c.close();
    }

    private NotesImportViewModel started() {
        NotesImportViewModel vm = new NotesImportViewModel(c.services.notes(), new SameThreadTaskRunner(),
                Runnable::run, List.of(dir), null, false);
        vm.setOnSaved(saved::add);
        vm.start();
        return vm;
    }

    @Test
    void showsProposalsWithoutTouchingTheCollectionUntilConfirm() throws Exception {
        String before = RowChecksum.of(c.db);
        NotesImportViewModel vm = started();
        assertEquals(Phase.REVIEW, vm.phaseProperty().get());
        assertEquals(3, vm.items().size());
        assertEquals("k8s.md", vm.items().get(0).file());
        assertEquals("Pods", vm.items().get(0).heading());
        assertTrue(vm.summaryProperty().get().startsWith("3 to add, 0 to update"), vm.summaryProperty().get());
        assertTrue(vm.canConfirmProperty().get());
        assertTrue(vm.progressTextProperty().get().startsWith("Reading k8s.md"), vm.progressTextProperty().get());
        assertEquals(before, RowChecksum.of(c.db));

        vm.items().get(1).selectedProperty().set(false);
        vm.items().get(0).backProperty().set("The smallest deployable unit: one or more containers.");
        vm.targetDeckProperty().set("CKA::Pods");
        assertTrue(vm.summaryProperty().get().contains("2 to add") && vm.summaryProperty().get().contains("1 left out"),
                vm.summaryProperty().get());
        assertEquals(before, RowChecksum.of(c.db));

        vm.confirm();
        assertEquals(Phase.DONE, vm.phaseProperty().get());
        assertEquals(1, saved.size());
        assertEquals(2, saved.get(0).added());
        assertEquals(1, saved.get(0).leftOut());
        assertEquals(2, c.services.library().cardCount());
        assertTrue(c.services.library().decks().stream().anyMatch(d -> d.name().value().equals("CKA::Pods")));
    }

    @Test
    void blankSideOrBadDeckBlocksConfirm() {
        NotesImportViewModel vm = started();
        vm.items().get(0).frontProperty().set("  ");
        assertFalse(vm.canConfirmProperty().get());
        assertTrue(vm.summaryProperty().get().contains("empty side"), vm.summaryProperty().get());
        vm.items().get(0).selectedProperty().set(false);
        assertTrue(vm.canConfirmProperty().get());
        vm.targetDeckProperty().set(" :: ");
        assertFalse(vm.canConfirmProperty().get());
    }

    @Test
    void reImportShowsUpdatesAndOrphansWithKeepOrDelete() throws Exception {
        started().confirm();
        String withoutServices = NOTE.substring(0, NOTE.indexOf("# Services"));
        Files.writeString(note, withoutServices.replace("The smallest deployable unit in Kubernetes.",
                "The smallest deployable unit in Kubernetes: containers that share a network."));
        NotesImportViewModel vm = started();
        assertEquals(1, vm.items().size());
        assertEquals(ImportPlan.Action.UPDATE, vm.items().get(0).planned().action());
        assertEquals(1, vm.orphans().size());
        String summary = vm.summaryProperty().get();
        assertTrue(summary.contains("1 to update") && summary.contains("1 already up to date")
                && summary.contains("1 no longer in the notes (0 to delete)"), summary);
        vm.orphans().get(0).deleteProperty().set(true);
        assertTrue(vm.summaryProperty().get().contains("(1 to delete)"));
        vm.confirm();
        assertEquals(Phase.DONE, vm.phaseProperty().get());
        assertEquals(1, saved.get(1).updated());
        assertEquals(1, saved.get(1).orphansDeleted());
        assertEquals(2, c.services.library().cardCount());
    }

    @Test
    void cancelWhileReviewingSavesNothing() throws Exception {
        String before = RowChecksum.of(c.db);
        NotesImportViewModel vm = started();
        vm.cancel();
        assertEquals(Phase.CANCELLED, vm.phaseProperty().get());
        assertFalse(vm.canConfirmProperty().get());
        vm.confirm();
        assertEquals(before, RowChecksum.of(c.db));
        assertTrue(saved.isEmpty());
    }

    @Test
    void cancelDuringExtractionEndsCancelled() throws Exception {
        String before = RowChecksum.of(c.db);
        NotesImportViewModel[] holder = new NotesImportViewModel[1];
        // The task runner cancels before running the work, as a user pressing Cancel mid-way would.
        NotesImportViewModel vm = new NotesImportViewModel(c.services.notes(), new io.deckhand.ui.common.TaskRunner() {
            @Override
            public <T> void run(Work<T> work, java.util.function.Consumer<? super T> ok,
                                java.util.function.Consumer<io.deckhand.app.error.DeckhandException> failed) {
                holder[0].cancel();
                new SameThreadTaskRunner().run(work, ok, failed);
            }
        }, Runnable::run, List.of(dir), null, false);
        holder[0] = vm;
        vm.start();
        assertEquals(Phase.CANCELLED, vm.phaseProperty().get());
        assertTrue(vm.messageProperty().get().contains("Nothing was imported"), vm.messageProperty().get());
        assertEquals(before, RowChecksum.of(c.db));
    }

    @Test
    void aNoteWithATooLongTableIsShownAsReadInPartNotSkipped() throws Exception {
        StringBuilder table = new StringBuilder("\n| Resource | Short name |\n|---|---|\n");
        for (int r = 0; r < io.deckhand.domain.note.LongTables.MAX_ROWS + 1; r++) {
            table.append("| resource").append(r).append(" | r").append(r).append(" |\n");
        }
        Files.writeString(note, NOTE + table);
        NotesImportViewModel vm = started();
        String summary = vm.summaryProperty().get();
        assertTrue(summary.contains("1 note read in part") && !summary.contains("skipped"), summary);
        assertEquals(1, vm.skipped().size());
        assertTrue(vm.skipped().get(0).contains("1,001 rows; cards were made from the first 1,000 only"), vm.skipped().get(0));
    }
}
