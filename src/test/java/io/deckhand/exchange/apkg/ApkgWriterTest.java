package io.deckhand.exchange.apkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.MediaFile;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.PackageReview;
import io.deckhand.exchange.ReviewKind;
import io.deckhand.exchange.StockNoteTypes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkgWriterTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LAST = Instant.parse("2026-02-20T09:30:00Z");

    @TempDir
    Path dir;

    private DeckPackage sample() throws Exception {
        Path image = Files.writeString(dir.resolve("img-src"), "fake png");
        var decks = List.of(new PackageDeck(1, new DeckName("K8s"), "CKA notes"),
                new PackageDeck(2, new DeckName("K8s::Storage::PV"), ""));
        var notes = List.of(
                new PackageNote(11, "g-basic", StockNoteTypes.BASIC_ID, List.of("What is a Pod?", "Smallest unit <img src=\"pod.png\">"),
                        List.of("cka", "workloads"), NOW),
                new PackageNote(12, "g-rev", StockNoteTypes.REVERSED_ID, List.of("PV", "PersistentVolume"), List.of("storage"), NOW),
                new PackageNote(13, "g-cloze", StockNoteTypes.CLOZE_ID, List.of("A {{c1::Pod}} runs {{c2::containers}}", ""), List.of(), NOW));
        SchedulingState review = new SchedulingState(CardState.REVIEW, Instant.parse("2026-03-05T09:30:00Z"), 13.25, 5.5,
                13, 4, 1, 0, LAST, 2.3);
        SchedulingState fresh = SchedulingState.newCard(NOW);
        var cards = List.of(
                new PackageCard(101, 11, 1, 0, CardKind.BASIC, "What is a Pod?", "Smallest unit", review, true, false, false, 2),
                new PackageCard(102, 12, 2, 0, CardKind.REVERSED, "PV", "PersistentVolume", fresh, false, true, false, 0),
                new PackageCard(103, 12, 2, 1, CardKind.REVERSED, "PersistentVolume", "PV", fresh, false, false, false, 0),
                new PackageCard(104, 13, 1, 0, CardKind.CLOZE, "A [...] runs containers", "A Pod runs containers", fresh, false, false, true, 0),
                new PackageCard(105, 13, 1, 1, CardKind.CLOZE, "A Pod runs [...]", "A Pod runs containers", fresh, false, false, false, 0));
        var reviews = List.of(
                new PackageReview(1, 101, Instant.parse("2026-02-01T08:00:00Z"), Rating.GOOD, ReviewKind.LEARNING, 0, 0, 0, Duration.ofSeconds(6)),
                new PackageReview(2, 101, Instant.parse("2026-02-07T08:00:00Z"), Rating.AGAIN, ReviewKind.REVIEW, 1, 6, 2500, Duration.ofSeconds(9)),
                new PackageReview(3, 101, LAST, Rating.EASY, ReviewKind.RELEARNING, 13, 1, 2300, Duration.ofMillis(4200)));
        return new DeckPackage(decks, StockNoteTypes.all(), notes, cards, reviews, List.of(new MediaFile("pod.png", image)), List.of());
    }

    @Test
    void legacyPackageFollowsAnkisSchemaWhenReadWithPlainSql() throws Exception {
        Path out = dir.resolve("deck.apkg");
        new ApkgWriter().write(sample(), out, new ApkgWriter.Options(true, NOW).legacyContainer(true));
        Path db = dir.resolve("plain.anki2");
        try (ZipFile zip = new ZipFile(out.toFile())) {
            Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db);
            JsonNode media = new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("media")));
            assertEquals("pod.png", media.get("0").asText());
            assertEquals("fake png", new String(zip.getInputStream(zip.getEntry("0")).readAllBytes()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            ResultSet col = st.executeQuery("select ver, models, decks, dconf from col");
            assertTrue(col.next());
            assertEquals(11, col.getInt(1));
            JsonNode models = new ObjectMapper().readTree(col.getString(2));
            assertEquals(1, models.get(String.valueOf(StockNoteTypes.CLOZE_ID)).get("type").asInt());
            assertEquals(2, models.get(String.valueOf(StockNoteTypes.REVERSED_ID)).get("tmpls").size());
            List<String> deckNames = new ArrayList<>();
            new ObjectMapper().readTree(col.getString(3)).elements().forEachRemaining(d -> deckNames.add(d.get("name").asText()));
            assertEquals(List.of("Default", "K8s", "K8s::Storage", "K8s::Storage::PV"), deckNames.stream().sorted().toList());
            assertNotNull(new ObjectMapper().readTree(col.getString(4)).get("1"));

            ResultSet note = st.executeQuery("select guid, mid, tags, flds, sfld from notes where guid = 'g-basic'");
            assertTrue(note.next());
            assertEquals(StockNoteTypes.BASIC_ID, note.getLong(2));
            assertEquals(" cka workloads ", note.getString(3));
            assertEquals("What is a Pod?\u001fSmallest unit <img src=\"pod.png\">", note.getString(4));

            ResultSet card = st.executeQuery("select type, queue, ivl, factor, reps, lapses, flags, data, due from cards where nid = (select id from notes where guid = 'g-basic')");
            assertTrue(card.next());
            assertEquals(2, card.getInt(1));
            assertEquals(2, card.getInt(2));
            assertEquals(13, card.getInt(3));
            assertEquals(2300, card.getInt(4));
            assertEquals(4, card.getInt(5));
            assertEquals(1, card.getInt(6));
            assertEquals(2, card.getInt(7));
            JsonNode data = new ObjectMapper().readTree(card.getString(8));
            assertEquals(13.25, data.get("s").asDouble());
            assertEquals(5.5, data.get("d").asDouble());
            ResultSet queues = st.executeQuery("select ord, queue from cards where nid in ((select id from notes where guid = 'g-rev'), (select id from notes where guid = 'g-cloze')) and ord = 0 order by nid");
            queues.next();
            assertEquals(-1, queues.getInt(2), "suspended");
            queues.next();
            assertEquals(-2, queues.getInt(2), "buried");
            ResultSet rev = st.executeQuery("select count(*), sum(ease), min(type), max(type) from revlog where cid = (select id from cards where nid = (select id from notes where guid = 'g-basic'))");
            assertEquals(3, rev.getInt(1));
            assertEquals(8, rev.getInt(2));
            assertEquals(0, rev.getInt(3));
            assertEquals(2, rev.getInt(4));
        }
    }

    @Test
    void roundTripPreservesNotesCardsTagsDecksAndReviewLog() throws Exception {
        DeckPackage original = sample();
        Path out = dir.resolve("round.apkg");
        new ApkgWriter().write(original, out, new ApkgWriter.Options(true, NOW));
        try (ExtractedPackage read = new ApkgReader().open(out)) {
            DeckPackage back = read.contents();
            Map<String, PackageNote> byGuid = new HashMap<>();
            back.notes().forEach(n -> byGuid.put(n.guid(), n));
            for (PackageNote n : original.notes()) {
                assertEquals(n.fields(), byGuid.get(n.guid()).fields());
                assertEquals(n.tags(), byGuid.get(n.guid()).tags());
            }
            assertEquals(original.cards().size(), back.cards().size());
            Map<Long, String> deckName = new HashMap<>();
            back.decks().forEach(d -> deckName.put(d.id(), d.name().value()));
            PackageCard reviewed = back.cards().stream().filter(c -> c.front().equals("What is a Pod?")).findFirst().orElseThrow();
            assertEquals("K8s", deckName.get(reviewed.deckId()));
            assertEquals(CardState.REVIEW, reviewed.scheduling().state());
            assertEquals(13, reviewed.scheduling().scheduledDays());
            assertEquals(13.25, reviewed.scheduling().stability());
            assertEquals(LAST, reviewed.scheduling().lastReview());
            assertEquals(Instant.parse("2026-03-05T04:00:00Z"), reviewed.scheduling().due(),
                    "due keeps its study day, which starts at the rollover (4 am UTC here)");
            assertEquals("What is a Pod?", reviewed.front());
            PackageCard reverse = back.cards().stream().filter(c -> c.front().equals("PersistentVolume")).findFirst().orElseThrow();
            assertEquals("K8s::Storage::PV", deckName.get(reverse.deckId()));
            assertEquals("PersistentVolume", reverse.front());
            assertTrue(back.cards().stream().filter(c -> c.front().equals("PV")).findFirst().orElseThrow().suspended());
            PackageCard cloze2 = back.cards().stream().filter(c -> c.kind() == CardKind.CLOZE && c.ordinal() == 1).findFirst().orElseThrow();
            assertEquals(CardKind.CLOZE, cloze2.kind());
            assertEquals("A Pod runs **\\[...\\]**", cloze2.front());
            assertEquals(original.reviews().stream().map(r -> r.reviewedAt() + " " + r.rating() + " " + r.kind()).toList(),
                    back.reviews().stream().map(r -> r.reviewedAt() + " " + r.rating() + " " + r.kind()).toList());
            assertEquals(List.of("pod.png"), back.media().stream().map(MediaFile::name).toList());
        }
    }

    @Test
    void withoutSchedulingEveryCardIsNewAndNoReviewLogIsWritten() throws Exception {
        Path out = dir.resolve("plain.apkg");
        new ApkgWriter().write(sample(), out, new ApkgWriter.Options(false, NOW));
        try (ExtractedPackage read = new ApkgReader().open(out)) {
            assertTrue(read.contents().cards().stream().allMatch(c -> c.scheduling().state() == CardState.NEW));
            assertTrue(read.contents().reviews().isEmpty());
            assertTrue(read.contents().cards().stream().anyMatch(PackageCard::suspended), "flags are not scheduling");
        }
    }

    /**
     * The scratch collection is written without a journal and its indexes are built after the rows:
     * the packaged file must still be a complete, consistent SQLite database with Anki's indexes,
     * every row of a package larger than one insert batch, and media copied into the zip byte for byte.
     */
    @Test
    void largePackageIsCompleteIndexedAndReadBack() throws Exception {
        int count = 4_321;
        List<PackageNote> notes = new ArrayList<>();
        List<PackageCard> cards = new ArrayList<>();
        List<PackageReview> reviews = new ArrayList<>();
        SchedulingState review = new SchedulingState(CardState.REVIEW, Instant.parse("2026-03-05T09:30:00Z"), 13.25, 5.5,
                13, 4, 1, 0, LAST, 2.3);
        for (int i = 1; i <= count; i++) {
            String answer = i == 1 ? "A1 <img src=\"big.png\">" : "A" + i; // media is read only when a card uses it
            notes.add(new PackageNote(i, "g" + i, StockNoteTypes.BASIC_ID, List.of("Q" + i, answer), List.of("t" + i % 7), NOW));
            cards.add(new PackageCard(i, i, 1, 0, CardKind.BASIC, "Q" + i, "A" + i, review, true, false, false, 0));
            for (int r = 0; r < 3; r++) {
                reviews.add(new PackageReview(reviews.size() + 1, i, LAST.minus(Duration.ofDays(r)), Rating.GOOD,
                        ReviewKind.REVIEW, 5, 3, 2500, Duration.ofSeconds(5)));
            }
        }
        byte[] blob = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(blob);
        Path image = Files.write(dir.resolve("big-src"), blob);
        DeckPackage pkg = new DeckPackage(List.of(new PackageDeck(1, new DeckName("Big"), "")), StockNoteTypes.all(),
                notes, cards, reviews, List.of(new MediaFile("big.png", image)), List.of());
        Path out = dir.resolve("big.apkg");
        new ApkgWriter().write(pkg, out, new ApkgWriter.Options(true, NOW).legacyContainer(true));

        Path db = dir.resolve("big.anki2");
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertEquals(List.of("0", "collection.anki2", "media"),
                    zip.stream().map(java.util.zip.ZipEntry::getName).sorted().toList(), "no journal or other scratch file");
            Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db);
            assertTrue(java.util.Arrays.equals(blob, zip.getInputStream(zip.getEntry("0")).readAllBytes()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            ResultSet check = st.executeQuery("pragma integrity_check");
            assertTrue(check.next());
            assertEquals("ok", check.getString(1));
            List<String> indexes = new ArrayList<>();
            ResultSet ix = st.executeQuery("select name from sqlite_master where type = 'index' order by name");
            while (ix.next()) indexes.add(ix.getString(1));
            assertEquals(List.of("ix_cards_nid", "ix_cards_sched", "ix_cards_usn", "ix_notes_csum", "ix_notes_usn",
                    "ix_revlog_cid", "ix_revlog_usn"), indexes);
            ResultSet counts = st.executeQuery("select (select count(*) from notes), (select count(*) from cards),"
                    + " (select count(*) from revlog), (select count(distinct id) from revlog)");
            assertEquals(count, counts.getInt(1));
            assertEquals(count, counts.getInt(2));
            assertEquals(3 * count, counts.getInt(3));
            assertEquals(3 * count, counts.getInt(4));
            // the index answers the same as a scan
            ResultSet viaIndex = st.executeQuery("select count(*) from revlog indexed by ix_revlog_cid where cid = (select id from cards where nid = (select id from notes where guid = 'g4321'))");
            assertEquals(3, viaIndex.getInt(1));
        }
        try (ExtractedPackage read = new ApkgReader().open(out)) {
            assertEquals(count, read.contents().notes().size());
            assertEquals(count, read.contents().cards().size());
            assertEquals(3 * count, read.contents().reviews().size());
            assertTrue(java.util.Arrays.equals(blob, Files.readAllBytes(read.contents().media().get(0).content())));
        }
    }

    @Test
    void currentContainerIsLaidOutAsAnki23WritesIt() throws Exception {
        Path out = dir.resolve("current.apkg");
        new ApkgWriter().write(sample(), out, new ApkgWriter.Options(true, NOW));
        // the sample's notes were added at the export instant: their ids are taken a millisecond apart after it
        assertEquals(List.of(), AnkiImportRules.check(out, NOW.plusSeconds(1), dir));
        Path db = dir.resolve("current.anki21b");
        try (ZipFile zip = new ZipFile(out.toFile())) {
            assertEquals(List.of("meta", "collection.anki21b", "collection.anki2", "0", "media"),
                    zip.stream().map(java.util.zip.ZipEntry::getName).toList());
            for (String stored : new String[] {"meta", "collection.anki21b", "0", "media"}) {
                assertEquals(java.util.zip.ZipEntry.STORED, zip.getEntry(stored).getMethod(), stored + " is compressed already");
            }
            assertTrue(java.util.Arrays.equals(new byte[] {0x08, 0x03}, zip.getInputStream(zip.getEntry("meta")).readAllBytes()));
            assertEquals("fake png", new String(AnkiImportRules.unzstd(
                    zip.getInputStream(zip.getEntry("0")).readAllBytes())));
            var list = AnkiImportRules.Proto.decode(AnkiImportRules.unzstd(
                    zip.getInputStream(zip.getEntry("media")).readAllBytes()));
            var entry = AnkiImportRules.Proto.decode((byte[]) list.get(1).get(0));
            assertEquals("pod.png", AnkiImportRules.Proto.string(entry, 1));
            assertEquals(8, AnkiImportRules.Proto.uint(entry, 2));
            Files.write(db, AnkiImportRules.unzstd(zip.getInputStream(zip.getEntry("collection.anki21b")).readAllBytes()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            AnkiCollectionReader.registerUnicase(c);
            ResultSet col = st.executeQuery("select ver, models, decks from col");
            assertEquals(18, col.getInt(1));
            assertEquals("", col.getString(2));
            List<String> decks = new ArrayList<>();
            ResultSet d = st.executeQuery("select name from decks order by name");
            while (d.next()) decks.add(d.getString(1));
            assertEquals(List.of("Default", "K8s", "K8s\u001fStorage", "K8s\u001fStorage\u001fPV"), decks);
            ResultSet cloze = st.executeQuery("select name, config from notetypes where id = " + StockNoteTypes.CLOZE_ID);
            assertEquals(StockNoteTypes.all().stream().filter(t -> t.id() == StockNoteTypes.CLOZE_ID).findFirst().orElseThrow().name(),
                    cloze.getString(1));
            assertEquals(1, AnkiImportRules.Proto.uint(AnkiImportRules.Proto.decode(cloze.getBytes(2)), 1), "cloze kind");
            ResultSet tmpl = st.executeQuery("select config from templates where ntid = " + StockNoteTypes.REVERSED_ID + " and ord = 1");
            String reversedBack = StockNoteTypes.all().stream().filter(t -> t.id() == StockNoteTypes.REVERSED_ID).findFirst()
                    .orElseThrow().templates().get(1).questionFormat();
            assertEquals(reversedBack, AnkiImportRules.Proto.string(AnkiImportRules.Proto.decode(tmpl.getBytes(1)), 1));
            ResultSet rollover = st.executeQuery("select cast(val as text) from config where KEY = 'rollover'");
            assertEquals("4", rollover.getString(1));
            List<String> tags = new ArrayList<>();
            ResultSet t = st.executeQuery("select tag from tags order by tag");
            while (t.next()) tags.add(t.getString(1));
            assertEquals(List.of("cka", "storage", "workloads"), tags);
            ResultSet counts = st.executeQuery("select (select count(*) from notes), (select count(*) from cards), (select count(*) from revlog)");
            assertEquals(3, counts.getInt(1));
            assertEquals(5, counts.getInt(2));
            assertEquals(3, counts.getInt(3));
        }
    }

    /** The Default options group in schema 18 is the bytes Anki itself writes (srs-converter's empty-latest.apkg). */
    @Test
    void theDefaultOptionsGroupIsWhatAnkiWrites() throws Exception {
        Path out = dir.resolve("current.apkg");
        new ApkgWriter().write(sample(), out, new ApkgWriter.Options(true, NOW));
        assertTrue(java.util.Arrays.equals(defaultGroup(io.deckhand.support.SharedFixtures.require(
                "fixtures/anki/srs-converter/empty-latest.apkg"), "anki.db"), defaultGroup(out, "ours.db")));
    }

    private byte[] defaultGroup(Path apkg, String name) throws Exception {
        Path db = dir.resolve(name);
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            Files.write(db, AnkiImportRules.unzstd(zip.getInputStream(zip.getEntry("collection.anki21b")).readAllBytes()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select config from deck_config where id = 1");
            assertTrue(rs.next());
            return rs.getBytes(1);
        }
    }

    /** The reader takes the schema-18 collection of a current package; it must give what the legacy one gives. */
    @Test
    void currentAndLegacyContainersReadBackTheSame() throws Exception {
        Path current = dir.resolve("current.apkg");
        Path legacy = dir.resolve("legacy.apkg");
        new ApkgWriter().write(sample(), current, new ApkgWriter.Options(true, NOW));
        new ApkgWriter().write(sample(), legacy, new ApkgWriter.Options(true, NOW).legacyContainer(true));
        try (ExtractedPackage a = new ApkgReader().open(current); ExtractedPackage b = new ApkgReader().open(legacy)) {
            assertEquals(describe(b.contents()), describe(a.contents()));
            assertTrue(describe(a.contents()).contains("CKA notes"), "deck descriptions come back from schema 18");
        }
    }

    /** Everything a package read gives, media content included, one line each. */
    private static String describe(DeckPackage p) throws Exception {
        StringBuilder s = new StringBuilder();
        p.decks().forEach(d -> s.append("deck ").append(d).append('\n'));
        p.noteTypes().forEach(t -> s.append("type ").append(t).append('\n'));
        p.notes().forEach(n -> s.append("note ").append(n).append('\n'));
        p.cards().forEach(c -> s.append("card ").append(c).append('\n'));
        p.reviews().forEach(r -> s.append("review ").append(r).append('\n'));
        for (MediaFile m : p.media()) s.append("media ").append(m.name()).append(' ').append(Files.readString(m.content())).append('\n');
        p.warnings().forEach(w -> s.append("warning ").append(w).append('\n'));
        return s.toString();
    }

    /** The checker itself: a schema-18 collection that breaks Anki's rules must be reported. */
    @Test
    void importRulesReportABrokenSchema18Collection() throws Exception {
        Path out = dir.resolve("current.apkg");
        new ApkgWriter().write(sample(), out, new ApkgWriter.Options(true, NOW));
        Path db = dir.resolve("broken.anki21b");
        try (ZipFile zip = new ZipFile(out.toFile())) {
            Files.write(db, AnkiImportRules.unzstd(zip.getInputStream(zip.getEntry("collection.anki21b")).readAllBytes()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            AnkiCollectionReader.registerUnicase(c);
            st.execute("delete from deck_config where id = 1");
            st.execute("delete from decks where name = 'K8s'");
            st.execute("delete from templates where ntid = " + StockNoteTypes.REVERSED_ID + " and ord = 0");
            st.execute("delete from tags where tag = 'cka'");
        }
        Path broken = dir.resolve("broken.apkg");
        try (ZipFile zip = new ZipFile(out.toFile());
             var zout = new java.util.zip.ZipOutputStream(Files.newOutputStream(broken))) {
            for (var e : java.util.Collections.list(zip.entries())) {
                zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                zout.write(e.getName().equals("collection.anki21b")
                        ? com.github.luben.zstd.Zstd.compress(Files.readAllBytes(db)) : zip.getInputStream(e).readAllBytes());
                zout.closeEntry();
            }
        }
        String problems = String.join("\n", AnkiImportRules.check(broken, NOW.plusSeconds(1), dir));
        assertTrue(problems.contains("no options group 1"), problems);
        assertTrue(problems.contains("has no parent deck"), problems);
        assertTrue(problems.contains("template ords have a gap"), problems);
        assertTrue(problems.contains("tag cka not in tags"), problems);
        assertTrue(problems.contains("is in a missing deck"), problems);
    }
}
