package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.deck.Deck;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.PackageReview;
import io.deckhand.exchange.apkg.AnkiImportRules;
import io.deckhand.exchange.apkg.ApkgReader;
import io.deckhand.exchange.apkg.ExtractedPackage;
import io.deckhand.storage.Database;
import io.deckhand.support.MutableClock;
import io.deckhand.support.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Anki → Deckhand → Anki on every Anki fixture: each export passes Anki's import rules, keeps
 * every card (GUID of its note and ordinal), and writes the review log back as Anki wrote it.
 * Prints the fidelity figures (GUIDs, cards, revlog rows, note types kept) per fixture.
 */
class AnkiFixtureRoundTripTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;

    /** What Anki would see of a package: cards as note GUID + ordinal, revlog rows, note type names. */
    private record AnkiView(Set<String> guids, Set<String> cards, List<String> revlog, Set<String> noteTypes,
                            Set<String> notes) {
        AnkiView() {
            this(new HashSet<>(), new HashSet<>(), new ArrayList<>(), new HashSet<>(), new HashSet<>());
        }
    }

    private static AnkiView original(Path file) throws Exception {
        try (ExtractedPackage read = new ApkgReader().open(file)) {
            DeckPackage p = read.contents();
            Map<Long, PackageNote> notes = new HashMap<>();
            p.notes().forEach(n -> notes.put(n.id(), n));
            Set<String> guids = new HashSet<>();
            Set<String> cards = new HashSet<>();
            Set<String> noteRows = new HashSet<>();
            Set<Long> usedTypes = new HashSet<>();
            for (PackageCard c : p.cards()) {
                PackageNote n = notes.get(c.noteId());
                guids.add(n.guid());
                noteRows.add(note(n.id(), n.guid(), n.noteTypeId(), String.join("\u001f", n.fields())));
                cards.add(n.guid() + "/" + c.ordinal());
                usedTypes.add(n.noteTypeId());
            }
            List<String> revlog = new ArrayList<>();
            for (PackageReview r : p.reviews()) revlog.add(row(r.reviewedAt().toEpochMilli(), r.rating().code(), r.intervalDays(),
                    r.lastIntervalDays(), r.easeFactor()));
            Set<String> types = new HashSet<>();
            p.noteTypes().stream().filter(t -> usedTypes.contains(t.id())).forEach(t -> types.add(type(t.id(), t.name(),
                    t.fields(), t.templates().stream().map(x -> x.questionFormat() + "|" + x.answerFormat()).toList(), t.css())));
            return new AnkiView(guids, cards, revlog, types, noteRows);
        }
    }

    private static String note(long id, String guid, long mid, String fields) {
        return id + " " + guid + " type " + mid + " " + fields;
    }

    private static String type(long id, String name, List<String> fields, List<String> templates, String css) {
        return id + " " + name + " " + fields + " " + templates + " " + css.hashCode();
    }

    private static String row(long ms, int ease, int ivl, int lastIvl, int factor) {
        return ms + " ease " + ease + " ivl " + ivl + " last " + lastIvl + " factor " + factor;
    }

    private static void addExported(Path apkg, Path scratch, AnkiView into) throws Exception {
        Path db = Files.createTempFile(scratch, "export-", ".anki2");
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            ResultSet cards = st.executeQuery("select n.guid, c.ord, n.id, n.mid, n.flds from cards c join notes n on n.id = c.nid");
            while (cards.next()) {
                into.guids().add(cards.getString(1));
                into.cards().add(cards.getString(1) + "/" + cards.getInt(2));
                into.notes().add(note(cards.getLong(3), cards.getString(1), cards.getLong(4), cards.getString(5)));
            }
            ResultSet revlog = st.executeQuery("select id, ease, ivl, lastIvl, factor from revlog");
            while (revlog.next()) into.revlog().add(row(revlog.getLong(1), revlog.getInt(2), revlog.getInt(3), revlog.getInt(4), revlog.getInt(5)));
            ResultSet models = st.executeQuery("select models from col");
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(models.getString(1));
            json.elements().forEachRemaining(m -> {
                List<String> fields = new ArrayList<>();
                m.path("flds").forEach(f -> fields.add(f.path("name").asText()));
                List<String> templates = new ArrayList<>();
                m.path("tmpls").forEach(t -> templates.add(t.path("qfmt").asText() + "|" + t.path("afmt").asText()));
                into.noteTypes().add(type(m.path("id").asLong(), m.path("name").asText(), fields, templates, m.path("css").asText()));
            });
        }
    }

    private static long kept(java.util.Collection<String> before, java.util.Collection<String> after) {
        List<String> left = new ArrayList<>(after);
        long n = 0;
        for (String x : before) if (left.remove(x)) n++;
        return n;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ankitects-anki/media.apkg", "ankitects-anki/diffmodels2-1.apkg", "ankitects-anki/diffmodels2-2.apkg",
        "ankitects-anki/update1.apkg", "ankitects-anki/update2.apkg",
        "ankipandas/few_basic_cards.anki2", "srs-converter/empty-latest.apkg", "srs-converter/empty-legacy-2.apkg",
        "srs-converter/empty-legacy-2.colpkg"})
    void ankiToDeckhandToAnki(String fixture) throws Exception {
        Path file = SharedFixtures.require("fixtures/anki/" + fixture);
        AnkiView before = original(file);
        AnkiView after = new AnkiView();
        try (Database db = Database.open(dir.resolve("c.sqlite"))) {
            AppServices services = Bootstrap.wire(db, new MutableClock(NOW), dir.resolve("media"));
            services.exchange().importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
            int i = 0;
            for (Deck d : services.library().decks()) {
                if (d.name().parent() != null) continue;
                Path out = dir.resolve("out-" + i++ + ".apkg");
                services.exchange().exportDeck(d.name(), ExchangeFormat.APKG, out, true, ProgressListener.NONE);
                assertEquals(List.of(), AnkiImportRules.check(out, NOW, dir), fixture + " " + d.name());
                addExported(out, dir, after);
            }
        }
        long guids = kept(before.guids(), after.guids());
        long cards = kept(before.cards(), after.cards());
        long revlog = kept(before.revlog(), after.revlog());
        long types = kept(before.noteTypes(), after.noteTypes());
        long notes = kept(before.notes(), after.notes());
        System.out.printf("round-trip %-36s notes (id, GUID, type, fields) %d/%d  cards %d/%d  revlog rows as written %d/%d"
                + "  note types (id, fields, templates, CSS) %d/%d%n", fixture, notes, before.notes().size(), cards,
                before.cards().size(), revlog, before.revlog().size(), types, before.noteTypes().size());
        assertEquals(before.guids().size(), guids, "every note's GUID comes back");
        assertEquals(before.notes(), after.notes(), "notes keep their id, GUID, note type and fields");
        assertEquals(before.cards(), after.cards(), "the same cards: note and ordinal");
        assertEquals(before.noteTypes().size(), types, "note types keep id, fields, templates and CSS");
        assertEquals(before.revlog().size(), after.revlog().size(), "every review row comes back");
        assertEquals(before.revlog().size(), revlog, "review rows as Anki wrote them");
        assertTrue(after.cards().size() >= before.cards().size());
    }

    /**
     * A multi-cloze note and a note of a three-template type from Anki keep their note type, ids,
     * GUIDs and every card's ordinal through Deckhand, and the export re-imported changes nothing.
     */
    @org.junit.jupiter.api.Test
    void multiClozeAndCustomNoteTypesComeBackAsAnkiHadThem() throws Exception {
        var cloze = new io.deckhand.exchange.NoteType(1_700_000_000_001L, "Cloze (mine)", true, List.of("Text", "Back Extra"),
                List.of(new io.deckhand.exchange.CardTemplate(0, "Cloze", "{{cloze:Text}}", "{{cloze:Text}}<br>{{Back Extra}}")),
                ".card { color: navy; }");
        var three = new io.deckhand.exchange.NoteType(1_700_000_000_002L, "Three sides", false, List.of("A", "B", "C"),
                List.of(new io.deckhand.exchange.CardTemplate(0, "A", "{{A}}", "{{B}} {{C}}"),
                        new io.deckhand.exchange.CardTemplate(1, "B", "{{B}}", "{{A}} {{C}}"),
                        new io.deckhand.exchange.CardTemplate(2, "C", "{{C}}", "{{A}} {{B}}")), ".card { color: teal; }");
        Instant t = Instant.parse("2025-11-03T08:00:00Z");
        var notes = List.of(
                new PackageNote(1_690_000_000_000L, "anki-multi", cloze.id(),
                        List.of("A {{c1::Pod}} runs {{c2::containers}} on a {{c3::node}}", "<b>k8s</b>"), List.of("cka"), t),
                new PackageNote(1_690_000_000_100L, "anki-three", three.id(), List.of("one", "two", "three"), List.of(), t));
        var fresh = io.deckhand.domain.schedule.SchedulingState.newCard(t);
        List<PackageCard> cards = new ArrayList<>();
        for (int ord = 0; ord < 3; ord++) {
            cards.add(new PackageCard(1_690_000_000_001L + ord, 1_690_000_000_000L, 1, ord, io.deckhand.domain.card.CardKind.CLOZE,
                    "q", "a", fresh, false, false, false, 0));
            cards.add(new PackageCard(1_690_000_000_101L + ord, 1_690_000_000_100L, 1, ord, io.deckhand.domain.card.CardKind.REVERSED,
                    "q", "a", fresh, false, false, false, 0));
        }
        Path source = dir.resolve("from-anki.apkg");
        new io.deckhand.exchange.apkg.ApkgWriter().write(new DeckPackage(
                List.of(new io.deckhand.exchange.PackageDeck(1, new io.deckhand.domain.deck.DeckName("Anki::Mixed"), "")),
                List.of(cloze, three), notes, cards, List.of(), List.of(), List.of()), source,
                new io.deckhand.exchange.apkg.ApkgWriter.Options(true, NOW));
        AnkiView before = original(source);
        AnkiView after = new AnkiView();
        Path out = dir.resolve("back.apkg");
        try (Database db = Database.open(dir.resolve("m.sqlite"))) {
            AppServices services = Bootstrap.wire(db, new MutableClock(NOW), dir.resolve("m-media"));
            services.exchange().importFile(source, ImportOptions.defaults(), ProgressListener.NONE);
            services.exchange().exportDeck(new io.deckhand.domain.deck.DeckName("Anki"), ExchangeFormat.APKG, out, true,
                    ProgressListener.NONE);
            assertEquals(List.of(), AnkiImportRules.check(out, NOW, dir));
            addExported(out, dir, after);
            ImportReport again = services.exchange().importFile(out, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(0, again.added());
            assertEquals(0, again.updated(), "an unchanged export changes nothing");
        }
        assertEquals(6, before.cards().size());
        assertEquals(before.cards(), after.cards(), "all three clozes and all three templates");
        assertEquals(before.notes(), after.notes(), "same ids, GUIDs, note types and fields");
        assertTrue(after.noteTypes().containsAll(before.noteTypes()), "note types keep id, fields, templates and CSS");
    }

    /** One of Anki's stock note types as a current Anki made it (the collection.anki2 inside srs-converter's empty-latest.apkg). */
    private static io.deckhand.exchange.NoteType stockType(String name) throws Exception {
        Path fixture = SharedFixtures.require("fixtures/anki/srs-converter/empty-latest.apkg");
        Path db = Files.createTempFile("stock-", ".anki2");
        try {
            try (ZipFile zip = new ZipFile(fixture.toFile())) {
                Files.copy(zip.getInputStream(zip.getEntry("collection.anki2")), db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
                ResultSet rs = st.executeQuery("select models from col");
                var models = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.getString(1));
                for (var m : (Iterable<com.fasterxml.jackson.databind.JsonNode>) models::elements) {
                    if (!m.path("name").asText().equals(name)) continue;
                    List<String> fields = new ArrayList<>();
                    m.path("flds").forEach(f -> fields.add(f.path("name").asText()));
                    List<io.deckhand.exchange.CardTemplate> templates = new ArrayList<>();
                    m.path("tmpls").forEach(t -> templates.add(new io.deckhand.exchange.CardTemplate(t.path("ord").asInt(),
                            t.path("name").asText(), t.path("qfmt").asText(), t.path("afmt").asText())));
                    return new io.deckhand.exchange.NoteType(m.path("id").asLong(), name, m.path("type").asInt() == 1, fields,
                            templates, m.path("css").asText());
                }
            }
        } finally {
            Files.deleteIfExists(db);
        }
        throw new AssertionError("no note type " + name + " in the fixture");
    }

    /**
     * Type-in and image-occlusion notes (Anki's own note types, templates and CSS) come back from
     * Deckhand as Anki had them: same note type, ids, GUIDs, fields (the occlusion shapes and the
     * image), every occlusion's card and the image file; the typed answer is not shown as template
     * syntax on the Deckhand card; a re-import of the export changes nothing.
     */
    @org.junit.jupiter.api.Test
    void typeInAndImageOcclusionNotesComeBackAsAnkiHadThem() throws Exception {
        var typeIn = stockType("Basic (type in the answer)");
        var occlusion = stockType("Image Occlusion");
        assertTrue(occlusion.cloze() && occlusion.templates().get(0).questionFormat().contains("{{cloze:Occlusion}}"));
        Instant t = Instant.parse("2025-11-03T08:00:00Z");
        String shapes = "{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.1:oi=1}}<br>"
                + "{{c2::image-occlusion:ellipse:left=.55:top=.5:width=.2:height=.25:oi=1}}<br>"
                + "{{c3::image-occlusion:polygon:points=.7,.1 .9,.1 .8,.3:oi=1}}";
        var notes = List.of(
                new PackageNote(1_690_000_000_000L, "anki-type-in", typeIn.id(),
                        List.of("Which port does the API server listen on?", "6443"), List.of("cka"), t),
                new PackageNote(1_690_000_000_100L, "anki-occlusion", occlusion.id(),
                        List.of(shapes, "<img src=\"control-plane.png\">", "Control plane", "", "from the docs"), List.of("cka"), t));
        var fresh = io.deckhand.domain.schedule.SchedulingState.newCard(t);
        List<PackageCard> cards = new ArrayList<>();
        cards.add(new PackageCard(1_690_000_000_001L, 1_690_000_000_000L, 1, 0, io.deckhand.domain.card.CardKind.BASIC,
                "q", "a", fresh, false, false, false, 0));
        for (int ord = 0; ord < 3; ord++) {
            cards.add(new PackageCard(1_690_000_000_101L + ord, 1_690_000_000_100L, 1, ord, io.deckhand.domain.card.CardKind.CLOZE,
                    "q", "a", fresh, false, false, false, 0));
        }
        Path image = Files.write(dir.resolve("control-plane.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3});
        Path source = dir.resolve("from-anki.apkg");
        new io.deckhand.exchange.apkg.ApkgWriter().write(new DeckPackage(
                List.of(new io.deckhand.exchange.PackageDeck(1, new io.deckhand.domain.deck.DeckName("Anki::Shapes"), "")),
                List.of(typeIn, occlusion), notes, cards, List.of(), List.of(new io.deckhand.exchange.MediaFile("control-plane.png", image)),
                List.of()), source, new io.deckhand.exchange.apkg.ApkgWriter.Options(true, NOW));
        AnkiView before = original(source);
        AnkiView after = new AnkiView();
        Path out = dir.resolve("back.apkg");
        try (Database db = Database.open(dir.resolve("io.sqlite"))) {
            AppServices services = Bootstrap.wire(db, new MutableClock(NOW), dir.resolve("io-media"));
            services.exchange().importFile(source, ImportOptions.defaults(), ProgressListener.NONE);
            List<Deck> decks = services.library().decks();
            var imported = db.read(() -> new io.deckhand.storage.SqliteCardRepository(db, new MutableClock(NOW))
                    .byDecks(decks.stream().map(Deck::id).toList()));
            assertEquals(4, imported.size(), "one type-in card and one card per occlusion");
            var typed = imported.stream().filter(c -> c.front().contains("API server")).findFirst().orElseThrow();
            assertTrue(!typed.front().contains("{{") && !typed.front().contains("type:"), typed.front());
            assertTrue(typed.back().contains("6443"), typed.back());
            services.exchange().exportDeck(new io.deckhand.domain.deck.DeckName("Anki"), ExchangeFormat.APKG, out, true,
                    ProgressListener.NONE);
            assertEquals(List.of(), AnkiImportRules.check(out, NOW, dir));
            addExported(out, dir, after);
            try (ExtractedPackage back = new ApkgReader().open(out)) {
                assertEquals(List.of("control-plane.png"), back.contents().media().stream().map(io.deckhand.exchange.MediaFile::name).toList());
                assertTrue(java.util.Arrays.equals(Files.readAllBytes(image), Files.readAllBytes(back.contents().media().get(0).content())));
            }
            ImportReport again = services.exchange().importFile(out, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(0, again.added());
            assertEquals(0, again.updated(), "an unchanged export changes nothing");
        }
        assertEquals(4, before.cards().size());
        assertEquals(before.cards(), after.cards(), "the type-in card and all three occlusions");
        assertEquals(before.notes(), after.notes(), "same ids, GUIDs, note types and fields");
        assertTrue(after.noteTypes().containsAll(before.noteTypes()), "note types keep id, fields, templates and CSS");
    }

    /** Deleting Anki cards in Browse and undoing it brings back their origin too: the export is the same as before. */
    @org.junit.jupiter.api.Test
    void undoingADeleteKeepsWhatCameFromAnki() throws Exception {
        Path file = SharedFixtures.require("fixtures/anki/ankipandas/few_basic_cards.anki2");
        AnkiView first = new AnkiView();
        AnkiView second = new AnkiView();
        try (Database db = Database.open(dir.resolve("u.sqlite"))) {
            AppServices services = Bootstrap.wire(db, new MutableClock(NOW), dir.resolve("u-media"));
            services.exchange().importFile(file, ImportOptions.defaults(), ProgressListener.NONE);
            List<Deck> roots = services.library().decks().stream().filter(d -> d.name().parent() == null).toList();
            for (Deck root : roots) {
                Path before = dir.resolve("before-" + root.id().value() + ".apkg");
                services.exchange().exportDeck(root.name(), ExchangeFormat.APKG, before, true, ProgressListener.NONE);
                addExported(before, dir, first);
            }
            var all = services.browse().search("").stream().map(io.deckhand.app.browse.BrowseRow::id).toList();
            assertTrue(services.browse().delete(all) > 0);
            services.study().undoHistory().undo();
            for (Deck root : roots) {
                Path after = dir.resolve("after-" + root.id().value() + ".apkg");
                services.exchange().exportDeck(root.name(), ExchangeFormat.APKG, after, true, ProgressListener.NONE);
                addExported(after, dir, second);
            }
        }
        assertEquals(first.notes(), second.notes());
        assertEquals(first.cards(), second.cards());
        assertEquals(first.revlog(), second.revlog());
        assertEquals(6, first.revlog().size());
        assertEquals(7, first.notes().size());
    }
}
