package io.deckhand.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NavigatorTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** A screen that records when it is made and shown. */
    private static final class Probe implements Screen {
        final Label node;
        final boolean study;
        final List<String> log;

        Probe(String name, boolean study, List<String> log) {
            this.node = new Label(name);
            this.study = study;
            this.log = log;
            log.add("made " + name);
        }

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void shown() {
            log.add("shown " + node.getText());
        }

        @Override
        public boolean isStudy() {
            return study;
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aScreenIsMadeOnlyWhenFirstShownAndThenKept() throws Exception {
        List<String> log = new ArrayList<>();
        AtomicInteger prepared = new AtomicInteger();
        List<String> result = onFx(() -> {
            StackPane content = new StackPane();
            Navigator nav = new Navigator(content, () -> log.add("prepare " + prepared.incrementAndGet()));
            var decks = nav.first(() -> new Probe("decks", false, log));
            var study = nav.lazily(() -> new Probe("study", true, log));
            var browse = nav.lazily(() -> new Probe("browse", false, log));
            log.add("registered");
            decks.show();
            assertTrue(study.made().isEmpty(), "asking whether it exists makes nothing");
            assertFalse(study.isShowing());
            Probe s = study.show();
            assertTrue(nav.isStudying());
            assertSame(s.node, content.getChildren().get(0));
            decks.show();
            assertFalse(nav.isStudying());
            assertSame(s, study.show(), "made once");
            browse.show();
            assertEquals(1, content.getChildren().size());
            return log;
        });
        assertEquals(List.of("registered", "made decks", "shown decks", "prepare 1", "made study", "shown study",
                "shown decks", "shown study", "made browse", "shown browse"), result,
                "the deck list needs no preparation; the other screens' runs once, before the first of them");
    }

    @Test
    void aPreloadedScreenIsStyledBehindTheShownOneAndSwappedInWhenShown() throws Exception {
        List<String> log = new ArrayList<>();
        onFx(() -> {
            StackPane content = new StackPane();
            content.setStyle("-fx-font-size: 20px;");
            javafx.scene.Scene scene = new javafx.scene.Scene(content, 300, 200);
            Navigator nav = new Navigator(content, () -> { });
            var decks = nav.first(() -> new Probe("decks", false, log));
            var study = nav.lazily(() -> new Probe("study", true, log));
            Probe d = decks.show();
            Probe s = study.preload();
            content.applyCss();
            content.layout();
            assertTrue(decks.isShowing(), "the deck list stays on screen");
            assertFalse(study.isShowing());
            assertFalse(nav.isStudying());
            assertSame(scene, s.node.getScene(), "in the scene, so styled ahead");
            assertEquals(20, s.node.getFont().getSize(), 0.01, "styles applied before the first show");
            assertEquals(300, s.node.getWidth(), 0.01, "laid out at the content area's size");
            assertFalse(s.node.isVisible());
            assertSame(s, study.show(), "made once");
            assertTrue(study.isShowing());
            assertTrue(nav.isStudying());
            assertTrue(s.node.isVisible() && s.node.isManaged());
            assertEquals(List.of(s.node), content.getChildren());
            assertFalse(decks.isShowing());
            decks.show();
            assertEquals(List.of(d.node), content.getChildren(), "the next screen shown takes it out");
            return null;
        });
        assertEquals(List.of("made decks", "shown decks", "made study", "shown study", "shown decks"), log,
                "a preload makes the screen but does not show it");
    }

    @Test
    void aNodeThatIsNoScreenEndsStudying() throws Exception {
        boolean[] studying = new boolean[2];
        onFx(() -> {
            StackPane content = new StackPane();
            Navigator nav = new Navigator(content, () -> { });
            var study = nav.lazily(() -> new Probe("study", true, new ArrayList<>()));
            study.show();
            studying[0] = nav.studyingProperty().get();
            nav.showNode(new Label("error"));
            studying[1] = nav.studyingProperty().get();
            assertFalse(study.isShowing());
            return null;
        });
        assertTrue(studying[0]);
        assertFalse(studying[1]);
    }
}
