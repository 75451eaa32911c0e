package io.deckhand.app.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteNoteRepository;
import io.deckhand.support.TestCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing notes into a real (in-memory SQLite) collection, then again after the notes changed. */
class NotesImportServiceTest {
    @TempDir
    Path dir;

    private static final String V1 = "Service\nCluster IP\ndefault, internal access only\nNodePort\n"
            + "opens a port on every node\nLoadBalancer\nPublic cloud load balancers\n"
            + "Nodes\nkubectl cordon node1\n- marks the node unschedulable for new pods\n";
    // Lines moved, one definition reworded, one removed.
    private static final String V2 = "\n\n\nService\nCluster IP\ndefault, internal access only\nNodePort\n"
            + "opens a port on every node of the cluster\nExternalName\nuses DNS names only\n"
            + "Nodes\nkubectl cordon node1\n- marks the node unschedulable for new pods\n";

    private NotesImportService service(TestCollection col) {
        return new NotesImportService(col.db, new SqliteNoteRepository(col.db, col.clock),
                new SqliteCardRepository(col.db, col.clock), col.services.library(), col.clock, new NotesExtractService());
    }

    private static Optional<Card> cardWithFront(TestCollection col, String part) throws Exception {
        var cards = new SqliteCardRepository(col.db, col.clock);
        var decks = col.services.library().decks().stream().map(d -> d.id()).toList();
        return col.db.read(() -> cards.byDecks(decks)).stream().filter(c -> c.front().contains(part)).findFirst();
    }

    @Test
    void reimportUpdatesInPlaceAddsNewAndListsOrphans() throws Exception {
        Path note = dir.resolve("k8s.txt");
        try (TestCollection col = new TestCollection()) {
            NotesImportService svc = service(col);
            Files.writeString(note, V1);
            NotesImportReport first = svc.importNotes(List.of(note), new DeckName("K8s"), false, ProgressListener.NONE);
            assertTrue(first.added() >= 5, first.toString());
            assertEquals(0, first.updated());
            long count = col.services.library().cardCount();
            assertEquals(first.added(), count);
            Card nodePort = cardWithFront(col, "NodePort").orElseThrow();

            Files.writeString(note, V2);
            NotesImportReport dry = svc.importNotes(List.of(note), new DeckName("K8s"), true, ProgressListener.NONE);
            assertEquals(count, col.services.library().cardCount(), "a dry run changes nothing");

            NotesImportReport second = svc.importNotes(List.of(note), new DeckName("K8s"), false, ProgressListener.NONE);
            assertEquals(dry.added(), second.added());
            assertEquals(dry.updated(), second.updated());
            assertTrue(second.unchanged() >= 2, second.toString());
            assertTrue(second.updated() >= 1, second.toString());
            assertTrue(second.added() >= 1, "ExternalName is new: " + second);
            assertTrue(second.orphaned().stream().anyMatch(o -> o.front().contains("LoadBalancer")), second.toString());

            Card after = cardWithFront(col, "NodePort").orElseThrow();
            assertEquals(nodePort.id(), after.id(), "same card, so its review history stays");
            assertEquals(nodePort.scheduling(), after.scheduling());
            assertTrue(after.back().contains("of the cluster"), after.back());
            assertTrue(cardWithFront(col, "LoadBalancer").isPresent(), "orphans are listed, not deleted");

            NotesImportReport third = svc.importNotes(List.of(note), new DeckName("K8s"), false, ProgressListener.NONE);
            assertEquals(0, third.added());
            assertEquals(0, third.updated());
        }
    }

    @Test
    void similarity() {
        assertEquals(1.0, NotesImportService.similarity("a b c", "c b a"));
        assertEquals(0.5, NotesImportService.similarity("a b", "a c b d"));
    }
}
