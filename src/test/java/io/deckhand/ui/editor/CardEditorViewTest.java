package io.deckhand.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The editor with the keyboard: Tab moves between fields, Esc asks before dropping typed text. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class CardEditorViewTest {
    private final FxRobot robot = new FxRobot();
    private TestCollection col;
    private CardEditorViewModel vm;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s"), "Q", "A", List.of());
        vm = CardEditorViewModel.forNewCard(col.services.library(), new SameThreadTaskRunner(),
                (e, u) -> { throw new AssertionError(e.getMessage()); }, "K8s");
        robot.interact(() -> new CardEditorView(vm, null).show(c -> { }));
        waitUntil(() -> front() != null && front().isFocused());
    }

    @AfterEach
    void close() {
        robot.interact(() -> robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage st && st.isShowing() && w.getScene().getRoot() instanceof DialogPane)
                .toList().forEach(w -> ((Stage) w).close()));
        col.close();
    }

    @Test
    void tabMovesToTheNextFieldInsteadOfTypingATab() throws Exception {
        robot.write("What is a Pod?");
        robot.type(KeyCode.TAB);
        waitUntil(() -> back().isFocused());
        assertEquals("What is a Pod?", front().getText());
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        waitUntil(() -> front().isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.TAB).release(KeyCode.TAB, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(front().isFocused());
        assertFalse(front().getText().contains("\t"));
        assertTrue(front().getText().endsWith(CardEditorView.INDENT), front().getText());
    }

    @Test
    void escapeWithTypedTextAsksAndKeepsItUnlessDiscarded() throws Exception {
        robot.write("Half a thought");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> dialogs() == 2);
        robot.type(KeyCode.ENTER); // the default answer keeps editing
        waitUntil(() -> dialogs() == 1);
        assertEquals("Half a thought", front().getText());

        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> dialogs() == 2);
        robot.clickOn("Discard");
        waitUntil(() -> dialogs() == 0);
        assertEquals(1, col.services.library().cardCount(), "nothing saved");
    }

    @Test
    void theFormHasRoomAroundIt() {
        javafx.scene.layout.GridPane form = robot.lookup(".dh-editor").queryAs(javafx.scene.layout.GridPane.class);
        assertTrue(form.getPadding().getLeft() >= 12 && form.getPadding().getTop() >= 12, form.getPadding().toString());
        assertTrue(form.getHgap() >= 8, "gap between labels and fields");
    }

    @Test
    void escapeWithNothingTypedClosesAtOnce() throws Exception {
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> dialogs() == 0);
    }

    private long dialogs() {
        return robot.listTargetWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane).count();
    }

    private TextArea front() {
        return area("Question (Markdown)");
    }

    private TextArea back() {
        return area("Answer (Markdown)");
    }

    private TextArea area(String prompt) {
        return robot.lookup(".text-area").match((Node n) -> n instanceof TextArea a && prompt.equals(a.getPromptText()))
                .tryQuery().map(TextArea.class::cast).orElse(null);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
