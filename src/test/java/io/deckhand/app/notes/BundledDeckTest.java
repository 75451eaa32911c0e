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
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.card.NoteId;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.SqliteNoteRepository;
import io.deckhand.storage.SqliteReviewLogRepository;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
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
        // a guid is a note: several entries share one only as the cards of one fact (same passage, other questions)
        Map<String, List<DeckFile.Entry>> notes = new LinkedHashMap<>();
        for (DeckFile.Entry e : deck.cards()) notes.computeIfAbsent(e.guid(), k -> new ArrayList<>()).add(e);
        for (List<DeckFile.Entry> note : notes.values()) {
            Set<String> fronts = new HashSet<>();
            for (DeckFile.Entry e : note) {
                assertTrue(fronts.add(e.card().front()), "the same card twice in one note: " + e.card().front());
                assertEquals(note.get(0).card().source(), e.card().source(), "one fact, one passage");
            }
        }
        for (DeckFile.Entry e : deck.cards()) {
            CardDraft c = e.card();
            assertTrue(!c.front().isBlank() && !c.back().isBlank(), e.guid());
            assertEquals("kubernetes-notes.txt", c.source().path());
        }
    }

    /** The cards the extractor makes from one fact (a command and its reverse) are one note with several cards. */
    @Test
    void theCardsOfOneFactAreOneNote() throws Exception {
        String text = Files.readString(SEED, StandardCharsets.UTF_8);
        List<CardDraft> drafts = new NoteParser().parse("kubernetes-notes.txt", text).drafts().stream()
                .filter(d -> d.quality().passed()).toList();
        Map<String, Set<String>> frontsByFact = new LinkedHashMap<>();
        for (CardDraft d : drafts) {
            if (!d.group().isEmpty()) frontsByFact.computeIfAbsent(d.group(), k -> new HashSet<>()).add(d.front());
        }
        frontsByFact.values().removeIf(f -> f.size() < 2);
        assertTrue(!frontsByFact.isEmpty(), "the seed has commands asked both ways");
        DeckFile deck;
        try (InputStream in = Files.newInputStream(DECK)) {
            deck = new DeckFileReader().read(in);
        }
        try (TestCollection c = new TestCollection()) {
            c.db.inTransaction(() -> c.services.library().addEntries(deck));
            List<Card> all = allCards(c);
            assertEquals(deck.cards().size(), all.size());
            for (Set<String> fronts : frontsByFact.values()) {
                Set<NoteId> noteIds = new HashSet<>();
                for (Card card : all) if (fronts.contains(card.front())) noteIds.add(card.noteId());
                assertEquals(1, noteIds.size(), "one note for " + fronts);
            }
        }
    }

    /**
     * A collection made from the deck before facts were one note has each card in a note of its own;
     * opening it joins them: the later card moves under the first card's note with its id, scheduling
     * and review log, the emptied note goes, and studying one card of the pair buries the other.
     */
    @Test
    void aCollectionWithTheFormerNotesIsJoinedKeepingHistory() throws Exception {
        DeckFile deck;
        try (InputStream in = Files.newInputStream(DECK)) {
            deck = new DeckFileReader().read(in);
        }
        List<String> former = NotesDeckBuilder.formerGuids(deck);
        List<DeckFile.Entry> formerEntries = new ArrayList<>();
        for (int i = 0; i < deck.cards().size(); i++) formerEntries.add(new DeckFile.Entry(former.get(i), deck.cards().get(i).card()));
        DeckFile before = new DeckFile(deck.name(), deck.description(), formerEntries);
        Map<String, List<Integer>> facts = new LinkedHashMap<>();
        for (int i = 0; i < deck.cards().size(); i++) facts.computeIfAbsent(deck.cards().get(i).guid(), k -> new ArrayList<>()).add(i);
        facts.values().removeIf(f -> f.size() < 2);
        assertTrue(!facts.isEmpty());
        try (TestCollection c = new TestCollection()) {
            var library = c.services.library();
            c.db.inTransaction(() -> library.addEntries(before));
            List<Card> cards = allCards(c);
            assertEquals(deck.cards().size(), cards.size(), "one note per card before");
            // the later card of each fact was studied: its history must survive the join
            Map<String, Card> byFront = new HashMap<>();
            for (Card card : cards) byFront.put(card.front(), card);
            List<Card> studied = new ArrayList<>();
            for (List<Integer> f : facts.values()) studied.add(byFront.get(deck.cards().get(f.get(1)).card().front()));
            for (Card s : studied) c.services.study().answer(s.id(), Rating.GOOD, Duration.ofSeconds(3));
            long reviews = c.db.read(() -> new SqliteReviewLogRepository(c.db).count());

            int moved = library.joinBundledPairsOnce(() -> List.of(deck), NotesDeckBuilder::formerGuids);
            assertEquals(facts.values().stream().mapToInt(f -> f.size() - 1).sum(), moved);
            assertEquals(0, library.joinBundledPairsOnce(() -> List.of(deck), NotesDeckBuilder::formerGuids), "once");

            List<Card> after = allCards(c);
            assertEquals(cards.stream().map(x -> x.id().value()).sorted().toList(), after.stream().map(x -> x.id().value()).sorted().toList(),
                    "the cards keep their ids");
            assertEquals(reviews, c.db.read(() -> new SqliteReviewLogRepository(c.db).count()));
            var notes = new SqliteNoteRepository(c.db, c.clock);
            for (Map.Entry<String, List<Integer>> f : facts.entrySet()) {
                var home = c.db.read(() -> notes.findByGuid(f.getKey())).orElseThrow();
                Set<String> fronts = new HashSet<>();
                for (int i : f.getValue()) fronts.add(deck.cards().get(i).card().front());
                for (Card card : after) {
                    if (fronts.contains(card.front())) assertEquals(home.id(), card.noteId(), card.front());
                }
                for (int i : f.getValue().subList(1, f.getValue().size())) {
                    assertTrue(c.db.read(() -> notes.findByGuid(former.get(i))).isEmpty(), "the emptied note is gone");
                }
            }
            for (Card s : studied) {
                Card now = after.stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
                assertEquals(1, now.scheduling().reps(), "scheduling stays with the card");
                assertEquals(1, c.db.read(() -> new SqliteReviewLogRepository(c.db).forCard(s.id())).size());
            }
            // the first card of each fact is now a sibling of a card answered today: buried until tomorrow
            Set<CardId> buried = new HashSet<>();
            for (Card b : c.services.study().buriedToday()) buried.add(b.id());
            for (List<Integer> f : facts.values()) {
                Card first = byFront.get(deck.cards().get(f.get(0)).card().front());
                assertTrue(buried.contains(first.id()), "buried: " + first.front());
            }
        }
    }

    private static List<Card> allCards(TestCollection c) throws Exception {
        var cards = new io.deckhand.storage.SqliteCardRepository(c.db, c.clock);
        var decks = c.services.library().decks().stream().map(io.deckhand.domain.deck.Deck::id).toList();
        return c.db.read(() -> cards.byDecks(decks));
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
