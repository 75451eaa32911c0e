package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.port.ExamRepository;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckName;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A collection made by the first schema (before exams) opens, upgrades and keeps its cards. */
class MigrationV2Test {
    @TempDir
    Path dir;

    private static String script(String name) throws Exception {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A schema-1 collection with one deck and one card, as a build before exams left it. */
    private Path versionOneCollection() throws Exception {
        Path file = dir.resolve("old.sqlite");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String part : script("V1__collection.sql").split(";\\s*(\\r?\\n|$)")) {
                if (!part.strip().isEmpty() && !part.lines().allMatch(l -> l.strip().startsWith("--") || l.isBlank())) {
                    s.execute(part);
                }
            }
            s.execute("INSERT INTO presets VALUES (1, 'Default', 'fsrs6', 0.9, '60 600', '600', 36500, 20, 200, 1, '')");
            s.execute("INSERT INTO decks VALUES (1, 'Kubernetes', 1, 0)");
            s.execute("INSERT INTO notes(id, guid, note_type, fields, modified_ms) VALUES (1, 'g', 'basic', 'q\u001fa', 0)");
            s.execute("INSERT INTO cards(id, note_id, deck_id, kind, front, back, state, due_ms, stability, difficulty, "
                    + "scheduled_days, reps, lapses, step, ease, modified_ms) "
                    + "VALUES (1, 1, 1, 'basic', 'List pods', 'kubectl get pods', 0, 0, 0, 0, 0, 0, 0, 0, 2.5, 0)");
            s.execute("PRAGMA application_id=" + Database.APPLICATION_ID);
            s.execute("PRAGMA user_version=1");
        }
        return file;
    }

    @Test
    void aVersionOneCollectionUpgradesAndKeepsItsCards() throws Exception {
        Path file = versionOneCollection();
        try (Database db = Database.open(file)) {
            assertTrue(Migrations.LATEST >= 2);
            assertEquals(Migrations.LATEST, db.inTransaction(() -> (int) Rows.number(db, "x", "PRAGMA user_version")));
            var cards = new SqliteCardRepository(db, java.time.Clock.systemUTC());
            assertEquals("kubectl get pods", db.read(() -> cards.find(new CardId(1))).orElseThrow().back());
            // schema 3: the card's new marks start empty (no flag, not buried)
            var marks = db.read(() -> new SqliteBrowseRepository(db, java.time.Clock.systemUTC()).find(List.of(new CardId(1))));
            assertEquals(0, marks.get(0).flag());
            assertEquals(null, marks.get(0).buriedUntil());
            var decks = new SqliteDeckRepository(db, java.time.Clock.systemUTC());
            assertTrue(db.read(() -> decks.findByName(new DeckName("Kubernetes"))).isPresent());
            var exams = new SqliteExamRepository(db);
            long id = db.inTransaction(() -> exams.create(attempt(), List.of(item(1))));
            assertEquals("List pods", db.read(() -> exams.find(id)).orElseThrow().items().get(0).prompt());
        }
        try (Database again = Database.open(file)) {
            assertEquals(1, again.read(() -> new SqliteExamRepository(again).unfinished()).size());
        }
    }

    @Test
    void examTablesHaveKeysAndIndexes() throws Exception {
        try (Database db = Database.open(versionOneCollection())) {
            List<String> indexes = db.read(() -> Rows.list(db, "x", "SELECT name FROM sqlite_master WHERE type = 'index' "
                    + "AND tbl_name LIKE 'exam%' ORDER BY name", rs -> rs.getString(1)));
            assertTrue(indexes.containsAll(List.of("exam_attempts_submitted", "exam_attempts_unfinished",
                    "exam_questions_by_card")), indexes.toString());
            // a question of an attempt that does not exist is refused
            assertThrows(Exception.class, () -> db.inTransaction(() -> {
                try {
                    db.prepare("INSERT INTO exam_questions(attempt_id, position, type, card_id, prompt, answer, topic) "
                            + "VALUES (99, 0, 'command', 1, 'p', 'a', 't')").executeUpdate();
                } catch (SQLException e) {
                    throw SqlErrors.wrap(e, "test");
                }
                return null;
            }));
            var exams = new SqliteExamRepository(db);
            long id = db.inTransaction(() -> exams.create(attempt(), List.of(item(1), item(1))));
            db.inTransaction(() -> {
                exams.saveGrades(id, List.of(new ExamRepository.Graded(0, false,
                        List.of(new ExamRepository.Difference("WRONG", "--image", "nginx", "ngnix"))),
                        new ExamRepository.Graded(1, true, List.of())), 0.5, Instant.EPOCH);
                return null;
            });
            // deleting the card behind the questions leaves the attempt whole
            db.inTransaction(() -> {
                new SqliteCardRepository(db, java.time.Clock.systemUTC()).delete(new CardId(1));
                return null;
            });
            ExamRepository.Stored stored = db.read(() -> exams.find(id)).orElseThrow();
            assertEquals(2, stored.items().size());
            assertEquals("ngnix", stored.items().get(0).grade().orElseThrow().differences().get(0).actual());
            db.inTransaction(() -> {
                exams.delete(id);
                return null;
            });
            assertEquals(0L, db.read(() -> Rows.number(db, "x", "SELECT count(*) FROM exam_differences")));
            assertEquals(0L, db.read(() -> Rows.number(db, "x", "SELECT count(*) FROM exam_questions")));
        }
    }

    private static ExamRepository.Attempt attempt() {
        return new ExamRepository.Attempt(0, "CKA mock", List.of(new io.deckhand.domain.deck.DeckId(1)), List.of(),
                2, Duration.ofHours(2), 0.66, List.of("command"), 1, Instant.EPOCH, 0, Duration.ZERO,
                Optional.empty(), Optional.empty());
    }

    private static ExamRepository.Item item(long card) {
        return new ExamRepository.Item("command", new CardId(card), "List pods", List.of(), "kubectl get pods",
                "Kubernetes", List.of("pods"), "", "", false, Optional.empty());
    }
}
