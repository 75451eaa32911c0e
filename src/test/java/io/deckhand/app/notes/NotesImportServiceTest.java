package io.deckhand.app.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.CancelledException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.RowChecksum;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.TestCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotesImportServiceTest {
    private static final String NOTE = """
            # Pods

            What is a Pod?::The smallest deployable unit in Kubernetes, one or more containers sharing network and storage.

            Which command lists pods in all namespaces?::kubectl get pods --all-namespaces

            # Services

            What does a ClusterIP Service expose?::A stable virtual IP reachable only inside the cluster.

            What does a NodePort Service expose?::A port on every node that forwards to the Service.
            """;

    @TempDir
    Path dir;
    TestCollection c;
    NotesImportService service;
    Path note;

    @BeforeEach
    void setUp() throws Exception {
        c = new TestCollection();
        service = c.services.notes();
        note = dir.resolve("k8s.md");
        Files.writeString(note, NOTE);
    }

    @AfterEach
    void tearDown() {
        c.close();
    }

    private ImportPlan plan() throws Exception {
        return service.plan(List.of(dir), ProgressListener.NONE);
    }

    private NotesImportResult importAll() throws Exception {
        ImportPlan p = plan();
        return service.apply(p, ImportChoices.all(p, new DeckName("Notes")), ProgressListener.NONE);
    }

    private Map<String, ImportPlan.Action> actions(ImportPlan p) {
        Map<String, ImportPlan.Action> out = new HashMap<>();
        for (ImportPlan.PlannedCard pc : p.cards()) out.put(pc.draft().front(), pc.action());
        return out;
    }

    @Test
    void firstImportAddsEverythingAndASecondFindsItUnchanged() throws Exception {
        NotesImportResult first = importAll();
        assertEquals(4, first.added());
        assertEquals(4, c.services.library().cardCount());
        ImportPlan again = plan();
        assertEquals(4, again.count(ImportPlan.Action.UNCHANGED));
        assertEquals(0, again.count(ImportPlan.Action.ADD) + again.count(ImportPlan.Action.UPDATE));
        assertTrue(again.orphans().isEmpty());
    }

    @Test
    void editedCardIsUpdatedInPlaceAndKeepsItsReviewLog() throws Exception {
        importAll();
        ImportPlan.PlannedCard pod = plan().cards().stream()
                .filter(pc -> pc.draft().front().equals("What is a Pod?")).findFirst().orElseThrow();
        c.services.study().answer(pod.card(), Rating.GOOD, Duration.ofSeconds(3));
        var before = c.services.library().card(pod.card());
        var log = new SqliteReviewLogRepository(c.db);
        assertEquals(1, c.db.read(() -> log.forCard(pod.card())).size());

        Files.writeString(note, NOTE.replace("one or more containers sharing network and storage",
                "one or more containers that share a network namespace and storage volumes"));
        ImportPlan p = plan();
        ImportPlan.PlannedCard changed = p.cards().stream().filter(pc -> pc.action() == ImportPlan.Action.UPDATE)
                .findFirst().orElseThrow();
        assertEquals(1, p.count(ImportPlan.Action.UPDATE));
        assertEquals(3, p.count(ImportPlan.Action.UNCHANGED));
        assertEquals(pod.card(), changed.card());
        assertTrue(changed.reason().contains("changed"), changed.reason());

        NotesImportResult r = service.apply(p, ImportChoices.all(p, new DeckName("Notes")), ProgressListener.NONE);
        assertEquals(1, r.updated());
        var after = c.services.library().card(pod.card());
        assertTrue(after.back().contains("network namespace"));
        assertEquals(before.scheduling(), after.scheduling());
        assertEquals(1, c.db.read(() -> log.forCard(pod.card())).size());
        assertEquals(4, c.services.library().cardCount());
    }

    @Test
    void rewordedQuestionIsMatchedBySimilarity() throws Exception {
        importAll();
        ImportPlan.PlannedCard svc = plan().cards().stream()
                .filter(pc -> pc.draft().front().startsWith("What does a ClusterIP")).findFirst().orElseThrow();
        Files.writeString(note, NOTE.replace("What does a ClusterIP Service expose?",
                "What does a Service of type ClusterIP expose?"));
        ImportPlan p = plan();
        assertEquals(1, p.count(ImportPlan.Action.UPDATE));
        assertEquals(0, p.count(ImportPlan.Action.ADD));
        assertTrue(p.orphans().isEmpty());
        ImportPlan.PlannedCard u = p.cards().stream().filter(pc -> pc.action() == ImportPlan.Action.UPDATE)
                .findFirst().orElseThrow();
        assertEquals(svc.card(), u.card());
        assertTrue(u.reason().contains("% of words kept"), u.reason());
        service.apply(p, ImportChoices.all(p, new DeckName("Notes")), ProgressListener.NONE);
        // Next time the new key matches directly.
        assertEquals(4, plan().count(ImportPlan.Action.UNCHANGED));
    }

    @Test
    void movedLinesAreUnchanged() throws Exception {
        importAll();
        String moved = "Some intro text that pushes everything down.\n\n\n" + NOTE.replace(
                "What does a ClusterIP Service expose?::A stable virtual IP reachable only inside the cluster.\n\n"
                        + "What does a NodePort Service expose?::A port on every node that forwards to the Service.",
                "What does a NodePort Service expose?::A port on every node that forwards to the Service.\n\n"
                        + "What does a ClusterIP Service expose?::A stable virtual IP reachable only inside the cluster.");
        assertNotEquals(NOTE, moved);
        Files.writeString(note, moved);
        ImportPlan p = plan();
        assertEquals(4, p.count(ImportPlan.Action.UNCHANGED), actions(p).toString());
        assertTrue(p.orphans().isEmpty());
    }

    @Test
    void removedSectionIsListedAsOrphanAndOnlyDeletedWhenChosen() throws Exception {
        importAll();
        Files.writeString(note, NOTE.substring(0, NOTE.indexOf("# Services")));
        ImportPlan p = plan();
        assertEquals(2, p.orphans().size());
        assertEquals(Set.of("Services"), p.orphans().stream().map(ImportPlan.Orphan::heading).collect(Collectors.toSet()));
        NotesImportResult kept = service.apply(p, ImportChoices.all(p, new DeckName("Notes")), ProgressListener.NONE);
        assertEquals(2, kept.orphansKept());
        assertEquals(4, c.services.library().cardCount());

        ImportPlan p2 = plan();
        ImportChoices deleteOne = new ImportChoices(Set.of(), Map.of(), new DeckName("Notes"),
                Set.of(p2.orphans().get(0).note()));
        NotesImportResult r = service.apply(p2, deleteOne, ProgressListener.NONE);
        assertEquals(1, r.orphansDeleted());
        assertEquals(3, c.services.library().cardCount());
    }

    @Test
    void deletedFileOrphansItsCards() throws Exception {
        importAll();
        Files.delete(note);
        ImportPlan p = plan();
        assertEquals(4, p.orphans().size());
        assertTrue(p.orphans().get(0).reason().contains("gone"));
    }

    @Test
    void unselectedAndEditedDraftsAreRespected() throws Exception {
        ImportPlan p = plan();
        ImportPlan.PlannedCard first = p.cards().get(0);
        ImportPlan.PlannedCard second = p.cards().get(1);
        ImportChoices choices = new ImportChoices(Set.of(first.key()),
                Map.of(first.key(), first.draft().withText("What is a Pod? (edited)", "A group of containers.")),
                new DeckName("Mine::Pods"), Set.of());
        NotesImportResult r = service.apply(p, choices, ProgressListener.NONE);
        assertEquals(1, r.added());
        assertEquals(3, r.leftOut());
        assertEquals(1, c.services.library().cardCount());
        assertTrue(c.services.library().decks().stream().anyMatch(d -> d.name().value().equals("Mine::Pods")));
        // The edit was made in Deckhand, the notes still say the same: nothing to update.
        ImportPlan again = plan();
        assertEquals(1, again.count(ImportPlan.Action.UNCHANGED));
        assertEquals(3, again.count(ImportPlan.Action.ADD));
        assertTrue(again.cards().stream().anyMatch(pc -> pc.key().equals(second.key())));
    }

    @Test
    void cancelledImportLeavesTheCollectionUnchanged() throws Exception {
        importAll();
        Files.writeString(note, NOTE.replace("kubectl get pods --all-namespaces", "kubectl get pods -A")
                + "\nWhat is a ReplicaSet?::A controller that keeps a set number of Pods running.\n");
        String before = RowChecksum.of(c.db);
        ImportPlan p = plan();
        assertEquals(before, RowChecksum.of(c.db), "planning changes nothing");
        ProgressListener cancelAfterTwo = new ProgressListener() {
            int reports;

            @Override
            public void report(Progress progress) {
                reports++;
            }

            @Override
            public boolean isCancelled() {
                return reports >= 3;
            }
        };
        assertThrows(CancelledException.class,
                () -> service.apply(p, ImportChoices.all(p, new DeckName("Notes")), cancelAfterTwo));
        assertEquals(before, RowChecksum.of(c.db));
        assertEquals(4, c.services.library().cardCount());
    }

    @Test
    void failureHalfwayLeavesTheCollectionUnchanged() throws Exception {
        ImportPlan p = plan();
        String before = RowChecksum.of(c.db);
        ImportPlan.PlannedCard last = p.cards().get(p.cards().size() - 1);
        ImportChoices choices = new ImportChoices(
                p.cards().stream().map(ImportPlan.PlannedCard::key).collect(Collectors.toSet()),
                Map.of(last.key(), last.draft().withText(last.draft().front(), "  ")), new DeckName("Notes"), Set.of());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.apply(p, choices, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("empty back"), e.getMessage());
        assertEquals(before, RowChecksum.of(c.db));
        assertEquals(0, c.services.library().cardCount());
    }

    @Test
    void singleFileImportDoesNotOrphanItsNeighbours() throws Exception {
        Path other = dir.resolve("other.md");
        Files.writeString(other, "What is etcd?::The key-value store that holds the cluster state.\n");
        importAll();
        ImportPlan p = service.plan(List.of(note), ProgressListener.NONE);
        assertEquals(4, p.count(ImportPlan.Action.UNCHANGED));
        assertTrue(p.orphans().isEmpty());
    }

    @Test
    void movedVaultKeepsItsCardsAndTheirReviews() throws Exception {
        Path vault = dir.resolve("vault");
        Files.createDirectories(vault.resolve("k8s"));
        Files.writeString(vault.resolve("k8s/pods.md"), NOTE);
        ImportPlan first = service.plan(List.of(vault), ProgressListener.NONE);
        service.apply(first, ImportChoices.all(first, new DeckName("Notes")), ProgressListener.NONE);
        var pod = service.plan(List.of(vault), ProgressListener.NONE).cards().stream()
                .filter(pc -> pc.draft().front().equals("What is a Pod?")).findFirst().orElseThrow();
        c.services.study().answer(pod.card(), Rating.GOOD, Duration.ofSeconds(3));
        var reviewed = c.services.library().card(pod.card()).scheduling();

        Path moved = dir.resolve("elsewhere/vault");
        Files.createDirectories(moved.getParent());
        Files.move(vault, moved);
        ImportPlan p = service.plan(List.of(moved), ProgressListener.NONE);
        assertEquals(4, p.count(ImportPlan.Action.UNCHANGED), actions(p).toString());
        assertEquals(0, p.count(ImportPlan.Action.ADD));
        assertTrue(p.orphans().isEmpty());
        service.apply(p, ImportChoices.all(p, new DeckName("Notes")), ProgressListener.NONE);
        assertEquals(4, c.services.library().cardCount());
        assertEquals(reviewed, c.services.library().card(pod.card()).scheduling());
        // The cards now belong to the new place: importing it once more changes nothing.
        ImportPlan again = service.plan(List.of(moved), ProgressListener.NONE);
        assertEquals(4, again.count(ImportPlan.Action.UNCHANGED));
        assertTrue(again.orphans().isEmpty());
    }

    @Test
    void noteRenamedInsideTheVaultKeepsItsCards() throws Exception {
        importAll();
        Set<Object> before = plan().cards().stream().map(ImportPlan.PlannedCard::card).collect(Collectors.toSet());
        Files.createDirectories(dir.resolve("kubernetes"));
        Files.move(note, dir.resolve("kubernetes/workloads.md"));
        ImportPlan p = plan();
        assertEquals(4, p.count(ImportPlan.Action.UNCHANGED), actions(p).toString());
        assertTrue(p.orphans().isEmpty());
        assertEquals(before, p.cards().stream().map(ImportPlan.PlannedCard::card).collect(Collectors.toSet()));
    }

    @Test
    void secondCopyOfAVaultGetsCardsOfItsOwn() throws Exception {
        importAll();
        Path copy = dir.resolveSibling(dir.getFileName() + "-copy");
        Files.createDirectories(copy);
        Files.writeString(copy.resolve("k8s.md"), NOTE);
        try {
            ImportPlan p = service.plan(List.of(copy), ProgressListener.NONE);
            assertEquals(4, p.count(ImportPlan.Action.ADD));
            service.apply(p, ImportChoices.all(p, new DeckName("Copy")), ProgressListener.NONE);
            assertEquals(8, c.services.library().cardCount());
            assertEquals(4, plan().count(ImportPlan.Action.UNCHANGED));
            assertEquals(4, service.plan(List.of(copy), ProgressListener.NONE).count(ImportPlan.Action.UNCHANGED));
        } finally {
            Files.delete(copy.resolve("k8s.md"));
            Files.delete(copy);
        }
    }

    @Test
    void notesOfABundledDeckResyncWithTheDeckInsteadOfAddingBesideIt() throws Exception {
        String text = NOTE + "\n# Nodes\n\nkubectl cordon node-1\nMarks the node unschedulable.\n";
        Files.writeString(note, text);
        var deck = new NotesDeckBuilder(new io.deckhand.notes.NoteParser()).build("Kubernetes", "", "k8s.md", text,
                List.of());
        c.db.inTransaction(() -> c.services.library().addEntries(deck));
        long bundled = c.services.library().cardCount();
        assertTrue(bundled >= 4, "cards: " + bundled);

        ImportPlan p = service.plan(List.of(note), ProgressListener.NONE);
        assertEquals(bundled, p.count(ImportPlan.Action.UNCHANGED), actions(p).toString());
        assertEquals(0, p.count(ImportPlan.Action.ADD));
        service.apply(p, ImportChoices.all(p, new DeckName("Notes")), ProgressListener.NONE);
        assertEquals(bundled, c.services.library().cardCount());
    }

    /**
     * A note with a table past the row limit is read in part: the preview says so, and its cards are still
     * compared (a card gone from the note is offered as an orphan, as for any note that was read).
     */
    @Test
    void aNoteWithATooLongTableIsReadInPartNotSkipped() throws Exception {
        importAll();
        StringBuilder table = new StringBuilder("\n\n| Resource | Short name |\n|---|---|\n");
        for (int r = 0; r < io.deckhand.domain.note.LongTables.MAX_ROWS + 10; r++) {
            table.append("| resource").append(r).append(" | r").append(r).append(" |\n");
        }
        String withoutNodePort = NOTE.substring(0, NOTE.indexOf("What does a NodePort"));
        Files.writeString(note, withoutNodePort + table);

        ImportPlan p = plan();
        assertEquals(1, p.skipped().size(), p.skipped().toString());
        SkippedNote notice = p.skipped().get(0);
        assertTrue(notice.partlyRead());
        assertTrue(notice.message().contains("1,010 rows") && notice.message().contains("first 1,000"), notice.message());
        assertEquals(1, p.orphans().size(), "the card whose text left the note: " + p.orphans());
        assertTrue(p.orphans().get(0).front().contains("NodePort"), p.orphans().get(0).front());
    }
}
