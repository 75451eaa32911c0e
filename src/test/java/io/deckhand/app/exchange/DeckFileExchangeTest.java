package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.SourceRef;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteDeckRepository;
import io.deckhand.storage.SqliteNoteRepository;
import io.deckhand.storage.SqlitePresetRepository;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deckhand JSON export and import on real SQLite collections: everything must come back field by field. */
class DeckFileExchangeTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;

    private final class Collection implements AutoCloseable {
        final MutableClock clock = new MutableClock(NOW);
        final Database db;
        final AppServices services;
        final SqlitePresetRepository presets;
        final SqliteDeckRepository decks;
        final SqliteNoteRepository notes;
        final SqliteCardRepository cards;
        final SqliteReviewLogRepository log;

        Collection(String name) throws Exception {
            db = Database.open(dir.resolve(name + ".sqlite"));
            services = Bootstrap.wire(db, clock, dir.resolve(name + "-media"));
            presets = new SqlitePresetRepository(db);
            decks = new SqliteDeckRepository(db, clock);
            notes = new SqliteNoteRepository(db, clock);
            cards = new SqliteCardRepository(db, clock);
            log = new SqliteReviewLogRepository(db);
        }

        ExchangeService exchange() {
            return services.exchange();
        }

        /** Everything a card is, keyed by its note's guid and its place in the note, with names instead of ids. */
        Map<String, String> snapshot() throws Exception {
            return db.read(() -> {
                Map<String, String> out = new TreeMap<>();
                for (Deck d : decks.all()) {
                    DeckPreset p = presets.get(d.presetId());
                    out.put("deck " + d.name(), p.copyAs(PresetId.DEFAULT, p.name()).toString());
                    List<Card> inDeck = new ArrayList<>(cards.byDecks(List.of(d.id())));
                    inDeck.sort(Comparator.comparingLong(c -> c.id().value()));
                    for (Card c : inDeck) {
                        Note n = notes.find(c.noteId()).orElseThrow();
                        List<Card> siblings = new ArrayList<>(cards.byNote(n.id()));
                        siblings.sort(Comparator.comparingLong(x -> x.id().value()));
                        String key = "card " + n.guid() + "#" + siblings.indexOf(c);
                        out.put(key + " note", n.noteType() + " " + n.fields() + " " + n.source());
                        out.put(key + " card", d.name() + " " + c.kind() + " " + c.front() + " / " + c.back() + " "
                                + c.tags() + " suspended=" + c.suspended());
                        out.put(key + " scheduling", c.scheduling().toString());
                        List<String> rows = new ArrayList<>();
                        for (ReviewLogEntry r : log.forCard(c.id())) {
                            rows.add(r.reviewedAt() + " " + r.rating() + " " + r.elapsedDays() + " " + r.answerTime()
                                    + " " + r.before() + " -> " + r.after());
                        }
                        out.put(key + " reviews", rows.toString());
                    }
                }
                return out;
            });
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private static SchedulingState state(CardState s, String due, double stability, double difficulty, int days,
                                         int reps, int lapses, int step, String last, double ease) {
        return new SchedulingState(s, Instant.parse(due), stability, difficulty, days, reps, lapses, step,
                last == null ? null : Instant.parse(last), ease);
    }

    /** A deck with every card kind, a reversed pair, a two-card cloze note, a suspended card, its own preset and history. */
    private static void fill(Collection c) throws Exception {
        c.db.inTransaction(() -> {
            DeckPreset cram = c.presets.create("Exam cram");
            cram = new DeckPreset(cram.id(), "Exam cram", SchedulerKind.SM2, 0.85,
                    List.of(Duration.ofMinutes(2), Duration.ofMinutes(15), Duration.ofHours(1)), List.of(Duration.ofMinutes(5)),
                    180, 35, 400, false, DeckPreset.DEFAULT_FSRS6_WEIGHTS.stream().map(w -> w * 1.01).toList());
            c.presets.update(cram);
            Deck root = c.services.library().ensureDeck(new DeckName("K8s"));
            Deck storage = c.services.library().ensureDeck(new DeckName("K8s::Storage"));
            c.decks.update(new Deck(storage.id(), storage.name(), cram.id()));
            int n = 0;
            for (CardKind kind : CardKind.values()) {
                if (kind == CardKind.REVERSED || kind == CardKind.CLOZE) continue;
                Note note = c.notes.insert("g-" + kind.code(), kind.code(), List.of("Front " + kind.code() + " `x`", "Back\n\n- a\n- b"),
                        new SourceRef("notes/k8s.md", 10 + n, 12 + n, List.of("K8s", kind.code())), "h" + n);
                c.cards.insert(note.id(), (n++ % 2 == 0 ? root : storage).id(), kind, note.fields().get(0), note.fields().get(1),
                        List.of("k8s", kind.code()), SchedulingState.newCard(NOW.minusSeconds(86_400)));
            }
            Note pair = c.notes.insert("g-pair", "reversed", List.of("PV", "PersistentVolume"), null, "hp");
            Card forward = c.cards.insert(pair.id(), storage.id(), CardKind.REVERSED, "PV", "PersistentVolume", List.of("storage"),
                    SchedulingState.newCard(NOW));
            Card backward = c.cards.insert(pair.id(), storage.id(), CardKind.REVERSED, "PersistentVolume", "PV", List.of("storage"),
                    SchedulingState.newCard(NOW));
            Note cloze = c.notes.insert("g-cloze", "cloze", List.of("A {{c1::DaemonSet}} runs on {{c2::every node}}", "extra"), null, "hc");
            Card c1 = c.cards.insert(cloze.id(), root.id(), CardKind.CLOZE, "A [...] runs on every node", "A **DaemonSet** runs on every node",
                    List.of(), SchedulingState.newCard(NOW));
            c.cards.insert(cloze.id(), root.id(), CardKind.CLOZE, "A DaemonSet runs on [...]", "A DaemonSet runs on **every node**",
                    List.of(), SchedulingState.newCard(NOW));
            c.cards.updateContent(new Card(backward.id(), backward.noteId(), backward.deckId(), backward.kind(), backward.front(),
                    backward.back(), backward.tags(), backward.scheduling(), true));
            SchedulingState s0 = SchedulingState.newCard(NOW.minusSeconds(7 * 86_400));
            SchedulingState s1 = state(CardState.LEARNING, "2026-02-23T10:10:00.250Z", 2.3065, 2.118830, 0, 1, 0, 1,
                    "2026-02-23T10:00:00.250Z", 2.5);
            SchedulingState s2 = state(CardState.REVIEW, "2026-02-26T10:11:00Z", 3.173196, 2.118830, 3, 2, 0, 0,
                    "2026-02-23T10:11:00Z", 2.5);
            SchedulingState s3 = state(CardState.RELEARNING, "2026-02-26T10:21:07.123Z", 1.0734567890123456, 6.7312, 0, 3, 1, 0,
                    "2026-02-26T10:11:07.123Z", 2.3);
            for (Card card : List.of(forward, c1)) {
                c.log.append(new ReviewLogEntry(card.id(), s1.lastReview(), Rating.HARD, s0, s1, 0, Duration.ofMillis(4_321)));
                c.log.append(new ReviewLogEntry(card.id(), s2.lastReview(), Rating.GOOD, s1, s2, 0, Duration.ofMillis(8_000)));
                c.log.append(new ReviewLogEntry(card.id(), s3.lastReview(), Rating.AGAIN, s2, s3, 3, Duration.ofMillis(61_500)));
                c.cards.updateScheduling(card.id(), s3);
            }
            return null;
        });
    }

    @Test
    void exportThenImportIntoAFreshCollectionRestoresEverythingFieldByField() throws Exception {
        Path json = dir.resolve("k8s.json");
        Map<String, String> original;
        try (Collection a = new Collection("a")) {
            fill(a);
            original = a.snapshot();
            var summary = a.exchange().exportDeck(new DeckName("K8s"), ExchangeFormat.JSON, json, true, ProgressListener.NONE);
            assertEquals(9, summary.notes());
            assertEquals(11, summary.cards());
            assertEquals(6, summary.reviews());
        }
        assertEquals(2, new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile()).get("version").asInt());
        try (Collection b = new Collection("b")) {
            ImportReport r = b.exchange().importFile(json, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(9, r.added());
            assertEquals(11, r.cards());
            assertEquals(6, r.reviews());
            Map<String, String> copy = b.snapshot();
            assertEquals(original.keySet(), copy.keySet());
            for (String key : original.keySet()) assertEquals(original.get(key), copy.get(key), key);

            // the same file again: matched by guid, nothing added, changed or doubled
            ImportReport again = b.exchange().importFile(json, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(0, again.added());
            assertEquals(0, again.updated());
            assertEquals(9, again.skipped());
            assertEquals(original, b.snapshot());
        }
    }

    @Test
    void reimportUpdatesNotesInPlaceAndRestoresTheirScheduling() throws Exception {
        Path json = dir.resolve("k8s.json");
        try (Collection a = new Collection("a")) {
            fill(a);
            a.exchange().exportDeck(new DeckName("K8s"), ExchangeFormat.JSON, json, true, ProgressListener.NONE);
            Map<String, String> original = a.snapshot();
            // study on and edit after the export; importing the export brings the card back to what it was
            a.db.inTransaction(() -> {
                Note pair = a.notes.findByGuid("g-pair").orElseThrow();
                Card forward = a.cards.byNote(pair.id()).stream().min(Comparator.comparingLong(c -> c.id().value())).orElseThrow();
                a.cards.updateContent(forward.withContent("PV (edited)", forward.back(), List.of("edited"), forward.deckId()));
                a.cards.updateScheduling(forward.id(), SchedulingState.newCard(NOW));
                return null;
            });
            assertFalse(original.equals(a.snapshot()));
            long cards = a.db.read(a.cards::count);
            ImportReport r = a.exchange().importFile(json, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(0, r.added());
            assertEquals(1, r.updated());
            assertEquals(cards, a.db.read(a.cards::count));
            assertEquals(original, a.snapshot());
        }
    }

    @Test
    void withoutSchedulingCardsStartNewButPresetsAndContentTravel() throws Exception {
        Path json = dir.resolve("plain.json");
        try (Collection a = new Collection("a")) {
            fill(a);
            a.exchange().exportDeck(new DeckName("K8s"), ExchangeFormat.JSON, json, false, ProgressListener.NONE);
        }
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.toFile());
        assertTrue(tree.findValues("scheduling").isEmpty() && tree.findValues("reviews").isEmpty(), tree.toString());
        try (Collection b = new Collection("b")) {
            b.exchange().importFile(json, ImportOptions.defaults(), ProgressListener.NONE);
            Map<String, String> s = b.snapshot();
            assertTrue(s.get("deck K8s::Storage").contains("Exam cram") && s.get("deck K8s::Storage").contains("SM2"),
                    s.get("deck K8s::Storage"));
            assertTrue(s.entrySet().stream().filter(e -> e.getKey().endsWith(" scheduling"))
                    .allMatch(e -> e.getValue().startsWith("SchedulingState[state=NEW")));
            assertEquals(0L, b.db.read(b.log::count));
        }
    }

    @Test
    void badFilesAreRefusedWithAMessageAndTheCollectionIsUnchanged() throws Exception {
        Path json = dir.resolve("k8s.json");
        try (Collection a = new Collection("a")) {
            fill(a);
            a.exchange().exportDeck(new DeckName("K8s"), ExchangeFormat.JSON, json, true, ProgressListener.NONE);
        }
        String good = Files.readString(json);
        Map<String, String> bad = Map.of(
                "newer.json", good.replace("\"version\" : 2", "\"version\" : 3"),
                "half.json", good.substring(0, good.length() / 2),
                "rating.json", good.replace("\"rating\" : 1", "\"rating\" : 9"),
                "preset.json", good.replace("\"fuzz\" : false", "\"fuzz\" : false, \"desiredRetention\" : 2"),
                // the last card is broken: the earlier ones must not land either
                "late.json", good.substring(0, good.lastIndexOf("\"kind\"")) + "\"kind\" : \"poem\","
                        + good.substring(good.lastIndexOf("\"kind\"")).replaceFirst("\"kind\" : \"[a-z]+\",", ""));
        Path file = dir.resolve("b.sqlite");
        try (Collection b = new Collection("b")) {
            b.services.library().addCard(new DeckName("Mine"), "Q", "A", List.of());
        }
        byte[] before = Files.readAllBytes(file);
        try (Collection b = new Collection("b")) {
            for (var e : new TreeMap<>(bad).entrySet()) {
                Path p = Files.writeString(dir.resolve(e.getKey()), e.getValue());
                String message = assertThrows(InvalidInputException.class,
                        () -> b.exchange().importFile(p, ImportOptions.defaults(), ProgressListener.NONE), e.getKey()).getMessage();
                assertTrue(message.startsWith(e.getKey() + ": "), message);
            }
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }
}
