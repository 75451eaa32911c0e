package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Import of Markdown notes reads them as the notes importer does: the vault's Obsidian SR settings and schedule comments. */
class NotesFileImportTest {
    private static final String NOTE = """
            #cards/k8s
            What restarts failed containers?;;The kubelet
            <!--SR:!2026-03-05,3,250-->

            kubectl cordon;;;Marks a node unschedulable
            """;

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));
    private Database db;
    private AppServices services;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(dir.resolve("c.sqlite"));
        services = Bootstrap.wire(db, clock, dir.resolve("media"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path vaultWithSettings() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("pods.md"), NOTE);
        Path settings = vault.resolve(".obsidian/plugins/obsidian-spaced-repetition/data.json");
        Files.createDirectories(settings.getParent());
        Files.writeString(settings, """
                {"settings": {"singleLineCardSeparator": ";;", "singleLineReversedCardSeparator": ";;;",
                 "flashcardTags": ["#cards"]}}
                """);
        return vault;
    }

    private List<Card> cards() throws Exception {
        var repo = new SqliteCardRepository(db, clock);
        var decks = services.library().decks().stream().map(Deck::id).toList();
        return db.read(() -> repo.byDecks(decks));
    }

    @Test
    void aNoteFileInAnObsidianSrVaultIsReadWithTheVaultsSettingsAndSchedule() throws Exception {
        Path note = vaultWithSettings().resolve("pods.md");
        ImportReport r = services.exchange().importFile(note, ImportOptions.defaults(), ProgressListener.NONE);
        assertEquals(3, r.cards(), r.toString());
        List<Card> cards = cards();
        Card kubelet = cards.stream().filter(c -> c.front().contains("What restarts failed containers?")).findFirst()
                .orElseThrow(() -> new AssertionError(cards.toString()));
        assertEquals("The kubelet", kubelet.back().strip());
        assertEquals(CardState.REVIEW, kubelet.scheduling().state(), "the schedule comment is the card's review state");
        assertEquals(3, kubelet.scheduling().scheduledDays());
        assertEquals("2026-03-05", kubelet.scheduling().due().atZone(clock.getZone()).toLocalDate().toString());
        // the reversed card's two sides are one note with two cards
        Set<Object> notesOfCordon = cards.stream().filter(c -> c.front().contains("kubectl cordon")
                || c.back().contains("kubectl cordon")).map(Card::noteId).collect(Collectors.toSet());
        assertEquals(1, notesOfCordon.size(), cards.toString());
        assertEquals(2, cards.stream().filter(c -> notesOfCordon.contains(c.noteId())).count());
    }

    @Test
    void aFolderIsReadTheSameWayAndReimportChangesNothing() throws Exception {
        Path vault = vaultWithSettings();
        services.exchange().importFile(vault, ImportOptions.defaults(), ProgressListener.NONE);
        List<Card> first = cards();
        assertEquals(3, first.size(), first.toString());
        ImportReport again = services.exchange().importFile(vault, ImportOptions.defaults(), ProgressListener.NONE);
        assertEquals(0, again.added(), again.toString());
        assertEquals(0, again.updated(), again.toString());
        assertEquals(first, cards());
    }
}
