package io.deckhand.app.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.exchange.json.DeckFile;
import io.deckhand.exchange.json.DeckFileReader;
import io.deckhand.exchange.json.DeckFileWriter;
import io.deckhand.notes.NoteParser;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.support.TestCollection;
import org.junit.jupiter.api.Test;

/**
 * The bundled deck is what the extractor makes of {@code seeds/kubernetes-notes.txt}. Fails when the
 * committed {@code decks/kubernetes.json} is stale; regenerate with
 * {@code mvn -o test -Dtest=BundledDeckTest -Ddeckhand.regenerateDecks=true} (or run {@link #main}).
 */
class BundledDeckTest {
    static final Path SEED = Path.of("seeds", "kubernetes-notes.txt");
    static final Path DECK = Path.of("decks", "kubernetes.json");
    static final String NAME = "Kubernetes";
    static final String DESCRIPTION = "CKA/CKAD deck made by Deckhand's extractor from seeds/kubernetes-notes.txt.";

    static byte[] rebuild() throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        DeckFile deck = new NotesDeckBuilder(new NoteParser()).build(NAME, DESCRIPTION,
                "kubernetes-notes.txt", text, List.of("k8s"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DeckFileWriter().write(deck, out);
        return out.toByteArray();
    }

    /** Rewrites decks/kubernetes.json from the seed notes. */
    public static void main(String[] args) throws Exception {
        Files.write(DECK, rebuild());
    }

    @Test
    void committedDeckIsWhatTheExtractorMakesOfTheSeeds() throws Exception {
        byte[] fresh = rebuild();
        if (Boolean.getBoolean("deckhand.regenerateDecks")) Files.write(DECK, fresh);
        String committed = Files.readString(DECK, StandardCharsets.UTF_8);
        assertEquals(new String(fresh, StandardCharsets.UTF_8), committed,
                "decks/kubernetes.json is stale: regenerate it with "
                        + "mvn -o test -Dtest=BundledDeckTest -Ddeckhand.regenerateDecks=true");
    }

    @Test
    void deckReadsBackWithUniqueGuidsAndSoundCards() throws Exception {
        DeckFile deck;
        try (InputStream in = Files.newInputStream(DECK)) {
            deck = new DeckFileReader().read(in);
        }
        assertTrue(deck.cards().size() >= 50, "cards: " + deck.cards().size());
        Set<String> guids = new HashSet<>();
        for (DeckFile.Entry e : deck.cards()) {
            assertTrue(guids.add(e.guid()), "duplicate guid " + e.guid());
            CardDraft c = e.card();
            assertTrue(!c.front().isBlank() && !c.back().isBlank(), e.guid());
            assertEquals("kubernetes-notes.txt", c.source().path());
        }
    }

    @Test
    void guidsDoNotDependOnLineNumbers() throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        NotesDeckBuilder builder = new NotesDeckBuilder(new NoteParser());
        DeckFile before = builder.build(NAME, "", "kubernetes-notes.txt", text, List.of());
        DeckFile after = builder.build(NAME, "", "kubernetes-notes.txt", "\n\n\n" + text, List.of());
        assertEquals(before.cards().stream().map(DeckFile.Entry::guid).toList(),
                after.cards().stream().map(DeckFile.Entry::guid).toList());
    }

    @Test
    void importingTheSeedNotesResyncsWithTheBundledDeck() throws Exception {
        DeckFile deck;
        try (InputStream in = Files.newInputStream(DECK)) {
            deck = new DeckFileReader().read(in);
        }
        try (TestCollection c = new TestCollection()) {
            c.db.inTransaction(() -> c.services.library().addEntries(deck));
            ImportPlan p = c.services.notes().plan(List.of(SEED), ProgressListener.NONE);
            // What the gate left out of the deck is proposed again, unticked; nothing it passed is added twice.
            assertEquals(0, p.cards().stream().filter(pc -> pc.action() == ImportPlan.Action.ADD
                    && pc.draft().quality().passed()).count(), "cards added beside the bundled deck");
            assertEquals(deck.cards().size(), p.count(ImportPlan.Action.UNCHANGED));
        }
    }
}
