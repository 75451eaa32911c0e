package io.deckhand.ui.quiz;

import io.deckhand.app.quiz.QuizRequest;
import io.deckhand.app.quiz.QuizService;
import io.deckhand.domain.card.Card;
import io.deckhand.quiz.grade.Grade;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Quiz mode: choose decks or tags, a count and kinds of question; then one question at a time,
 * graded at once, with the card shown after. Every call to the collection goes through the task
 * runner; while one runs, further answers are ignored so a double press never answers twice.
 */
public final class QuizViewModel {
    public static final int DEFAULT_COUNT = 10;
    public static final int MAX_COUNT = 200;
    /** Kinds answered in a moment; manifests are for the mock exam unless chosen. */
    static final EnumSet<QuestionType> DEFAULT_TYPES = EnumSet.of(QuestionType.MULTIPLE_CHOICE,
            QuestionType.TRUE_FALSE, QuestionType.COMMAND, QuestionType.CLOZE, QuestionType.TYPED);

    /** One answered question: what was asked, what was answered, how it was graded. */
    public record Answered(Question question, String response, Grade grade) {
    }

    private final QuizService quiz;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final LongSupplier seeds;

    private final QuizSource source = new QuizSource(DEFAULT_TYPES);
    private final IntegerProperty count = new SimpleIntegerProperty(DEFAULT_COUNT);
    private final BooleanProperty feedScheduler = new SimpleBooleanProperty(true);
    private final StringProperty problem = new SimpleStringProperty("");

    private final ObjectProperty<QuizPhase> phase = new SimpleObjectProperty<>(QuizPhase.SETUP);
    private final ObjectProperty<Question> question = new SimpleObjectProperty<>();
    private final ObjectProperty<Answered> answered = new SimpleObjectProperty<>();
    private final ObjectProperty<Card> card = new SimpleObjectProperty<>();
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty scoreText = new SimpleStringProperty("");

    private List<Question> questions = List.of();
    private final List<Answered> history = new ArrayList<>();
    private int index;
    private boolean feeding;

    /** {@code seeds} gives each quiz its seed (the clock in the app, a constant in tests). */
    public QuizViewModel(QuizService quiz, TaskRunner tasks, ErrorPresenter errors, LongSupplier seeds) {
        this.quiz = quiz;
        this.tasks = tasks;
        this.errors = errors;
        this.seeds = seeds;
    }

    public QuizSource source() {
        return source;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    /** Wrong answers count as Again (and right ones as Good) on the cards; on by default, said before the start. */
    public BooleanProperty feedSchedulerProperty() {
        return feedScheduler;
    }

    /** Why the quiz cannot start, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyObjectProperty<QuizPhase> phaseProperty() {
        return phase;
    }

    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question;
    }

    /** The last answer with its grade (set in FEEDBACK). */
    public ReadOnlyObjectProperty<Answered> answeredProperty() {
        return answered;
    }

    /** The card behind the question, shown after the answer; null until read (or when it is gone). */
    public ReadOnlyObjectProperty<Card> cardProperty() {
        return card;
    }

    /** "Question 3 of 10". */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText;
    }

    /** "2 of 2 right" so far, or the final score. */
    public ReadOnlyStringProperty scoreTextProperty() {
        return scoreText;
    }

    public List<Answered> history() {
        return List.copyOf(history);
    }

    public int questionCount() {
        return questions.size();
    }

    public int rightCount() {
        return (int) history.stream().filter(a -> a.grade().correct()).count();
    }

    /** Points with partial credit (a manifest with 8 of 10 fields right counts 0.8), 0..questions. */
    public double points() {
        return history.stream().mapToDouble(a -> a.grade().score()).sum();
    }

    /** Back to the setup, keeping the choices. */
    public void setup() {
        phase.set(QuizPhase.SETUP);
        question.set(null);
        answered.set(null);
        card.set(null);
    }

    public void start() {
        if (phase.get() == QuizPhase.LOADING) return;
        String why = source.problem();
        int n = count.get();
        if (why.isEmpty() && (n < 1 || n > MAX_COUNT)) why = "Ask between 1 and " + MAX_COUNT + " questions.";
        problem.set(why);
        if (!why.isEmpty()) return;
        QuizRequest request = new QuizRequest(source.decks(), source.tagList(), n, source.types(), seeds.getAsLong(),
                feedScheduler.get());
        feeding = request.feedScheduler();
        phase.set(QuizPhase.LOADING);
        tasks.run(() -> quiz.questions(request), qs -> {
            if (qs.isEmpty()) {
                phase.set(QuizPhase.SETUP);
                problem.set("These cards gave no questions of the chosen kinds. Choose more decks or other kinds.");
                return;
            }
            questions = List.copyOf(qs);
            history.clear();
            index = 0;
            showQuestion();
        }, e -> {
            phase.set(QuizPhase.SETUP);
            // a choice the service refuses is said next to the choices, not in a dialog
            if (e instanceof io.deckhand.app.error.InvalidInputException) problem.set(e.getMessage());
            else errors.show(e, "No quiz was started; nothing was changed.");
        });
    }

    /** Grades the response to the question on screen. */
    public void submit(String response) {
        if (phase.get() != QuizPhase.QUESTION) return;
        Question q = question.get();
        String r = response == null ? "" : response;
        boolean feed = feeding;
        phase.set(QuizPhase.CHECKING);
        tasks.run(() -> {
            Grade g = quiz.answer(q, r, feed);
            Optional<Card> c;
            try {
                c = quiz.card(q.cardId());
            } catch (io.deckhand.app.error.DeckhandException gone) {
                c = Optional.empty(); // the grade stands even when the card cannot be shown
            }
            return new Checked(new Answered(q, r, g), c.orElse(null));
        }, checked -> {
            history.add(checked.answered());
            answered.set(checked.answered());
            card.set(checked.card());
            updateScore();
            phase.set(QuizPhase.FEEDBACK);
        }, e -> {
            phase.set(QuizPhase.QUESTION);
            errors.show(e, "Your answer was not graded; try again.");
        });
    }

    /** Chooses option {@code number} (1-based, as the keys 1-4) of a choice question. */
    public void choose(int number) {
        Question q = question.get();
        if (phase.get() != QuizPhase.QUESTION || q == null || q.options().isEmpty()) return;
        if (number < 1 || number > q.options().size()) return;
        submit(q.options().get(number - 1));
    }

    /** After the feedback: the next question, or the summary after the last. */
    public void next() {
        if (phase.get() != QuizPhase.FEEDBACK) return;
        index++;
        if (index >= questions.size()) {
            question.set(null);
            card.set(null);
            phase.set(QuizPhase.FINISHED);
            updateScore();
            return;
        }
        showQuestion();
    }

    /** Whether the question is answered by picking an option (keys 1-4). */
    public static boolean isChoice(Question q) {
        return q != null && !q.options().isEmpty();
    }

    private void showQuestion() {
        answered.set(null);
        card.set(null);
        question.set(questions.get(index));
        progressText.set("Question " + (index + 1) + " of " + questions.size());
        updateScore();
        phase.set(QuizPhase.QUESTION);
    }

    private void updateScore() {
        int done = history.size();
        if (phase.get() == QuizPhase.FINISHED || (done == questions.size() && done > 0 && phase.get() == QuizPhase.FEEDBACK)) {
            scoreText.set(ScoreText.summary(rightCount(), points(), questions.size()));
        } else {
            scoreText.set(done == 0 ? "" : rightCount() + " of " + done + " right");
        }
    }

    private record Checked(Answered answered, Card card) {
    }
}
