package io.deckhand.ui.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardId;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The manifest answer editor typed into with the keyboard, headless: highlighting, indentation, submit, focus. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ManifestEditorTest {
    private final FxRobot robot = new FxRobot();

    @Test
    void typedYamlIsHighlightedAndIndentedAndSubmitted() throws Exception {
        List<String> submitted = new ArrayList<>();
        List<String> changes = new ArrayList<>();
        AnswerInput[] made = new AnswerInput[1];
        QuizFx.show(robot, () -> {
            AnswerInput in = new AnswerInput(submitted::add, changes::add, n -> { });
            in.show(new Question(QuestionType.MANIFEST, new CardId(1), "Write a pod", List.of(), "kind: Pod"), "");
            made[0] = in;
            VBox root = new VBox(in, new Button("after"));
            QuizStyles.install(root);
            return root;
        });
        AnswerInput input = made[0];
        input.focusInput();
        WaitForAsyncUtils.waitForFxEvents();
        ManifestEditor editor = robot.lookup("#manifestEditor").queryAs(ManifestEditor.class);
        assertTrue(editor.isFocused());

        robot.write("kind: Pod");
        QuizFx.press(robot, KeyCode.ENTER);
        robot.write("metadata:");
        QuizFx.press(robot, KeyCode.ENTER); // indents under the key
        robot.write("name: web # demo");
        QuizFx.press(robot, KeyCode.ENTER); // keeps the two spaces
        robot.write("labels:");
        QuizFx.press(robot, KeyCode.ENTER);
        QuizFx.press(robot, KeyCode.BACK_SPACE);
        QuizFx.press(robot, KeyCode.BACK_SPACE);
        QuizFx.press(robot, KeyCode.TAB); // two spaces back, not a tab, focus stays
        robot.write("replicas: 3");
        WaitForAsyncUtils.waitForFxEvents();
        String expected = "kind: Pod\nmetadata:\n  name: web # demo\n  labels:\n    replicas: 3";
        assertEquals(expected, editor.getText());
        assertSame(editor, editor.getScene().getFocusOwner(), "Tab stays in the editor");
        assertEquals(expected, changes.get(changes.size() - 1), "every change reaches the view model");
        assertEquals(expected, input.text());

        assertEquals(List.of("tk-key"), styleAt(editor, expected.indexOf("kind")));
        assertEquals(List.of("tk-str"), styleAt(editor, expected.indexOf("Pod")));
        assertEquals(List.of("tk-key"), styleAt(editor, expected.indexOf("name")));
        assertEquals(List.of("tk-str"), styleAt(editor, expected.indexOf("web")));
        assertEquals(List.of("tk-com"), styleAt(editor, expected.indexOf("# demo") + 2));
        assertEquals(List.of("tk-num"), styleAt(editor, expected.indexOf("3")));
        assertEquals(List.of(), styleAt(editor, expected.indexOf("  name")), "indentation is plain");

        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(expected), submitted, "Ctrl+Enter submits the whole text, unchanged");
        assertEquals(expected, editor.getText());

        robot.press(KeyCode.SHIFT).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotSame(editor, editor.getScene().getFocusOwner(), "Shift+Tab leaves the editor");
        robot.interact(editor::requestFocus);
        robot.press(KeyCode.CONTROL).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("after", ((Button) editor.getScene().getFocusOwner()).getText(), "Ctrl+Tab goes on to the next control");
        assertEquals(expected, editor.getText());
    }

    @Test
    void stylesCoverTheWholeTextAndFollowTheTokens() {
        String[][] table = {
            {"apiVersion: v1", "tk-key"},
            {"- name: app\n  image: nginx:1.27", "tk-punct"},
            {"", ""},
            {"# only a comment\n", "tk-com"},
            {"a: 'quoted: value' # c", "tk-key"},
        };
        for (String[] row : table) {
            var spans = ManifestEditor.styles(row[0]);
            assertEquals(row[0].length(), spans.length(), row[0]);
            if (!row[1].isEmpty()) assertEquals(List.of(row[1]), spans.getStyleSpan(0).getStyle(), row[0]);
        }
    }

    private static Collection<String> styleAt(ManifestEditor editor, int index) {
        return editor.getStyleOfChar(index);
    }
}
