package io.deckhand.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.AppServices;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.render.CardPages;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import io.deckhand.ui.theme.ThemeController;
import io.deckhand.ui.theme.ThemeMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The main window starts with a cut of the theme (only the rules its first frame can use, for a
 * faster first frame) and switches to the whole theme right after: the switch must not change a
 * pixel, in any first frame the user can see (decks, no decks, the collection not opening, still
 * opening), light or dark, and the cut must cover every type, style class and id those frames have.
 * {@code -Ddeckhand.record.styles=FILE} writes those keys instead (packaging/first-frame-styles.sh).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FirstFrameThemeTest {
    static final Path KEYS = Path.of("src/test/resources/io/deckhand/ui/theme/first-frame-style-keys.txt");

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void switchingToTheFullThemeAfterTheFirstFrameChangesNoPixel() throws Exception {
        Set<String> seen = new TreeSet<>();
        String record = System.getProperty("deckhand.record.styles");
        Set<String> known = record != null ? Set.of() : Set.copyOf(Files.readAllLines(KEYS));
        try (TestCollection many = new TestCollection(); TestCollection none = new TestCollection()) {
            // sub-decks (arrows) and more decks than fit (scroll bar)
            for (int i = 0; i < 40; i++) {
                many.services.library().addCard(new DeckName("Deck " + i + "::Part"), "Question " + i, "Answer", List.of());
            }
            for (ThemeMode mode : List.of(ThemeMode.LIGHT, ThemeMode.DARK)) {
                check("decks " + mode, mode, w -> w.showCollection(many.services, deckTree(many.services)), seen, known);
                check("no decks " + mode, mode, w -> w.showCollection(none.services, deckTree(none.services)), seen, known);
                // a first start: the bundled deck is added after the first frame
                check("deck arriving " + mode, mode, w -> w.showCollection(none.services, deckTree(none.services), true),
                        seen, known);
                check("not opened " + mode, mode, w -> w.showOpenError(new DeckhandException(
                        "The collection could not be opened."), () -> { }), seen, known);
                check("opening " + mode, mode, w -> { }, seen, known);
            }
        } finally {
            // the next tests in this JVM get the whole theme, as the app has after its first frame
            robot.interact(() -> new ThemeController(() -> false).setMode(ThemeMode.LIGHT));
        }
        if (record != null) {
            Files.write(Path.of(record), seen);
        }
    }

    private static List<io.deckhand.app.study.DeckSummary> deckTree(AppServices s) {
        try {
            return s.study().deckTree();
        } catch (DeckhandException e) {
            throw new IllegalStateException(e);
        }
    }

    private void check(String what, ThemeMode mode, Consumer<MainWindow> fill, Set<String> seen, Set<String> known)
            throws IOException {
        WritableImage[] before = new WritableImage[1];
        WritableImage[] after = new WritableImage[1];
        String[] sheets = new String[2];
        Stage[] shown = new Stage[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            ThemeController theme = new ThemeController(() -> false);
            theme.startWithFirstFrameTheme();
            theme.setMode(mode);
            MainWindow w = new MainWindow(stage, theme, new SameThreadTaskRunner(), CardPages::new, dataDir, stage::close);
            fill.accept(w);
            stage.setWidth(900);
            stage.setHeight(500);
            stage.show();
            shown[0] = stage;
            sheets[0] = Application.getUserAgentStylesheet();
            before[0] = w.scene().snapshot(null);
            collect(w.scene().getRoot(), seen);
            theme.useFullTheme();
            sheets[1] = Application.getUserAgentStylesheet();
            after[0] = w.scene().snapshot(null);
        });
        robot.interact(() -> shown[0].close());
        assertNotEquals(sheets[0], sheets[1], what + ": the first frame has its own sheet");
        assertTrue(sheets[0].contains("first-frame-" + mode.code()), what + ": " + sheets[0]);
        assertSamePixels(what, before[0], after[0]);
        if (!known.isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (String k : seen) if (!known.contains(k)) missing.add(k);
            assertEquals(List.of(), missing, what + ": not in " + KEYS + "; run packaging/first-frame-styles.sh");
        }
    }

    /** Every type selector, style class and id in the scene graph, as the theme's selectors name them. */
    static void collect(Node n, Set<String> into) {
        into.add(n.getTypeSelector());
        for (String c : n.getStyleClass()) into.add("." + c);
        if (n.getId() != null && !n.getId().isBlank()) into.add("#" + n.getId());
        if (n instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, into);
    }

    private static void assertSamePixels(String what, WritableImage a, WritableImage b) {
        assertEquals(a.getWidth(), b.getWidth(), what);
        assertEquals(a.getHeight(), b.getHeight(), what);
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differ = 0;
        String first = null;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    if (first == null) first = x + "," + y;
                    differ++;
                }
            }
        }
        assertEquals(0, differ, what + ": pixels changed by the full theme, first at " + first);
    }
}
