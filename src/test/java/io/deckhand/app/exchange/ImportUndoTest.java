package io.deckhand.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.Database;
import io.deckhand.support.MutableClock;
import io.deckhand.support.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo of an import (apkg, CSV, JSON deck file, Markdown notes) puts the collection back exactly:
 * every row of every table, and the media folder, compared before the import and after its undo.
 */
class ImportUndoTest {
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @TempDir
    Path dir;

    private final class Collection implements AutoCloseable {
        final MutableClock clock = new MutableClock(NOW);
        final Path file;
        final Path media;
        final Database db;
        final AppServices services;

        Collection(String name) throws Exception {
            file = dir.resolve(name + ".sqlite");
            media = dir.resolve(name + "-media");
            db = Database.open(file);
            services = Bootstrap.wire(db, clock, media);
        }

        /** Some content of the user's own, studied, so the undo has something to leave alone. */
        Collection withOwnCards() throws Exception {
            var library = services.library();
            Card a = library.addCard(new DeckName("Mine"), "What is a Pod?", "The smallest unit", List.of("k8s"));
            library.addCard(new DeckName("Mine::Net"), "What is a Service?", "A stable address", List.of());
            services.study().answer(a.id(), Rating.GOOD, Duration.ofSeconds(3));
            clock.advance(Duration.ofMinutes(5));
            services.study().forgetUndo(); // only the import is on the history
            return this;
        }

        ExchangeService exchange() {
            return services.exchange();
        }

        void undo() throws Exception {
            assertTrue(services.study().undoHistory().nextLabel().orElseThrow().startsWith("Import of"),
                    services.study().undoHistory().nextLabel().toString());
            services.study().undoHistory().undo();
        }

        /** Every row of every table (but SQLite's id counter), in a stable order, and the media folder. */
        List<String> dump() throws Exception {
            List<String> out = new ArrayList<>();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement s = c.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' "
                        + "AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                    while (rs.next()) tables.add(rs.getString(1));
                }
                assertTrue(tables.containsAll(List.of("notes", "cards", "decks", "presets", "review_log",
                        "review_log_anki", "anki_notes", "anki_note_types")), tables.toString());
                for (String t : tables) {
                    List<String> rows = new ArrayList<>();
                    try (ResultSet rs = s.executeQuery("SELECT * FROM " + t)) {
                        ResultSetMetaData md = rs.getMetaData();
                        while (rs.next()) {
                            StringBuilder row = new StringBuilder(t).append(':');
                            for (int i = 1; i <= md.getColumnCount(); i++) row.append(rs.getString(i)).append('|');
                            rows.add(row.toString());
                        }
                    }
                    rows.sort(null);
                    out.addAll(rows);
                }
            }
            if (Files.isDirectory(media)) {
                try (Stream<Path> files = Files.list(media)) {
                    files.map(p -> "media:" + p.getFileName()).sorted().forEach(out::add);
                }
            }
            return out;
        }

        @Override
        public void close() {
            db.close();
        }
    }

    private static Path anki(String name) {
        return SharedFixtures.require("fixtures/anki/" + name);
    }

    private static void assertSame(List<String> before, List<String> after) {
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(after);
        List<String> extra = new ArrayList<>(after);
        extra.removeAll(before);
        assertEquals(before, after, "missing after undo: " + gone + "\nleft over after undo: " + extra);
    }

    @Test
    void undoOfAnApkgImportRemovesItsNotesCardsDecksReviewsAndMedia() throws Exception {
        try (Collection col = new Collection("apkg").withOwnCards()) {
            List<String> before = col.dump();
            ImportReport r = col.exchange().importFile(anki("ankitects-anki/media.apkg"), ImportOptions.defaults(),
                    ProgressListener.NONE);
            assertTrue(r.media() > 0, "the fixture brings media: " + r);
            assertNotEquals(before, col.dump());
            col.undo();
            assertSame(before, col.dump());
        }
    }

    @Test
    void undoOfAnAnkiCollectionWithHistoryAndNoteTypesRemovesAllOfIt() throws Exception {
        try (Collection col = new Collection("anki2").withOwnCards()) {
            List<String> before = col.dump();
            ImportReport r = col.exchange().importFile(anki("ankipandas/few_basic_cards.anki2"), ImportOptions.defaults(),
                    ProgressListener.NONE);
            assertTrue(r.reviews() > 0, "the fixture brings review rows: " + r);
            col.undo();
            assertSame(before, col.dump());
        }
    }

    @Test
    void undoOfAnUpdatingApkgImportPutsBackTheEarlierFields() throws Exception {
        try (Collection col = new Collection("update")) {
            col.exchange().importFile(anki("ankitects-anki/update1.apkg"), ImportOptions.defaults(), ProgressListener.NONE);
            col.services.study().forgetUndo();
            List<String> before = col.dump();
            ImportReport r = col.exchange().importFile(anki("ankitects-anki/update2.apkg"), ImportOptions.defaults(),
                    ProgressListener.NONE);
            assertTrue(r.updated() > 0, "update2 changes the notes of update1: " + r);
            assertNotEquals(before, col.dump());
            col.undo();
            assertSame(before, col.dump());
        }
    }

    @Test
    void undoOfACsvImportRemovesItsCardsAndTheDeckItMade() throws Exception {
        Path csv = Files.writeString(dir.resolve("words.csv"), "front,back\nWhat is etcd?,A key-value store\n"
                + "\"What is a\nmultiline front?\",\"One that keeps its newline\"\n");
        try (Collection col = new Collection("csv").withOwnCards()) {
            List<String> before = col.dump();
            ImportReport r = col.exchange().importFile(csv, ImportOptions.defaults(), ProgressListener.NONE);
            assertTrue(r.cards() >= 2, r.toString());
            col.undo();
            assertSame(before, col.dump());
        }
    }

    @Test
    void undoOfADeckFileImportRemovesItsPresetAndPutsBackUpdatedSchedulingAndContent() throws Exception {
        Path json = dir.resolve("ops.json");
        try (Collection col = new Collection("json").withOwnCards()) {
            var library = col.services.library();
            Card svc = library.addCard(new DeckName("Ops"), "What is a Service?", "A stable address", List.of());
            library.addCard(new DeckName("Ops::Storage"), "What is a PVC?", "A claim", List.of());
            col.services.study().answer(svc.id(), Rating.GOOD, Duration.ofSeconds(4));
            col.clock.advance(Duration.ofDays(3));
            col.exchange().exportDeck(new DeckName("Ops"), ExchangeFormat.JSON, json, true, ProgressListener.NONE);
            // since the export: the card is studied again and edited, so importing the file updates both
            col.services.study().answer(svc.id(), Rating.AGAIN, Duration.ofSeconds(9));
            col.clock.advance(Duration.ofMinutes(10));
            library.editCard(svc.id(), "What does a Service give?", svc.back(), List.of("net"), new DeckName("Ops"));
            col.services.study().forgetUndo();
            List<String> before = col.dump();
            ImportReport r = col.exchange().importFile(json, ImportOptions.defaults(), ProgressListener.NONE);
            assertTrue(r.updated() > 0, r.toString());
            assertNotEquals(before, col.dump());
            col.undo();
            assertSame(before, col.dump());
        }
        try (Collection other = new Collection("json-other").withOwnCards()) {
            List<String> before = other.dump();
            other.exchange().importFile(json, ImportOptions.defaults(), ProgressListener.NONE);
            other.undo();
            assertSame(before, other.dump());
        }
    }

    @Test
    void undoOfAMarkdownNotesImportRemovesItsCards() throws Exception {
        Path md = Files.writeString(dir.resolve("pods.md"), "# Pods\n\nWhat is a Pod?::The smallest deployable unit\n\n"
                + "What restarts a failed container?::The kubelet\n");
        try (Collection col = new Collection("md").withOwnCards()) {
            List<String> before = col.dump();
            ImportReport r = col.exchange().importFile(md, ImportOptions.defaults(), ProgressListener.NONE);
            assertTrue(r.cards() > 0, r.toString());
            col.undo();
            assertSame(before, col.dump());
        }
    }

    @Test
    void anImportWhoseCardsWereStudiedSinceIsNotUndoneAndNothingChanges() throws Exception {
        Path csv = Files.writeString(dir.resolve("one.csv"), "front,back\nWhat is etcd?,A key-value store\n");
        try (Collection col = new Collection("studied")) {
            col.exchange().importFile(csv, ImportOptions.defaults(), ProgressListener.NONE);
            // another window (its own undo history) studies the imported card
            AppServices second = Bootstrap.wire(col.db, col.clock, col.media);
            var deck = second.library().decks().stream().filter(d -> !d.name().value().equals("Default")).findFirst()
                    .orElse(second.library().decks().get(0));
            var card = second.study().next(deck.id()).orElseThrow();
            col.clock.advance(Duration.ofMinutes(1));
            second.study().answer(card.card().id(), Rating.GOOD, Duration.ofSeconds(2));
            List<String> studied = col.dump();
            var e = assertThrows(InvalidInputException.class, () -> col.services.study().undoHistory().undo());
            assertTrue(e.getMessage().contains("studied since"), e.getMessage());
            assertSame(studied, col.dump());
            assertTrue(col.services.study().undoHistory().nextLabel().isPresent(), "the import stays on the history");
        }
    }
}
