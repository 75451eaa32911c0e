package io.deckhand.ui.quiz;

import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.VBox;

/**
 * The answer control a question needs: options (keys 1-4 or clicks), a monospace command line, a
 * highlighted monospace manifest editor ({@link ManifestEditor}) or a text field (Enter
 * submits). Shared by the quiz (submit on Enter) and the exam (every change written through).
 */
final class AnswerInput extends VBox {
    static final String INDENT = "  ";

    private final Consumer<String> onSubmit;
    private final Consumer<String> onChange;
    private final IntConsumer onPick;
    private final Label hint = new Label();
    private final List<Button> options = new ArrayList<>();
    private TextInputControl input;
    private ManifestEditor manifest;
    private Question question;

    /** {@code onSubmit} may be null (the exam has no per-question submit); {@code onChange} may be a no-op. */
    AnswerInput(Consumer<String> onSubmit, Consumer<String> onChange, IntConsumer onPick) {
        this.onSubmit = onSubmit;
        this.onChange = onChange;
        this.onPick = onPick;
        setSpacing(8);
        hint.getStyleClass().add(io.deckhand.ui.theme.StyleClasses.KEY_HINT);
        hint.setWrapText(true);
    }

    /** Shows the control for {@code q}, filled with {@code text} (an exam answer given before). */
    void show(Question q, String text) {
        question = q;
        options.clear();
        input = null;
        manifest = null;
        List<Node> nodes = new ArrayList<>();
        if (QuizViewModel.isChoice(q)) {
            for (int i = 0; i < q.options().size(); i++) nodes.add(option(i + 1, q.options().get(i)));
            hint.setText(q.options().size() <= 9 ? "Press 1\u2013" + q.options().size() + " or click an answer" : "Click an answer");
            markChosen(text);
        } else if (q.type() == QuestionType.MANIFEST) {
            manifest = new ManifestEditor(text, onSubmit);
            hint.setText(onSubmit == null ? "YAML \u00b7 Tab inserts two spaces \u00b7 saved as you type"
                    : "YAML \u00b7 Tab inserts two spaces \u00b7 Ctrl+Enter checks the answer");
        } else {
            TextField field = new TextField(text);
            field.setId("answerField");
            if (q.type() == QuestionType.COMMAND || q.type() == QuestionType.FILL_FIELD) {
                field.getStyleClass().add(QuizStyles.MONO);
                field.setPromptText(q.type() == QuestionType.COMMAND ? "kubectl \u2026" : "value");
            } else {
                field.setPromptText("Your answer");
            }
            if (onSubmit != null) field.setOnAction(e -> onSubmit.accept(field.getText()));
            input = field;
            hint.setText(onSubmit == null ? "Saved as you type" : "Enter checks the answer");
        }
        if (input != null) {
            input.textProperty().addListener((o, a, now) -> {
                if (question == q) onChange.accept(now);
            });
            nodes.add(input);
        }
        if (manifest != null) {
            manifest.textProperty().addListener((o, a, now) -> {
                if (question == q) onChange.accept(now);
            });
            // The scroll pane lays its content over its own insets, so the border goes on a wrapper.
            var frame = new javafx.scene.layout.StackPane(new org.fxmisc.flowless.VirtualizedScrollPane<>(manifest));
            frame.getStyleClass().add(ManifestEditor.FRAME_STYLE);
            nodes.add(frame);
        }
        nodes.add(hint);
        getChildren().setAll(nodes);
    }

    /** The text typed so far ("" for choice questions). */
    String text() {
        if (manifest != null) return manifest.getText();
        return input == null ? "" : input.getText();
    }

    boolean hasTextInput() {
        return input != null || manifest != null;
    }

    /** Whether {@code focused} takes typed text (digits and Ctrl+arrows then belong to it). */
    static boolean isTextEntry(Node focused) {
        return focused instanceof TextInputControl || focused instanceof ManifestEditor;
    }

    void focusInput() {
        Platform.runLater(() -> {
            if (input != null) {
                input.requestFocus();
                input.end();
            } else if (manifest != null) {
                manifest.requestFocus();
                manifest.moveTo(manifest.getLength());
                manifest.requestFollowCaret();
            }
        });
    }

    /** Stops editing (after the answer is checked); the text stays readable. */
    void lock() {
        if (input != null) input.setEditable(false);
        if (manifest != null) manifest.setEditable(false);
        options.forEach(b -> b.setDisable(true));
    }

    /** Shows which option the answer is (exam: the chosen one stays marked). */
    void markChosen(String answer) {
        for (Button b : options) {
            String text = (String) b.getUserData();
            boolean chosen = text.equals(answer);
            b.getStyleClass().remove(atlantafx.base.theme.Styles.ACCENT);
            if (chosen) b.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        }
    }

    /** After a choice question is graded: the right option green, a wrong choice red. */
    void markGraded(String right, String chosen) {
        for (Button b : options) {
            String text = (String) b.getUserData();
            b.getStyleClass().removeAll(atlantafx.base.theme.Styles.ACCENT);
            if (text.equals(right)) b.getStyleClass().add(QuizStyles.OPTION_RIGHT);
            else if (text.equals(chosen)) b.getStyleClass().add(QuizStyles.OPTION_WRONG);
        }
    }

    private Button option(int number, String text) {
        Label key = new Label(Integer.toString(number));
        key.getStyleClass().add(QuizStyles.OPTION_KEY);
        Button b = new Button(optionText(text), key);
        b.setId("option" + number);
        b.setUserData(text);
        b.getStyleClass().add(QuizStyles.OPTION);
        if (looksLikeCode(text)) b.getStyleClass().add(QuizStyles.MONO);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setFocusTraversable(false);
        b.setOnAction(e -> onPick.accept(number));
        options.add(b);
        return b;
    }

    /** An option's Markdown as button text: code fences and marks dropped, long ones cut. */
    static String optionText(String markdown) {
        String s = markdown.replaceAll("(?m)^\\s*```[\\w-]*\\s*$\\n?", "").replaceAll("\\*\\*|__|`", "").strip();
        return s.length() > 400 ? s.substring(0, 399) + "\u2026" : s;
    }

    static boolean looksLikeCode(String markdown) {
        String s = markdown.strip();
        return s.startsWith("```") || s.startsWith("`") && s.endsWith("`") || s.startsWith("kubectl ") || s.startsWith("k ");
    }

    /** The indentation Enter gives the next line of a manifest: the line's own, more after "key:" or "- ". */
    static String indentAfter(String textBeforeCaret) {
        int start = textBeforeCaret.lastIndexOf('\n') + 1;
        String line = textBeforeCaret.substring(start);
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') n++;
        String indent = line.substring(0, n);
        String trimmed = line.strip();
        if (trimmed.startsWith("- ")) indent += INDENT;
        else if (trimmed.endsWith(":")) indent += INDENT;
        return indent;
    }
}
