package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.CancelledException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.DeckPackage;
import io.deckhand.exchange.PackageCard;
import io.deckhand.exchange.PackageDeck;
import io.deckhand.exchange.PackageNote;
import io.deckhand.exchange.StockNoteTypes;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.MutableClock;
import io.deckhand.support.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExchangeServiceTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;

    /** A collection in a real SQLite file with a media folder. */
    private final class Collection implements AutoCloseable {
        final MutableClock clock = new MutableClock(NOW);
        final Database db;
        final AppServices services;

        Collection(String name) throws Exception {
            db = Database.open(dir.resolve(name + ".sqlite"));
            services = Bootstrap.wire(db, clock, dir.resolve(name + "-media"));
        }

        ExchangeService exchange() {
            return services.exchange();
        }

        List<Card> allCards() throws Exception {
            var cards = new SqliteCardRepository(db, clock);
            return db.read(() -> cards.byDecks(services.library().decks().stream().map(Deck::id).toList()));
        }

        long reviews() throws Exception {
            var log = new SqliteReviewLogRepository(db);
            return db.read(log::count);
        }

        List<String> deckNames() throws Exception {
            return services.library().decks().stream().map(d -> d.name().value()).sorted().toList();
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private static Path fixture(String name) {
        return SharedFixtures.require("fixtures/anki/" + name);
    }

    @Test
    void importsAnAnkiCollectionWithReviewsAndComputesFsrsMemoryFromTheLog() throws Exception {
        try (Collection col = new Collection("a")) {
            ImportReport r = col.exchange().importFile(fixture("ankipandas/few_basic_cards.anki2"),
                    ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(7, r.added());
            assertEquals(12, r.cards());
            assertEquals(6, r.reviews());
            assertEquals(6, col.reviews());
            assertTrue(col.deckNames().contains("EnglishGerman"), col.deckNames().toString());
            List<Card> cards = col.allCards();
            assertEquals(12, cards.size());
            Card reviewed = cards.stream().filter(c -> c.scheduling().state() == CardState.REVIEW).findFirst().orElseThrow();
            assertTrue(reviewed.scheduling().stability() > 0 && reviewed.scheduling().difficulty() >= 1,
                    "memory state replayed from the review log: " + reviewed.scheduling());
            assertTrue(cards.stream().anyMatch(c -> c.kind() == CardKind.REVERSED));
            assertTrue(cards.stream().anyMatch(c -> c.tags().contains("german")));

            ImportReport again = col.exchange().importFile(fixture("ankipandas/few_basic_cards.anki2"),
                    ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(0, again.added());
            assertEquals(7, again.skipped());
            assertTrue(again.issues().stream().anyMatch(i -> i.message().contains("unchanged")), again.issues().toString());
            assertEquals(12, col.allCards().size(), "no duplicates");
            assertEquals(6, col.reviews(), "history not doubled");
        }
    }

    @Test
    void reimportUpdatesTheNoteWithTheSameGuid() throws Exception {
        try (Collection col = new Collection("b")) {
            col.exchange().importFile(fixture("ankitects-anki/update1.apkg"), ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals("hello", col.allCards().get(0).front());
            ImportReport r = col.exchange().importFile(fixture("ankitects-anki/update2.apkg"), ImportOptions.defaults(),
                    ProgressListener.NONE);
            assertEquals(0, r.added());
            assertEquals(1, r.updated());
            assertEquals(1, col.allCards().size());
            assertEquals("goodbye", col.allCards().get(0).front());
        }
    }

    @Test
    void mediaIsCopiedIntoTheMediaFolderOnly() throws Exception {
        try (Collection col = new Collection("m")) {
            ImportReport r = col.exchange().importFile(fixture("ankitects-anki/media.apkg"), ImportOptions.defaults(),
                    ProgressListener.NONE);
            assertEquals(1, r.media());
            assertEquals("abc\n", Files.readString(dir.resolve("m-media/foo.wav")));
        }
    }

    @Test
    void failedImportsLeaveTheCollectionFileByteForByteUnchanged() throws Exception {
        Path file = dir.resolve("c.sqlite");
        try (Collection col = new Collection("c")) {
            col.exchange().importFile(fixture("ankitects-anki/update1.apkg"), ImportOptions.defaults(), ProgressListener.NONE);
        }
        byte[] before = Files.readAllBytes(file);
        Path slip = dir.resolve("slip.apkg");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(slip))) {
            zip.putNextEntry(new ZipEntry("../../escape.txt"));
            zip.write(1);
            zip.closeEntry();
        }
        Path ragged = Files.writeString(dir.resolve("ragged.csv"), "a,b\nc\nd,e\n");
        Path truncated = dir.resolve("half.anki2");
        byte[] whole = Files.readAllBytes(fixture("ankipandas/few_basic_cards.anki2"));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 3));
        try (Collection col = new Collection("c")) {
            for (Path bad : List.of(slip, ragged, truncated)) {
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> col.exchange().importFile(bad, ImportOptions.defaults(), ProgressListener.NONE));
                assertTrue(!e.getMessage().isBlank());
            }
            assertTrue(assertThrows(InvalidInputException.class, () -> col.exchange().importFile(ragged,
                    ImportOptions.defaults(), ProgressListener.NONE)).getMessage().contains("Line 2"));
            // fails half way through writing: cancelled after the first batch of notes
            ProgressListener cancelLater = new ProgressListener() {
                int reports;

                @Override
                public void report(Progress p) {
                    reports++;
                }

                @Override
                public boolean isCancelled() {
                    return reports >= 2;
                }
            };
            assertThrows(CancelledException.class,
                    () -> col.exchange().importPackage(bigPackage(2000), ImportOptions.defaults(), cancelLater));
            assertEquals(1, col.allCards().size());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    private static DeckPackage bigPackage(int n) {
        List<PackageNote> notes = new ArrayList<>();
        List<PackageCard> cards = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            notes.add(new PackageNote(i, "big-" + i, StockNoteTypes.BASIC_ID, List.of("q" + i, "a" + i), List.of(), NOW));
            cards.add(new PackageCard(i, i, 1, 0, CardKind.BASIC, "q" + i, "a" + i, SchedulingState.newCard(NOW), false,
                    false, false, 0));
        }
        return new DeckPackage(List.of(new PackageDeck(1, new DeckName("Big"), "")), StockNoteTypes.all(), notes, cards,
                List.of(), List.of(), List.of());
    }

    @Test
    void exportedApkgImportsBackWithDecksTagsCardsAndReviewLog() throws Exception {
        Path out = dir.resolve("export.apkg");
        List<Card> original;
        int exportedReviews;
        try (Collection a = new Collection("src")) {
            a.exchange().importFile(fixture("ankipandas/few_basic_cards.anki2"), ImportOptions.defaults(), ProgressListener.NONE);
            a.services.library().addCard(new DeckName("Testing::Colours"), "**Red**", "Rot", List.of("colour"));
            var testing = a.services.library().decks().stream().filter(d -> d.name().value().startsWith("Testing"))
                    .map(Deck::id).toList();
            original = a.allCards().stream().filter(c -> testing.contains(c.deckId())).toList();
            var summary = a.exchange().exportDeck(new DeckName("Testing"), ExchangeFormat.APKG, out, true,
                    ProgressListener.NONE);
            exportedReviews = summary.reviews();
            assertEquals(6, exportedReviews, "the reviewed cards are all in Testing");
            assertEquals(original.size(), summary.cards());
        }
        try (Collection b = new Collection("dst")) {
            ImportReport r = b.exchange().importFile(out, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(List.of("Testing", "Testing::Colours"), b.deckNames());
            List<Card> imported = b.allCards();
            assertEquals(original.size(), imported.size());
            assertEquals(original.stream().map(c -> c.tags().toString()).sorted().toList(),
                    imported.stream().map(c -> c.tags().toString()).sorted().toList());
            assertEquals(original.stream().map(c -> c.scheduling().state() + " " + c.scheduling().scheduledDays()).sorted().toList(),
                    imported.stream().map(c -> c.scheduling().state() + " " + c.scheduling().scheduledDays()).sorted().toList());
            Card red = imported.stream().filter(c -> c.front().contains("Red")).findFirst().orElseThrow();
            assertEquals("**Red**", red.front(), "Markdown travels as HTML and comes back as Markdown");
            assertEquals(exportedReviews, b.reviews());
            assertEquals(exportedReviews, r.reviews());
        }
    }

    /** The review log travels with the cards now in the exported decks, wherever they were answered. */
    @Test
    void exportWithSchedulingTakesTheHistoryOfTheDecksCardsOnly() throws Exception {
        try (Collection a = new Collection("history")) {
            var library = a.services.library();
            Card stays = library.addCard(new DeckName("Ops::Net"), "What is a Service?", "A stable address", List.of());
            Card moved = library.addCard(new DeckName("Elsewhere"), "What is a Pod?", "The smallest unit", List.of());
            Card other = library.addCard(new DeckName("Elsewhere"), "What is a Node?", "A machine", List.of());
            for (Card c : List.of(stays, moved, other, stays)) {
                a.services.study().answer(c.id(), io.deckhand.domain.schedule.Rating.GOOD, java.time.Duration.ofSeconds(4));
                a.clock.advance(java.time.Duration.ofMinutes(10));
            }
            library.editCard(moved.id(), moved.front(), moved.back(), moved.tags(), new DeckName("Ops"));
            for (ExchangeFormat format : List.of(ExchangeFormat.APKG, ExchangeFormat.JSON)) {
                Path out = dir.resolve("ops." + format.name().toLowerCase());
                var summary = a.exchange().exportDeck(new DeckName("Ops"), format, out, true, ProgressListener.NONE);
                assertEquals(2, summary.cards(), format.name());
                assertEquals(3, summary.reviews(), format + ": two answers to the Service card, one to the moved Pod card");
            }
            // the notes are found for every exported card: their GUIDs travel, not stand-ins
            try (var read = new io.deckhand.exchange.apkg.ApkgReader().open(dir.resolve("ops.apkg"))) {
                assertEquals(2, read.contents().notes().size());
                assertTrue(read.contents().notes().stream().noneMatch(n -> n.guid().startsWith("deckhand-note-")),
                        read.contents().notes().toString());
            }
            List<String> guids = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dir.resolve("ops.json").toFile())
                    .findValuesAsText("guid");
            assertFalse(guids.isEmpty());
            assertTrue(guids.stream().noneMatch(g -> g.startsWith("deckhand-note-")), guids.toString());
        }
    }

    @Test
    void markdownNotesGoThroughTheExtractorAndReimportDoesNotDuplicate() throws Exception {
        Path vault = Files.createDirectories(dir.resolve("vault"));
        Files.writeString(vault.resolve("pods.md"), "# Pods\n\nWhat is a Pod?::The smallest deployable unit\n\n"
                + "Which command lists pods?:::kubectl get pods\n");
        try (Collection col = new Collection("notes")) {
            ImportReport first = col.exchange().importFile(vault, ImportOptions.defaults(), ProgressListener.NONE);
            assertTrue(first.added() >= 2, first.toString());
            assertTrue(col.allCards().stream().anyMatch(c -> c.front().contains("What is a Pod?")));
            int cards = col.allCards().size();
            ImportReport again = col.exchange().importFile(vault, ImportOptions.defaults(), ProgressListener.NONE);
            assertEquals(0, again.added());
            assertEquals(cards, col.allCards().size());
        }
    }

    @Test
    void deepDeckNamesFromEveryFormatAreRefusedAndChangeNothing() throws Exception {
        Path file = dir.resolve("deep.sqlite");
        try (Collection col = new Collection("deep")) {
            col.services.library().addCard(new DeckName("Kept"), "q", "a", List.of());
        }
        byte[] before = Files.readAllBytes(file);
        String deep = "k8s::".repeat(8_000) + "leaf";
        Path json = Files.writeString(dir.resolve("deep.json"), "{\"format\":\"deckhand.deck\",\"version\":1,"
                + "\"name\":\"x\",\"cards\":[{\"guid\":\"g1\",\"kind\":\"basic\",\"front\":\"q\",\"back\":\"a\","
                + "\"deck\":\"" + deep + "\"}]}");
        Path csv = Files.writeString(dir.resolve("deep.csv"), "#separator:comma\n#deck:" + deep + "\nq,a\n");
        DeckPackage pkg = new DeckPackage(List.of(new PackageDeck(1, new DeckName(deep), "")), StockNoteTypes.all(),
                List.of(new PackageNote(1, "deep-1", StockNoteTypes.BASIC_ID, List.of("q", "a"), List.of(), NOW)),
                List.of(new PackageCard(1, 1, 1, 0, CardKind.BASIC, "q", "a", SchedulingState.newCard(NOW), false,
                        false, false, 0)), List.of(), List.of(), List.of());
        try (Collection col = new Collection("deep")) {
            List<String> messages = new ArrayList<>();
            for (Path bad : List.of(json, csv)) {
                messages.add(assertThrows(InvalidInputException.class,
                        () -> col.exchange().importFile(bad, ImportOptions.defaults(), ProgressListener.NONE)).getMessage());
            }
            messages.add(assertThrows(InvalidInputException.class,
                    () -> col.exchange().importPackage(pkg, ImportOptions.defaults(), ProgressListener.NONE)).getMessage());
            for (String m : messages) assertTrue(m.contains("levels") && !m.contains("\n") && m.length() < 400, m);
            assertEquals(List.of("Kept"), col.deckNames());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void markdownExportKeepsDeckNamesAndCardTagsAndReportsWhatItWroteDifferently() throws Exception {
        Path md = dir.resolve("core.md");
        ExchangeService.ExportSummary summary;
        try (Collection a = new Collection("mdout")) {
            var library = a.services.library();
            library.addCard(new DeckName("Core Concepts::Pod Basics"), "What is a Pod?", "Smallest unit", List.of("cka", "pods"));
            library.addCard(new DeckName("Core Concepts::Pod Basics"), "What runs a Pod?", "The kubelet", List.of("cka"));
            library.addCard(new DeckName("Core Concepts"), "Setup first.\n\nThen: what is a node?", "A machine", List.of("cka", "flashcards/old"));
            summary = a.exchange().exportDeck(new DeckName("Core Concepts"), ExchangeFormat.MARKDOWN, md, false, ProgressListener.NONE);
        }
        assertEquals(List.of("1 card's front held blank lines, written as one paragraph: the plugin starts a new card after a blank line.",
                "1 note's tags left out (flashcards/old): an Obsidian tag holds no space or '#', and a tag under flashcards/ would"
                        + " file the card in that deck."), summary.changed());
        try (Collection b = new Collection("mdin")) {
            assertEquals(3, b.exchange().importFile(md, ImportOptions.defaults(), ProgressListener.NONE).added(), Files.readString(md));
            assertEquals(List.of("Core Concepts", "Core Concepts::Pod Basics"), b.deckNames());
            Map<String, List<String>> tags = new TreeMap<>();
            for (Card c : b.allCards()) {
                tags.put(c.front(), c.tags().stream().filter(t -> !t.startsWith("flashcards/")).sorted().toList());
            }
            assertEquals(Map.of("What is a Pod?", List.of("cka", "pods"), "What runs a Pod?", List.of("cka"),
                    "Setup first.\nThen: what is a node?", List.of("cka")), tags);
        }
    }

    @Test
    void exportsCsvJsonAndMarkdown() throws Exception {
        try (Collection a = new Collection("fmt")) {
            a.services.library().addCard(new DeckName("K8s::Net"), "What is a Service?", "Stable address", List.of("net"));
            Path csv = dir.resolve("d.csv");
            Path json = dir.resolve("d.json");
            Path md = dir.resolve("d.md");
            a.exchange().exportDeck(new DeckName("K8s"), ExchangeFormat.CSV, csv, false, ProgressListener.NONE);
            a.exchange().exportDeck(new DeckName("K8s"), ExchangeFormat.JSON, json, false, ProgressListener.NONE);
            a.exchange().exportDeck(new DeckName("K8s"), ExchangeFormat.MARKDOWN, md, false, ProgressListener.NONE);
            assertTrue(Files.readAllLines(csv).stream().anyMatch("#deck column:3"::equals), Files.readString(csv));
            assertTrue(Files.readAllLines(md).stream().anyMatch("What is a Service?::Stable address"::equals), Files.readString(md));
            try (Collection b = new Collection("fmt2")) {
                assertEquals(1, b.exchange().importFile(json, ImportOptions.defaults(), ProgressListener.NONE).added());
                // both exports carry the note's GUID; the CSV's HTML converts back to the same Markdown
                ImportReport fromCsv = b.exchange().importFile(csv, ImportOptions.defaults(), ProgressListener.NONE);
                assertEquals(0, fromCsv.added());
                assertEquals(1, fromCsv.skipped());
                assertEquals(List.of("K8s", "K8s::Net"), b.deckNames());
            }
        }
    }
}
