package io.deckhand;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.storage.Database;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.AppWindowTest;
import io.deckhand.ui.cardview.CardView;
import io.deckhand.ui.shell.WindowGeometry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless: first start on an empty folder, study with the keyboard, undo. */
class DeckhandAppTest extends AppWindowTest {
    @Test
    void firstStartShowsTheBundledDeckAndTheKeyboardStudyLoopIsRecordedExactly() throws Exception {
        start();

        waitUntil(() -> robot.lookup("#deckTree").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        TreeView<DeckSummary> tree = robot.lookup("#deckTree").queryAs(TreeView.class);
        waitUntil(() -> !tree.getRoot().getChildren().isEmpty());
        String topDeck = tree.getRoot().getChildren().get(0).getValue().name().value();
        assertTrue(topDeck.toLowerCase().contains("kubernetes"), "bundled deck shown, got " + topDeck);

        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        List<String> fronts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            waitUntil(() -> visible("#showAnswer"));
            fronts.add(cardView().shownMarkdown());
            robot.type(KeyCode.SPACE);
            waitUntil(() -> visible("#grade3"));
            robot.type(KeyCode.DIGIT3);
            int answered = i;
            waitUntil(() -> visible("#showAnswer") && !cardView().shownMarkdown().equals(fronts.get(answered)));
        }
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> visible("#showAnswer") && cardView().shownMarkdown().equals(fronts.get(2)));
        assertTrue(robot.lookup(".dh-toast").tryQuery().isPresent(), "undo toast shown");

        Node root = cardView().getScene().getRoot();
        boolean wasDark = root.getStyleClass().contains("dh-dark");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> root.getStyleClass().contains("dh-dark") != wasDark);

        stop();
        try (var backups = Files.list(dataDir.resolve("backups"))) {
            assertEquals(1, backups.count(), "the changed collection was backed up on close");
        }

        try (Database db = Database.open(dataDir.resolve(Bootstrap.COLLECTION_FILE))) {
            AppServices services = Bootstrap.wire(db, CLOCK);
            var log = new SqliteReviewLogRepository(db);
            List<ReviewLogEntry> entries = db.read(() -> log.since(Instant.EPOCH));
            assertEquals(2, entries.size(), "two answers kept, the undone one removed");
            for (int i = 0; i < 2; i++) {
                ReviewLogEntry e = entries.get(i);
                assertEquals(Rating.GOOD, e.rating());
                assertEquals(CardState.NEW, e.before().state());
                assertEquals(CardState.LEARNING, e.after().state());
                assertEquals(fronts.get(i), services.library().card(e.cardId()).front());
                assertTrue(e.answerTime().toMillis() >= 0 && e.answerTime().getSeconds() <= 60);
            }
            assertEquals(wasDark ? "light" : "dark", services.settings().get("ui.theme").orElse(""), "theme choice remembered");
            assertTrue(services.settings().get(WindowGeometry.SETTING_KEY).flatMap(WindowGeometry::parse).isPresent(),
                    "window size and position remembered");
        }
    }

    @Test
    void aForeignCollectionFileGetsAnErrorScreenAndIsLeftAlone() throws Exception {
        Path file = dataDir.resolve(Bootstrap.COLLECTION_FILE);
        byte[] foreign = "these are my shopping notes, not a database\n".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(file, foreign);
        start();

        waitUntil(() -> visible("#errorScreen"));
        assertTrue(robot.lookup("#deckTree").tryQuery().isEmpty(), "no deck list over a file that is not ours");
        stop();
        assertArrayEquals(foreign, Files.readAllBytes(file), "the file was not modified");
    }

    private CardView cardView() {
        return robot.lookup(".dh-card-view").queryAs(CardView.class);
    }

}
