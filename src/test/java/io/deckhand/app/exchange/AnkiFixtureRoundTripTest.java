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
    private record AnkiView(Set<String> guids, Set<String> cards, List<String> revlog, Set<String> noteTypes) {
    }

    private static AnkiView original(Path file) throws Exception {
        try (ExtractedPackage read = new ApkgReader().open(file)) {
            DeckPackage p = read.contents();
            Map<Long, PackageNote> notes = new HashMap<>();
            p.notes().forEach(n -> notes.put(n.id(), n));
            Set<String> guids = new HashSet<>();
            Set<String> cards = new HashSet<>();
            Set<Long> usedTypes = new HashSet<>();
            for (PackageCard c : p.cards()) {
                PackageNote n = notes.get(c.noteId());
                guids.add(n.guid());
                cards.add(n.guid() + "/" + c.ordinal());
                usedTypes.add(n.noteTypeId());
            }
            List<String> revlog = new ArrayList<>();
            for (PackageReview r : p.reviews()) revlog.add(row(r.reviewedAt().toEpochMilli(), r.rating().code(), r.intervalDays(),
                    r.lastIntervalDays(), r.easeFactor()));
            Set<String> types = new HashSet<>();
            p.noteTypes().stream().filter(t -> usedTypes.contains(t.id())).forEach(t -> types.add(t.name() + " " + t.fields()));
            return new AnkiView(guids, cards, revlog, types);
        }
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
            ResultSet cards = st.executeQuery("select n.guid, c.ord from cards c join notes n on n.id = c.nid");
            while (cards.next()) {
                into.guids().add(cards.getString(1));
                into.cards().add(cards.getString(1) + "/" + cards.getInt(2));
            }
            ResultSet revlog = st.executeQuery("select id, ease, ivl, lastIvl, factor from revlog");
            while (revlog.next()) into.revlog().add(row(revlog.getLong(1), revlog.getInt(2), revlog.getInt(3), revlog.getInt(4), revlog.getInt(5)));
            ResultSet models = st.executeQuery("select models from col");
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(models.getString(1));
            json.elements().forEachRemaining(m -> {
                List<String> fields = new ArrayList<>();
                m.path("flds").forEach(f -> fields.add(f.path("name").asText()));
                into.noteTypes().add(m.path("name").asText() + " " + fields);
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
        AnkiView after = new AnkiView(new HashSet<>(), new HashSet<>(), new ArrayList<>(), new HashSet<>());
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
        System.out.printf("round-trip %-36s GUIDs %d/%d  cards %d/%d  revlog rows as written %d/%d  note types %d/%d%n",
                fixture, guids, before.guids().size(), cards, before.cards().size(), revlog, before.revlog().size(),
                types, before.noteTypes().size());
        assertEquals(before.guids().size(), guids, "every note's GUID comes back");
        assertEquals(before.revlog().size(), after.revlog().size(), "every review row comes back");
        assertEquals(before.revlog().size(), revlog, "review rows as Anki wrote them");
        assertTrue(after.cards().size() >= before.cards().size());
    }
}
