package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.app.AppServices;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.exchange.apkg.AnkiImportRules;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.support.MutableClock;
import io.deckhand.support.SharedFixtures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An exported .apkg carries the media its cards refer to and the flowcharts drawn as SVG files. */
class ApkgMediaExportTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final Pattern IMG = Pattern.compile("<img src=\"([^\"]+)\"");
    private static final String FLOW = "```mermaid\nflowchart LR\n  C[Client] --> S[Service] --> P[Pod]\n```";
    private static final String OTHER_FLOW = "```mermaid\ngraph TD\n  D[Deployment] --> R[ReplicaSet]\n```";

    @TempDir
    Path dir;

    private final class Collection implements AutoCloseable {
        final Database db;
        final AppServices services;
        final Path media;

        Collection(String name) throws Exception {
            db = Database.open(dir.resolve(name + ".sqlite"));
            media = dir.resolve(name + "-media");
            services = Bootstrap.wire(db, new MutableClock(NOW), media);
        }

        List<Card> allCards() throws Exception {
            var cards = new SqliteCardRepository(db, new MutableClock(NOW));
            return db.read(() -> cards.byDecks(services.library().decks().stream().map(Deck::id).toList()));
        }

        @Override
        public void close() {
            db.close();
        }
    }

    /**
     * The package's media map (zip entry number to name) and each media file's bytes, by name:
     * a JSON map and plain files in the legacy container, zstd protobuf and zstd files in the current one.
     */
    private static Map<String, byte[]> mediaOf(Path apkg) throws Exception {
        Map<String, byte[]> byName = new TreeMap<>();
        try (ZipFile zip = new ZipFile(apkg.toFile())) {
            if (zip.getEntry("meta") != null) {
                var list = AnkiImportRules.Proto.decode(AnkiImportRules.unzstd(zip.getInputStream(zip.getEntry("media")).readAllBytes()));
                int number = 0;
                for (Object e : list.getOrDefault(1, List.of())) {
                    String name = AnkiImportRules.Proto.string(AnkiImportRules.Proto.decode((byte[]) e), 1);
                    ZipEntry entry = zip.getEntry(String.valueOf(number++));
                    assertTrue(entry != null, name + " is in the zip");
                    byName.put(name, AnkiImportRules.unzstd(zip.getInputStream(entry).readAllBytes()));
                }
                return byName;
            }
            Map<?, ?> map;
            try (InputStream in = zip.getInputStream(zip.getEntry("media"))) {
                map = new ObjectMapper().readValue(in, Map.class);
            }
            int number = 0;
            for (var e : new TreeMap<>(map).entrySet()) {
                assertEquals(String.valueOf(number++), e.getKey(), "entries are numbered 0, 1, 2...");
                ZipEntry entry = zip.getEntry((String) e.getKey());
                assertTrue(entry != null, "entry " + e.getKey() + " is in the zip");
                try (InputStream in = zip.getInputStream(entry)) {
                    byName.put((String) e.getValue(), in.readAllBytes());
                }
            }
        }
        return byName;
    }

    /** The notes' fields and the note types' css, read with plain SQL from the package's collection.anki2. */
    private List<String> fieldsOf(Path apkg, StringBuilder css) throws Exception {
        Path db = Files.createTempFile(dir, "collection", ".anki2");
        try (ZipFile zip = new ZipFile(apkg.toFile()); InputStream in = zip.getInputStream(zip.getEntry("collection.anki2"))) {
            Files.copy(in, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> fields = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select flds from notes order by id")) {
                while (rs.next()) fields.add(rs.getString(1));
            }
            try (ResultSet rs = st.executeQuery("select models from col")) {
                rs.next();
                new ObjectMapper().readTree(rs.getString(1)).forEach(m -> css.append(m.get("css").asText()).append('\n'));
            }
        }
        return fields;
    }

    @Test
    void imagesDiagramsAndSoundsTravelAsMediaAndMissingFilesAreReported() throws Exception {
        byte[] png = Files.readAllBytes(SharedFixtures.require("fixtures/mermaid/reference/a_cluster.png"));
        Path out = dir.resolve("k8s.apkg");
        try (Collection a = new Collection("src")) {
            Files.createDirectories(a.media);
            Files.write(a.media.resolve("cluster map.png"), png);
            Files.write(a.media.resolve("beep.mp3"), new byte[] {1, 2, 3});
            Files.write(a.media.resolve("unused.png"), new byte[] {9});
            var library = a.services.library();
            library.addCard(new DeckName("K8s"), "Which parts does a cluster have? ![the map](cluster%20map.png)",
                    "Control plane and nodes", List.of("arch"));
            library.addCard(new DeckName("K8s::Net"), "How does traffic reach a Pod?", FLOW, List.of());
            library.addCard(new DeckName("K8s::Net"), "Draw the path again", FLOW, List.of());
            library.addCard(new DeckName("K8s::Apps"), "What owns a ReplicaSet?", OTHER_FLOW, List.of());
            library.addCard(new DeckName("K8s"), "Which logo? ![](missing.png)", "The wheel", List.of());
            library.addCard(new DeckName("K8s"), "What sound? \\[sound:beep.mp3\\]", "A beep", List.of());
            library.addCard(new DeckName("K8s"), "A Pod manifest", "```yaml\napiVersion: v1\nkind: Pod\n```", List.of());
            library.addCard(new DeckName("Elsewhere"), "Not exported ![](unused.png)", "no", List.of());

            var summary = a.services.exchange().exportDeck(new DeckName("K8s"), ExchangeFormat.APKG, out, false,
                    ProgressListener.NONE);
            assertEquals(4, summary.media(), "image, sound and two distinct diagrams");
            assertEquals(List.of("missing.png"), summary.skipped().stream().map(ImportReport.Issue::item).toList());
            assertTrue(summary.skipped().get(0).message().contains("no such file"), summary.skipped().toString());
        }

        Map<String, byte[]> media = mediaOf(out);
        assertArrayEquals(png, media.get("cluster map.png"), "the image's bytes");
        assertArrayEquals(new byte[] {1, 2, 3}, media.get("beep.mp3"));
        assertFalse(media.containsKey("unused.png"), "only what the exported cards refer to");
        List<String> svgs = media.keySet().stream().filter(n -> n.startsWith("deckhand-diagram-")).toList();
        assertEquals(2, svgs.size(), "one file per distinct diagram: " + media.keySet());
        for (String svg : svgs) {
            assertTrue(svg.matches("deckhand-diagram-[0-9a-f]{16}\\.svg"), svg);
            String text = new String(media.get(svg), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""), text);
            assertTrue(text.contains("<style>"), "standalone: its colours do not need Deckhand's page");
        }

        StringBuilder css = new StringBuilder();
        List<String> fields = fieldsOf(out, css);
        Map<String, Integer> references = new HashMap<>();
        for (String f : fields) {
            assertFalse(f.contains("<svg"), "diagrams are files, not inline SVG: " + f);
            Matcher m = IMG.matcher(f);
            while (m.find()) references.merge(m.group(1), 1, Integer::sum);
        }
        assertEquals(1, references.get("cluster map.png"), "the image by its plain name: " + references);
        assertEquals(3, svgs.stream().mapToInt(s -> references.getOrDefault(s, 0)).sum(),
                "three cards show the two diagrams: " + references);
        assertEquals(1, references.get("missing.png"), "a missing file keeps its reference");
        assertTrue(fields.stream().anyMatch(f -> f.contains("[sound:beep.mp3]")), fields.toString());
        assertTrue(fields.stream().anyMatch(f -> f.contains("class=\"tk-key\"")), "highlighted YAML stays HTML");
        assertTrue(css.toString().contains(".tk-key{color:var(--dh-tk-key)}"), "the note types style the highlight");
        assertTrue(css.toString().contains("--dh-tk-key:#"), "with concrete colours");
        assertTrue(css.toString().contains(".nightMode"), "and have night-mode colours");
        assertTrue(css.toString().contains(".nightMode img[src^=\"deckhand-diagram-\"]"), "diagrams are dimmed at night");

        try (Collection b = new Collection("dst")) {
            ImportReport report = b.services.exchange().importFile(out, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(4, report.media());
            assertArrayEquals(png, Files.readAllBytes(b.media.resolve("cluster map.png")));
            for (String svg : svgs) assertTrue(Files.isRegularFile(b.media.resolve(svg)), svg);
            Card logo = b.allCards().stream().filter(c -> c.front().startsWith("Which parts")).findFirst().orElseThrow();
            assertTrue(logo.front().contains("](cluster%20map.png)"), logo.front());
        }
    }

    /** Media an Anki package brought in goes back out with the cards that use it. */
    @Test
    void mediaImportedFromAnkiIsExportedAgain() throws Exception {
        Path apkg = SharedFixtures.require("fixtures/anki/ankitects-anki/media.apkg");
        Path out = dir.resolve("again.apkg");
        try (Collection a = new Collection("anki")) {
            a.services.exchange().importFile(apkg, ImportOptions.defaults(), ProgressListener.NONE);
            assertTrue(Files.isRegularFile(a.media.resolve("foo.wav")));
            String deck = a.services.library().decks().get(0).name().value();
            var summary = a.services.exchange().exportDeck(new DeckName(deck), ExchangeFormat.APKG, out, false,
                    ProgressListener.NONE);
            assertEquals(1, summary.media(), summary.toString());
        }
        assertEquals("abc\n", new String(mediaOf(out).get("foo.wav"), StandardCharsets.UTF_8));
    }

    /** Without a media folder nothing is carried, each referenced file is reported. */
    @Test
    void aCollectionWithoutAMediaFolderReportsEveryReference() throws Exception {
        try (Database db = Database.open(dir.resolve("nomedia.sqlite"))) {
            AppServices services = Bootstrap.wire(db, new MutableClock(NOW), null);
            services.library().addCard(new DeckName("D"), "![](a.png) and ![](b.png)", FLOW, List.of());
            Path out = dir.resolve("d.apkg");
            var summary = services.exchange().exportDeck(new DeckName("D"), ExchangeFormat.APKG, out, false,
                    ProgressListener.NONE);
            assertEquals(1, summary.media(), "the diagram is drawn for the export");
            assertEquals(List.of("a.png", "b.png"), summary.skipped().stream().map(ImportReport.Issue::item).toList());
            assertTrue(summary.skipped().get(0).message().contains("no media folder"));
        }
    }

    /** CSV keeps the inline drawing (a text table has no media); images keep their names. */
    @Test
    void csvExportKeepsInlineDiagrams() throws Exception {
        try (Collection a = new Collection("csv")) {
            a.services.library().addCard(new DeckName("D"), "Flow", FLOW, List.of());
            a.services.library().addCard(new DeckName("D"), "Logo ![](logo.png)", "wheel", List.of());
            Path out = dir.resolve("d.csv");
            a.services.exchange().exportDeck(new DeckName("D"), ExchangeFormat.CSV, out, false, ProgressListener.NONE);
            String csv = Files.readString(out);
            Map<String, List<org.jsoup.nodes.Element>> rows = new HashMap<>();
            // Anki's text export: '#' header lines, tab-separated guid, note type, deck, then the fields.
            var format = org.apache.commons.csv.CSVFormat.TDF.builder().setCommentMarker('#').setIgnoreSurroundingSpaces(false).build();
            for (org.apache.commons.csv.CSVRecord row : format.parse(new java.io.StringReader(csv))) {
                List<org.jsoup.nodes.Element> sides = List.of(org.jsoup.Jsoup.parseBodyFragment(row.get(3)).body(),
                        org.jsoup.Jsoup.parseBodyFragment(row.get(4)).body());
                rows.put(sides.get(0).text(), sides);
            }
            List<org.jsoup.nodes.Element> flow = rows.get("Flow");
            assertEquals(1, flow.get(1).select("svg").size(), csv);
            assertTrue(flow.get(1).select("img").isEmpty(), "no diagram file in a text table: " + csv);
            org.jsoup.nodes.Element logo = rows.get("Logo").get(0);
            assertEquals(List.of("logo.png"), logo.select("img").eachAttr("src"), "images keep their names: " + csv);
        }
    }

    /** A cloze note from Anki keeps its fields as HTML; exported again, its formatting and image still work. */
    @Test
    void clozeNotesFromAnkiKeepTheirImagesAndFormatting() throws Exception {
        Path png = Files.write(dir.resolve("node.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        String field = "The <b>{{c1::kubelet}}</b> runs Pods on <i>every</i> node<br><img src=\"node.png\">";
        var note = new io.deckhand.exchange.PackageNote(1, "cloze-guid", io.deckhand.exchange.StockNoteTypes.CLOZE_ID,
                List.of(field, ""), List.of("anki"), NOW);
        var card = new io.deckhand.exchange.PackageCard(1, 1, 1, 0, io.deckhand.domain.card.CardKind.CLOZE,
                "The **\\[...\\]** runs Pods", "The **kubelet** runs Pods",
                io.deckhand.domain.schedule.SchedulingState.newCard(NOW), false, false, false, 0);
        var pkg = new io.deckhand.exchange.DeckPackage(
                List.of(new io.deckhand.exchange.PackageDeck(1, new DeckName("Nodes"), "")),
                io.deckhand.exchange.StockNoteTypes.all(), List.of(note), List.of(card), List.of(),
                List.of(new io.deckhand.exchange.MediaFile("node.png", png)), List.of());
        Path fromAnki = dir.resolve("from-anki.apkg");
        new io.deckhand.exchange.apkg.ApkgWriter().write(pkg, fromAnki,
                new io.deckhand.exchange.apkg.ApkgWriter.Options(false, NOW));
        Path out = dir.resolve("nodes.apkg");
        try (Collection a = new Collection("cloze")) {
            a.services.exchange().importFile(fromAnki, ImportOptions.defaults(), ProgressListener.NONE);
            var summary = a.services.exchange().exportDeck(new DeckName("Nodes"), ExchangeFormat.APKG, out, false,
                    ProgressListener.NONE);
            assertEquals(1, summary.media(), summary.toString());
        }
        String exported = fieldsOf(out, new StringBuilder()).get(0);
        org.jsoup.nodes.Element side = org.jsoup.Jsoup.parseBodyFragment(exported).body();
        assertEquals(List.of("{{c1::kubelet}}"), side.select("strong").eachText(), exported);
        assertEquals(List.of("every"), side.select("em").eachText(), exported);
        assertEquals(List.of("node.png"), side.select("img").eachAttr("src"), exported);
        assertTrue(side.text().startsWith("The {{c1::kubelet}} runs Pods on every node"), exported);
        assertFalse(side.text().contains("<"), "no escaped tags: " + exported);
        assertTrue(mediaOf(out).containsKey("node.png"));
    }
}
