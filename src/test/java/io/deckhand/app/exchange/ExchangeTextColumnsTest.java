package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.Deck;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.support.TestCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Column mapping chosen for a text file, on a real SQLite collection. */
class ExchangeTextColumnsTest {
    private static final ColumnRole F = ColumnRole.FRONT;
    private static final ColumnRole B = ColumnRole.BACK;
    private static final ColumnRole T = ColumnRole.TAGS;
    private static final ColumnRole D = ColumnRole.DECK;
    private static final ColumnRole I = ColumnRole.IGNORE;

    @TempDir
    Path dir;
    private final TestCollection col = new TestCollection();

    ExchangeTextColumnsTest() throws Exception {
    }

    @AfterEach
    void close() {
        col.close();
    }

    private List<Card> cards() throws Exception {
        var repo = new SqliteCardRepository(col.db, col.clock);
        List<Card> all = col.db.read(() -> repo.byDecks(col.services.library().decks().stream().map(Deck::id).toList()));
        return all.stream().sorted(Comparator.comparing(Card::front)).toList();
    }

    private ImportReport importWith(Path file, ColumnChoice choice) throws Exception {
        return col.services.exchange().importFile(file, ImportOptions.defaults().withColumns(choice), ProgressListener.NONE);
    }

    @Test
    void backFrontTagsColumnsImportAsChosen() throws Exception {
        Path csv = Files.writeString(dir.resolve("swapped.csv"),
                "The smallest deployable unit,Pod,k8s core\nA machine in the cluster,Node,k8s\n");
        TextPreview preview = col.services.exchange().previewText(csv, ImportOptions.defaults());
        assertEquals(3, preview.columns());
        assertEquals(List.of("The smallest deployable unit", "Pod", "k8s core"), preview.rows().get(0));
        assertFalse(preview.firstRowLooksLikeHeader());

        ImportReport r = importWith(csv, new ColumnChoice(List.of(B, F, T), false));

        assertEquals(2, r.added());
        List<Card> cards = cards();
        assertEquals(List.of("Node", "Pod"), cards.stream().map(Card::front).toList());
        assertEquals("The smallest deployable unit", cards.get(1).back());
        assertEquals(List.of("k8s", "core"), cards.get(1).tags());
        assertEquals(List.of("k8s"), cards.get(0).tags());
    }

    @Test
    void aHeaderRowIsSuggestedAndSkipped() throws Exception {
        Path tsv = Files.writeString(dir.resolve("quiz.tsv"),
                "Deck\tAnswer\tQuestion\nCKA\tkubectl get pods\tWhich command lists pods?\n");
        TextPreview preview = col.services.exchange().previewText(tsv, ImportOptions.defaults());
        assertTrue(preview.firstRowLooksLikeHeader());
        assertEquals(List.of(D, B, F), preview.suggested());

        ImportReport r = importWith(tsv, preview.suggestion());

        assertEquals(1, r.added());
        Card card = cards().get(0);
        assertEquals("Which command lists pods?", card.front());
        assertEquals("kubectl get pods", card.back());
        List<String> decks = col.services.library().decks().stream().map(d -> d.name().value()).toList();
        assertTrue(decks.contains("CKA"), decks.toString());
    }

    @Test
    void keepingTheHeaderRowImportsItAsACard() throws Exception {
        Path csv = Files.writeString(dir.resolve("h.csv"), "front,back\nq,a\n");
        assertEquals(2, importWith(csv, new ColumnChoice(List.of(F, B), false)).added());
    }

    @Test
    void aMappingWithoutFrontIsRefusedAndNothingChanges() throws Exception {
        Path csv = Files.writeString(dir.resolve("x.csv"), "a,b\nc,d\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> importWith(csv, new ColumnChoice(List.of(B, T), false)));
        assertTrue(e.getMessage().contains("Front"), e.getMessage());
        assertEquals(0, col.services.library().cardCount());
        assertTrue(new ColumnChoice(List.of(F, F), false).problem().orElseThrow().contains("Only one"));
        assertThrows(InvalidInputException.class, () -> importWith(csv, new ColumnChoice(List.of(F, F), false)));
        assertEquals(0, col.services.library().cardCount());
    }

    @Test
    void previewRefusesFilesThatAreNotTextTables() throws Exception {
        Path json = Files.writeString(dir.resolve("d.json"), "{}");
        assertThrows(InvalidInputException.class, () -> col.services.exchange().previewText(json, ImportOptions.defaults()));
        assertThrows(InvalidInputException.class,
                () -> col.services.exchange().previewText(dir.resolve("missing.csv"), ImportOptions.defaults()));
    }
}
