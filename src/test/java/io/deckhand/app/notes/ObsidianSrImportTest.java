package io.deckhand.app.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.note.ObsidianSrSettings;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.notes.ObsidianSrSettingsFile;
import io.deckhand.support.TestCollection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing an Obsidian SR vault into a real (in-memory SQLite) collection: profile, re-sync, schedules. */
class ObsidianSrImportTest {
    private static final ObsidianSrSettings END_MARKER = new ObsidianSrSettings(";;", ";;;", "?", "??", "+++",
            List.of(ObsidianSrSettings.HIGHLIGHT_CLOZE), List.of("#cards"), false);

    @TempDir
    Path vault;
    TestCollection c;
    NotesImportService service;

    @BeforeEach
    void setUp() throws Exception {
        c = new TestCollection();
        service = c.services.notes();
    }

    @AfterEach
    void tearDown() {
        c.close();
    }

    private List<Card> importWith(NotesReading reading) throws Exception {
        ImportPlan p = service.plan(List.of(vault), reading, ProgressListener.NONE);
        service.apply(p, ImportChoices.all(p, new DeckName("Notes")), ProgressListener.NONE);
        return savedCards(reading);
    }

    /** The saved cards, found through a second plan of the same notes (every card is then unchanged). */
    private List<Card> savedCards(NotesReading reading) throws Exception {
        List<Card> out = new java.util.ArrayList<>();
        for (ImportPlan.PlannedCard pc : service.plan(List.of(vault), reading, ProgressListener.NONE).cards()) {
            assertEquals(ImportPlan.Action.UNCHANGED, pc.action());
            out.add(c.services.library().card(pc.card()));
        }
        return out;
    }

    @Test
    void theProfileIsUsedAndTheResyncKeepsUsingIt() throws Exception {
        Path note = vault.resolve("k8s.md");
        Files.writeString(note, """
                #cards/k8s
                What does a Service do?;;Gives pods a stable address

                What are the phases of a Pod?
                ?
                Pending, Running

                Succeeded, Failed
                +++
                """);
        List<Card> first = importWith(NotesReading.obsidianSr(END_MARKER));
        assertEquals(2, first.size(), first.toString());
        assertTrue(first.stream().noneMatch(card -> card.back().contains("+++")));
        // The note changes; the re-sync asks for nothing and reads it with the same profile.
        Files.writeString(note, Files.readString(note) + "\nWhat is a Node?;;A worker machine\n");
        ImportPlan again = service.plan(List.of(vault), ProgressListener.NONE);
        assertEquals(NotesReading.obsidianSr(END_MARKER), again.readings().values().iterator().next());
        assertEquals(1, again.cards().stream().filter(pc -> pc.action() == ImportPlan.Action.ADD).count());
        assertEquals(2, again.cards().stream().filter(pc -> pc.action() == ImportPlan.Action.UNCHANGED).count());
    }

    @Test
    void withoutAProfileTheVaultsPluginSettingsAreUsed() throws Exception {
        Path file = vault.resolve(ObsidianSrSettingsFile.VAULT_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"settings\":" + ObsidianSrSettingsFile.toJson(END_MARKER) + "}");
        Files.writeString(vault.resolve("k8s.md"), "#cards\nWhat does a Service do?;;Gives pods a stable address\n");
        assertEquals(NotesReading.obsidianSr(END_MARKER), service.readingFor(vault));
        List<Card> cards = importWith(NotesReading.asBefore());
        assertEquals(List.of("What does a Service do?"), cards.stream().map(Card::front).toList());
    }

    @Test
    void scheduleCommentsBecomeReviewState() throws Exception {
        Files.writeString(vault.resolve("k8s.md"), """
                #flashcards
                What does a Service do?:::Gives pods a stable address
                <!--SR:!2026-03-05,3,250!2000-01-01,1,250-->
                """);
        List<Card> cards = importWith(NotesReading.obsidianSr(ObsidianSrSettings.pluginDefaults()));
        Card forward = cards.stream().filter(card -> card.front().startsWith("What")).findFirst().orElseThrow();
        Card backward = cards.stream().filter(card -> card.front().startsWith("Gives")).findFirst().orElseThrow();
        assertEquals(CardState.REVIEW, forward.scheduling().state());
        // The test collection's clock is in UTC, the day starts at 4 am.
        assertEquals(Instant.parse("2026-03-05T04:00:00Z"), forward.scheduling().due());
        assertEquals(3, forward.scheduling().scheduledDays());
        assertEquals(CardState.NEW, backward.scheduling().state());
    }

    @Test
    void aProfileWithAnUnusableClozePatternChangesNothing() throws Exception {
        Files.writeString(vault.resolve("k8s.md"), "#flashcards\nQ::A\n");
        ObsidianSrSettings bad = new ObsidianSrSettings("::", ":::", "?", "??", "", List.of("[oops"),
                List.of("#flashcards"), false);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.plan(List.of(vault), NotesReading.obsidianSr(bad), ProgressListener.NONE));
        assertTrue(e.getMessage().contains("[oops"), e.getMessage());
        assertEquals(0, c.services.library().cardCount());
    }
}
