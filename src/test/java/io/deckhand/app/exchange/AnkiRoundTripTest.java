package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.bootstrap.BundledDeckResources;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.note.Note;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.study.StudyDay;
import io.deckhand.exchange.apkg.AnkiImportRules;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteNoteRepository;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.MutableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deckhand → .apkg → Deckhand on the bundled deck after two weeks of simulated study: the notes,
 * cards (kind, Markdown sides, tags, deck), scheduling (state, study day due, intervals, memory)
 * and review rows come back field by field; re-importing into the collection it came from
 * changes nothing; the package passes Anki's import rules.
 */
class AnkiRoundTripTest {
    /** A zone with a daylight-saving change inside the studied fortnight and a day start that is not midnight. */
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final Instant START = Instant.parse("2026-03-01T15:00:00Z");

    @TempDir
    Path dir;

    private final class Collection implements AutoCloseable {
        final Database db;
        final AppServices services;
        final MutableClock clock;

        Collection(String name, Instant now) throws Exception {
            db = Database.open(dir.resolve(name + ".sqlite"));
            clock = new MutableClock(now, ZONE);
            services = Bootstrap.wire(db, clock, dir.resolve(name + "-media"));
        }

        /** Every card with its note and review rows, keyed by note GUID and the card's place in its note. */
        Map<String, Snapshot> snapshot() throws Exception {
            var cards = new SqliteCardRepository(db, clock);
            var notes = new SqliteNoteRepository(db, clock);
            var log = new SqliteReviewLogRepository(db);
            Map<Long, String> deckNames = new HashMap<>();
            for (Deck d : services.library().decks()) deckNames.put(d.id().value(), d.name().value());
            List<Card> all = db.read(() -> cards.byDecks(services.library().decks().stream().map(Deck::id).toList()));
            Map<String, Snapshot> out = new HashMap<>();
            Map<Long, List<Card>> byNote = new HashMap<>();
            for (Card c : all) byNote.computeIfAbsent(c.noteId().value(), k -> new ArrayList<>()).add(c);
            for (List<Card> group : byNote.values()) {
                group.sort(Comparator.comparingLong(c -> c.id().value()));
                Note note = db.read(() -> notes.find(group.get(0).noteId())).orElseThrow();
                for (int i = 0; i < group.size(); i++) {
                    Card c = group.get(i);
                    List<ReviewLogEntry> rows = db.read(() -> log.forCard(c.id()));
                    out.put(note.guid() + "#" + i, new Snapshot(note, c, deckNames.get(c.deckId().value()), rows));
                }
            }
            return out;
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private record Snapshot(Note note, Card card, String deck, List<ReviewLogEntry> reviews) {
    }

    /** Fourteen study days, up to 25 answers each, ratings in a fixed pattern; returns the deck studied. */
    private static DeckName study(Collection c) throws Exception {
        c.services.library().loadBundledDecksIfNew(BundledDeckResources::load);
        Deck root = c.services.library().decks().stream().filter(d -> d.name().parent() == null).findFirst().orElseThrow();
        Rating[] pattern = {Rating.GOOD, Rating.GOOD, Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY, Rating.GOOD};
        int n = 0;
        for (int day = 0; day < 14; day++) {
            for (int i = 0; i < 25; i++) {
                var next = c.services.study().next(root.id());
                if (next.isEmpty()) break;
                c.services.study().answer(next.get().card().id(), pattern[n++ % pattern.length], Duration.ofSeconds(4 + n % 9));
                c.clock.advance(Duration.ofSeconds(50));
            }
            c.clock.advance(Duration.ofDays(1));
        }
        return root.name();
    }

    @Test
    void theBundledDeckAfterStudyComesBackFieldByField() throws Exception {
        Path apkg = dir.resolve("bundled.apkg");
        Map<String, Snapshot> before;
        Instant exportedAt;
        try (Collection a = new Collection("a", START)) {
            DeckName root = study(a);
            exportedAt = a.clock.instant();
            var summary = a.services.exchange().exportDeck(root, ExchangeFormat.APKG, apkg, true, ProgressListener.NONE);
            assertTrue(summary.reviews() > 100, "the study left a history: " + summary.reviews());
            assertEquals(List.of(), AnkiImportRules.check(apkg, exportedAt, dir));
            before = a.snapshot();

            ImportReport again = a.services.exchange().importFile(apkg, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(0, again.added(), "nothing new");
            assertEquals(0, again.updated(), "an unchanged export changes nothing");
            assertEquals(before.keySet(), a.snapshot().keySet());
        }
        try (Collection b = new Collection("b", exportedAt)) {
            ImportReport report = b.services.exchange().importFile(apkg, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(0, report.updated());
            Map<String, Snapshot> after = b.snapshot();
            assertEquals(before.keySet(), after.keySet(), "the same notes and cards, by GUID and place");
            StudyDay day = new StudyDay(ZONE, StudyDay.DEFAULT_ROLLOVER);
            int reviewed = 0;
            int kinds = 0;
            for (var e : before.entrySet()) {
                Snapshot x = e.getValue();
                Snapshot y = after.get(e.getKey());
                String key = e.getKey();
                assertEquals(x.note().noteType(), y.note().noteType(), key);
                assertEquals(x.note().fields(), y.note().fields(), key);
                assertEquals(x.note().source(), y.note().source(), key);
                assertEquals(x.note().contentHash(), y.note().contentHash(), key);
                assertEquals(x.card().kind(), y.card().kind(), key);
                if (x.card().kind() != CardKind.BASIC) kinds++;
                assertEquals(x.card().front(), y.card().front(), key);
                assertEquals(x.card().back(), y.card().back(), key);
                assertEquals(x.card().tags(), y.card().tags(), key);
                assertEquals(x.deck(), y.deck(), key);
                assertEquals(x.card().suspended(), y.card().suspended(), key);
                SchedulingState s = x.card().scheduling();
                SchedulingState t = y.card().scheduling();
                assertEquals(s.state(), t.state(), key);
                assertEquals(s.reps(), t.reps(), key);
                assertEquals(s.lapses(), t.lapses(), key);
                if (s.state() == CardState.REVIEW) {
                    assertEquals(day.dateOf(s.due()), day.dateOf(t.due()), key + " is due on the same study day");
                    assertEquals(s.scheduledDays(), t.scheduledDays(), key);
                } else if (s.state() != CardState.NEW) {
                    assertEquals(s.due().getEpochSecond(), t.due().getEpochSecond(), key + " learning step due to the second");
                }
                if (s.state() != CardState.NEW) {
                    assertEquals(s.stability(), t.stability(), 1e-4, key);
                    assertEquals(s.difficulty(), t.difficulty(), 1e-4, key);
                    assertEquals(s.lastReview().getEpochSecond(), t.lastReview().getEpochSecond(), key);
                }
                assertEquals(x.reviews().size(), y.reviews().size(), key + " review rows");
                for (int i = 0; i < x.reviews().size(); i++) {
                    ReviewLogEntry r = x.reviews().get(i);
                    ReviewLogEntry w = y.reviews().get(i);
                    assertEquals(r.reviewedAt(), w.reviewedAt(), key);
                    assertEquals(r.rating(), w.rating(), key);
                    assertEquals(r.answerTime(), w.answerTime(), key);
                    reviewed++;
                }
            }
            assertTrue(reviewed > 100, "rows compared: " + reviewed);
            assertTrue(kinds > 0, "the bundled deck has kinds other than basic");
        }
    }

    /** The review log in Anki's units, read with plain SQL: steps as minus seconds, FSRS difficulty as the factor. */
    @Test
    void theReviewLogIsWrittenInAnkisUnits() throws Exception {
        Path apkg = dir.resolve("units.apkg");
        try (Collection a = new Collection("u", START)) {
            DeckName root = study(a);
            a.services.exchange().exportDeck(root, ExchangeFormat.APKG, apkg, true, ProgressListener.NONE);
        }
        Path db = dir.resolve("units.anki2");
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            java.nio.file.Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            ResultSet steps = st.executeQuery("select count(*), max(ivl) from revlog where ivl < 0");
            assertTrue(steps.getInt(1) > 0, "learning steps are negative seconds");
            assertTrue(steps.getInt(2) >= -86_400);
            ResultSet tenMinutes = st.executeQuery("select count(*) from revlog where ivl = -600");
            assertTrue(tenMinutes.getInt(1) > 0, "the default 10-minute step is -600");
            ResultSet factors = st.executeQuery("select min(factor), max(factor), count(distinct factor) from revlog where type = 1");
            assertTrue(factors.getInt(1) >= 100 && factors.getInt(2) <= 1100, "FSRS difficulty as the factor");
            assertTrue(factors.getInt(3) > 3, "one factor per difficulty, not 2500 on every row");
            ResultSet crt = st.executeQuery("select crt, conf from col");
            Instant created = Instant.ofEpochSecond(crt.getLong(1));
            assertEquals(4, created.atZone(ZONE).getHour(), "col.crt is at the rollover hour");
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            assertEquals(4, json.readTree(crt.getString(2)).get("rollover").asInt());
            ResultSet data = st.executeQuery("select data from cards where type = 2 limit 1");
            assertTrue(data.next());
            var cardData = json.readTree(data.getString(1));
            assertEquals(0.9, cardData.get("dr").asDouble(), 1e-9, data.getString(1));
            assertTrue(cardData.get("pos").isNumber(), data.getString(1));
            ResultSet dconf = st.executeQuery("select dconf, decks from col");
            var groups = json.readTree(dconf.getString(1));
            var decks = json.readTree(dconf.getString(2));
            java.util.Set<String> used = new java.util.HashSet<>();
            decks.forEach(d -> used.add(d.get("conf").asText()));
            for (String id : used) assertTrue(groups.has(id), "each deck's options group is written: " + id);
            assertTrue(used.stream().anyMatch(id -> groups.get(id).path("fsrsParams6").path(0).asDouble() == 0.212),
                    "a deck uses its preset's group, with the preset's FSRS parameters: " + dconf.getString(1));
        }
    }

    /** Status words the card view shows are never written into the exported fields. */
    @Test
    void viewNotesStayOutOfExportedFields() throws Exception {
        Path apkg = dir.resolve("notes.apkg");
        try (Collection a = new Collection("v", START)) {
            DeckName root = study(a);
            a.services.exchange().exportDeck(root, ExchangeFormat.APKG, apkg, false, ProgressListener.NONE);
        }
        Path db = dir.resolve("notes.anki2");
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            java.nio.file.Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            ResultSet yaml = st.executeQuery("select count(*) from notes where flds like '%language-yaml%'");
            assertTrue(yaml.getInt(1) > 0, "the bundled deck has YAML blocks");
            ResultSet words = st.executeQuery("select count(*) from notes where flds like '%valid YAML%' or flds like '%re-indented%'"
                    + " or flds like '%block-status%'");
            assertEquals(0, words.getInt(1));
        }
    }

    /**
     * Anki tags notes, Deckhand tags cards: a note whose cards have different tags goes to Anki with
     * every tag on the note, and comes back with each card's own tags.
     */
    @Test
    void cardsOfOneNoteKeepTheirOwnTagsThroughAnki() throws Exception {
        Path apkg = dir.resolve("tags.apkg");
        Map<String, Snapshot> before;
        String guid;
        try (Collection a = new Collection("t", START)) {
            Path csv = java.nio.file.Files.writeString(dir.resolve("cloze.csv"),
                    "#separator:Comma\n#deck:K8s\n#tags column:3\n\"A {{c1::Pod}} runs {{c2::containers}}\",extra,cka\n");
            a.services.exchange().importFile(csv, ImportOptions.defaults(), ProgressListener.NONE);
            DeckName root = new DeckName("K8s");
            Map<String, Snapshot> all = a.snapshot();
            String second = all.keySet().stream().filter(k -> k.endsWith("#1")).findFirst().orElseThrow();
            guid = second.substring(0, second.length() - 2);
            Card card = all.get(second).card();
            assertEquals(List.of("cka"), card.tags());
            a.services.library().editCard(card.id(), card.front(), card.back(), List.of("cka", "only-the-second-card"), root);
            a.services.exchange().exportDeck(root, ExchangeFormat.APKG, apkg, false, ProgressListener.NONE);
            before = a.snapshot();
            assertEquals(List.of("cka", "only-the-second-card"), before.get(guid + "#1").card().tags());
            assertEquals(List.of("cka"), before.get(guid + "#0").card().tags());
        }
        Path db = dir.resolve("tags.anki2");
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            java.nio.file.Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select tags from notes where guid = '" + guid + "'");
            assertEquals(" cka only-the-second-card ", rs.getString(1), "Anki's note has the tags of all its cards");
        }
        try (Collection b = new Collection("t2", START)) {
            b.services.exchange().importFile(apkg, ImportOptions.defaults(), ProgressListener.NONE);
            Map<String, Snapshot> after = b.snapshot();
            for (String key : List.of(guid + "#0", guid + "#1")) {
                assertEquals(before.get(key).card().tags(), after.get(key).card().tags(), key);
            }
        }
    }
}
