package io.deckhand.ui.quiz;

import java.util.Objects;
import javafx.scene.Parent;

/** Style classes of {@code quiz.css}, the quiz and exam screens' own sheet (over the app's theme variables). */
final class QuizStyles {
    private QuizStyles() {
    }

    static final String SHEET = Objects.requireNonNull(QuizStyles.class.getResource("quiz.css"), "quiz.css")
            .toExternalForm();

    static final String SCREEN = "dh-quiz";
    static final String HEADER = "dh-quiz-header";
    static final String SETUP = "dh-quiz-setup";
    static final String SECTION = "dh-quiz-section";
    static final String NOTE = "dh-quiz-note";
    static final String INPUT_AREA = "dh-quiz-input";
    static final String MONO = "dh-quiz-mono";
    static final String OPTION = "dh-quiz-option";
    static final String OPTION_KEY = "dh-quiz-option-key";
    static final String OPTION_RIGHT = "dh-quiz-option-right";
    static final String OPTION_WRONG = "dh-quiz-option-wrong";
    static final String FEEDBACK = "dh-quiz-feedback";
    static final String VERDICT_RIGHT = "dh-quiz-verdict-right";
    static final String VERDICT_WRONG = "dh-quiz-verdict-wrong";
    static final String VERDICT_PARTIAL = "dh-quiz-verdict-partial";
    static final String ANSWER_BOX = "dh-quiz-answer-box";
    static final String ANSWER_CAPTION = "dh-quiz-answer-caption";
    static final String DIFF = "dh-quiz-diff";
    static final String DIFF_KIND = "dh-quiz-diff-kind";
    static final String DIFF_MISSING = "dh-quiz-diff-missing";
    static final String DIFF_EXTRA = "dh-quiz-diff-extra";
    static final String DIFF_WRONG = "dh-quiz-diff-wrong";
    static final String SCORE = "dh-quiz-score";
    static final String COUNTDOWN = "dh-exam-countdown";
    static final String COUNTDOWN_LOW = "dh-exam-countdown-low";
    static final String NAV = "dh-exam-nav";
    static final String NAV_CELL = "dh-exam-nav-cell";
    static final String CONFIRM = "dh-exam-confirm";
    static final String RESUME = "dh-exam-resume";
    static final String RESULT_BANNER = "dh-exam-result";
    static final String PASSED = "dh-exam-passed";
    static final String FAILED = "dh-exam-failed";
    static final String TOPIC_BAR = "dh-exam-topic-bar";
    static final String TOPIC_FILL = "dh-exam-topic-fill";
    static final String TOPIC_FILL_LOW = "dh-exam-topic-fill-low";
    static final String WRONG_ITEM = "dh-exam-wrong";

    static void install(Parent p) {
        if (!p.getStylesheets().contains(SHEET)) p.getStylesheets().add(SHEET);
        p.getStyleClass().add(SCREEN);
    }
}
