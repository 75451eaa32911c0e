package io.deckhand.ui.quiz;

import io.deckhand.render.highlight.CodeHighlighter;
import io.deckhand.render.highlight.TokenSpan;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The manifest answer editor: monospace, YAML highlighted with the card view's tokenizer (token kind
 * {@code k} gets style class {@code tk-k}, coloured per theme in quiz.css), Tab inserts two spaces,
 * Enter keeps the line's indentation, Ctrl+Enter submits. Shift+Tab and Ctrl+Tab move the focus, as in a text area.
 */
final class ManifestEditor extends CodeArea {
    static final String STYLE = "dh-yaml-editor";
    /** On the scroll pane around the editor: the border a text area would have. */
    static final String FRAME_STYLE = "dh-yaml-frame";
    private static final CodeHighlighter HIGHLIGHTER = new CodeHighlighter();

    /** {@code onSubmit} may be null (the exam has no per-question submit). */
    ManifestEditor(String text, Consumer<String> onSubmit) {
        super(text == null ? "" : text);
        setId("manifestEditor");
        getStyleClass().addAll(STYLE, QuizStyles.MONO);
        setWrapText(false);
        // About 14 lines, as the plain text area had.
        setPrefHeight(300);
        Label prompt = new Label("apiVersion: v1\nkind: \u2026");
        prompt.getStyleClass().addAll("dh-yaml-prompt", QuizStyles.MONO);
        setPlaceholder(prompt);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && (e.isShiftDown() || e.isShortcutDown())) {
                // RichTextFX leaves focus traversal to nobody: do what a TextArea does.
                e.consume();
                moveFocus(e.isShiftDown() ? -1 : 1);
                return;
            }
            if (!isEditable()) return;
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()) {
                replaceSelection(AnswerInput.INDENT);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && onSubmit != null) {
                e.consume();
                onSubmit.accept(getText());
            } else if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isShiftDown()) {
                e.consume();
                replaceSelection("\n" + AnswerInput.indentAfter(getText(0, getCaretPosition())));
            }
        });
        // Manifests are short: re-tokenizing all of it per change is cheap and never goes stale.
        textProperty().addListener((o, was, now) -> highlight());
        highlight();
    }

    /** Focuses the next ({@code step} 1) or previous (-1) focusable node of the scene, in tree order. */
    private void moveFocus(int step) {
        if (getScene() == null || getScene().getRoot() == null) return;
        List<Node> order = new ArrayList<>();
        collectFocusable(getScene().getRoot(), order);
        int at = order.indexOf(this);
        if (at < 0 || order.size() < 2) return;
        order.get(Math.floorMod(at + step, order.size())).requestFocus();
    }

    private static void collectFocusable(Node node, List<Node> out) {
        if (!node.isVisible() || node.isDisabled()) return;
        if (node.isFocusTraversable() || node instanceof ManifestEditor) out.add(node);
        if (node instanceof Parent p && !(node instanceof ManifestEditor)) {
            for (Node child : p.getChildrenUnmodifiable()) collectFocusable(child, out);
        }
    }

    private void highlight() {
        if (getLength() > 0) setStyleSpans(0, styles(getText()));
    }

    /** Style classes for {@code yaml}: {@code tk-<kind>} on tokens, none between them; covers all of it. */
    static StyleSpans<Collection<String>> styles(String yaml) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int at = 0;
        for (TokenSpan t : HIGHLIGHTER.tokens("yaml", yaml)) {
            if (t.start() < at) continue;
            if (t.start() > at) b.add(List.of(), t.start() - at);
            b.add(List.of("tk-" + t.kind()), t.end() - t.start());
            at = t.end();
        }
        b.add(List.of(), yaml.length() - at);
        return b.create();
    }
}
