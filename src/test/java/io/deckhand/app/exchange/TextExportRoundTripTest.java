package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deckhand → CSV → Deckhand on real SQLite files: the file is what stock Anki's text importer takes
 * (its note type names and headers), and cards whose sides span lines, paragraphs and lists come back
 * with the same text.
 */
class TextExportRoundTripTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final List<String[]> CARDS = List.of(
            new String[] {"What is a Pod?", "The smallest deployable unit.\n\nIt holds one or more containers."},
            new String[] {"Which fields does a Service need?", "- selector\n- ports"},
            new String[] {"Name the **two** probes", "liveness and `readiness`"},
            new String[] {"Which objects\nrun containers?", "Pods, run by the kubelet\non each node.\n\nNothing else."});

    @TempDir
    Path dir;

    private AppServices open(Database db) throws Exception {
        return Bootstrap.wire(db, new MutableClock(NOW), dir.resolve("media"));
    }

    private static List<Card> cards(Database db, AppServices s) throws Exception {
        var repo = new SqliteCardRepository(db, new MutableClock(NOW));
        List<Card> all = db.read(() -> repo.byDecks(s.library().decks().stream().map(Deck::id).toList()));
        return all.stream().sorted(Comparator.comparing(Card::front)).toList();
    }

    @Test
    void csvExportReadsBackToTheSameCards() throws Exception {
        Path csv = dir.resolve("k8s.csv");
        List<Card> before;
        try (Database a = Database.open(dir.resolve("a.sqlite"))) {
            AppServices s = open(a);
            for (String[] c : CARDS) s.library().addCard(new DeckName("K8s::Core"), c[0], c[1], List.of("cka"));
            s.exchange().exportDeck(new DeckName("K8s"), ExchangeFormat.CSV, csv, false,
                    ProgressListener.NONE);
            before = cards(a, s);
        }
        String text = Files.readString(csv);
        List<String> lines = text.lines().toList();
        assertEquals("#separator:tab", lines.get(0));
        assertEquals("#html:true", lines.get(1));
        assertEquals("#columns:GUID\tNotetype\tDeck\tFront\tBack\tTags", lines.get(2));
        assertEquals("#tags column:6", lines.get(6), text);
        var rows = org.apache.commons.csv.CSVFormat.TDF.builder().setCommentMarker('#').build()
                .parse(new java.io.StringReader(text)).getRecords();
        assertEquals(CARDS.size(), rows.size(), text);
        for (var row : rows) {
            assertEquals(6, row.size(), row.toString());
            assertEquals("Basic", row.get(1), "only Anki's own note type names: " + row);
            assertEquals("K8s::Core", row.get(2), row.toString());
            assertEquals("cka", row.get(5).strip(), row.toString());
        }
        try (Database b = Database.open(dir.resolve("b.sqlite"))) {
            AppServices s = open(b);
            s.exchange().importFile(csv, ImportOptions.defaults(), ProgressListener.NONE);
            List<Card> after = cards(b, s);
            assertEquals(before.size(), after.size());
            for (int i = 0; i < before.size(); i++) {
                assertEquals(before.get(i).front(), after.get(i).front());
                assertEquals(before.get(i).back(), after.get(i).back(), "back of " + before.get(i).front());
                assertEquals(List.of("cka"), after.get(i).tags());
            }
            assertEquals(List.of("K8s", "K8s::Core"), s.library().decks().stream().map(d -> d.name().value()).sorted().toList());
        }
    }
}
