package io.deckhand.ui.quiz;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.quiz.ExamAttempt;
import io.deckhand.app.quiz.ExamResult;
import io.deckhand.app.quiz.ExamService;
import io.deckhand.app.quiz.ExamSpec;
import io.deckhand.domain.card.CardId;
import io.deckhand.quiz.question.Question;
import io.deckhand.quiz.question.QuestionType;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

/**
 * A mock exam: setup (CKA/CKAD preset or custom), the timed sitting with navigation and flags and
 * no feedback, then the results. Answers, flags, the question on screen and the time used are saved
 * through {@link ExamService#save} at most a second after each change (and at once on navigation
 * and when the screen is left), so a crash or a closed window resumes where it stopped. Time runs
 * only while the exam is on screen: {@link #tick()} is called about once a second by the view.
 */
public final class ExamViewModel {
    /** The presets offered; CUSTOM uses the count, time and pass mark fields. */
    public enum Preset {
        CKA("CKA mock exam"), CKAD("CKAD mock exam"), CUSTOM("Mock exam");

        private final String examName;

        Preset(String examName) {
            this.examName = examName;
        }

        public String examName() {
            return examName;
        }
    }

    static final EnumSet<QuestionType> DEFAULT_TYPES = EnumSet.of(QuestionType.COMMAND, QuestionType.MANIFEST,
            QuestionType.FILL_FIELD, QuestionType.MULTIPLE_CHOICE);
    /** Without a change, the time used is still written this often (a crash loses no more). */
    static final Duration SAVE_EVERY = Duration.ofSeconds(15);

    private final ExamService exam;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final LongSupplier nanoTime;
    private final LongSupplier seeds;
    private BiConsumer<List<CardId>, String> studyCards = (ids, name) -> { };
    private Consumer<String> toast = s -> { };

    // setup
    private final QuizSource source = new QuizSource(DEFAULT_TYPES);
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>(Preset.CKAD);
    private final IntegerProperty count = new SimpleIntegerProperty(20);
    private final IntegerProperty minutes = new SimpleIntegerProperty(120);
    private final IntegerProperty passPercent = new SimpleIntegerProperty(66);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<ExamAttempt> unfinished = new SimpleObjectProperty<>();

    // sitting
    private final ObjectProperty<ExamPhase> phase = new SimpleObjectProperty<>(ExamPhase.LOADING);
    private final ObjectProperty<ExamAttempt> attempt = new SimpleObjectProperty<>();
    private final ObservableList<String> answers = FXCollections.observableArrayList();
    private final ObservableSet<Integer> flagged = FXCollections.observableSet(new TreeSet<>());
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Duration> remaining = new SimpleObjectProperty<>(Duration.ZERO);
    private final BooleanProperty confirming = new SimpleBooleanProperty();
    private Duration usedBefore = Duration.ZERO;
    private long runningSinceNanos;
    private boolean running;
    private boolean dirty;
    private long lastSavedNanos;
    private boolean saveFailed;

    // results
    private final ObjectProperty<ExamResult> result = new SimpleObjectProperty<>();
    private final ObservableList<ExamResult> history = FXCollections.observableArrayList();

    public ExamViewModel(ExamService exam, TaskRunner tasks, ErrorPresenter errors, LongSupplier nanoTime,
                         LongSupplier seeds) {
        this.exam = exam;
        this.tasks = tasks;
        this.errors = errors;
        this.nanoTime = nanoTime;
        this.seeds = seeds;
    }

    /** Where "Study weak topics" goes: the missed cards and a title. */
    public void setStudyCards(BiConsumer<List<CardId>, String> sink) {
        this.studyCards = sink;
    }

    public void setToastSink(Consumer<String> sink) {
        this.toast = sink;
    }

    public QuizSource source() {
        return source;
    }

    public ObjectProperty<Preset> presetProperty() {
        return preset;
    }

    public IntegerProperty countProperty() {
        return count;
    }

    public IntegerProperty minutesProperty() {
        return minutes;
    }

    public IntegerProperty passPercentProperty() {
        return passPercent;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** An exam started and never submitted, offered for Resume on the setup screen. */
    public ReadOnlyObjectProperty<ExamAttempt> unfinishedProperty() {
        return unfinished;
    }

    public ReadOnlyObjectProperty<ExamPhase> phaseProperty() {
        return phase;
    }

    public ReadOnlyObjectProperty<ExamAttempt> attemptProperty() {
        return attempt;
    }

    /** One entry per question, "" when unanswered; the view writes through {@link #answer}. */
    public ObservableList<String> answers() {
        return FXCollections.unmodifiableObservableList(answers);
    }

    public ObservableSet<Integer> flagged() {
        return FXCollections.unmodifiableObservableSet(flagged);
    }

    public ReadOnlyIntegerProperty currentProperty() {
        return current;
    }

    public ReadOnlyObjectProperty<Duration> remainingProperty() {
        return remaining;
    }

    /** The "submit now?" question is on screen. */
    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming;
    }

    public ReadOnlyObjectProperty<ExamResult> resultProperty() {
        return result;
    }

    /** Every submitted attempt, oldest first, for the trend chart. */
    public ObservableList<ExamResult> history() {
        return history;
    }

    public Optional<Question> currentQuestion() {
        ExamAttempt a = attempt.get();
        int i = current.get();
        return a == null || i < 0 || i >= a.questions().size() ? Optional.empty() : Optional.of(a.questions().get(i));
    }

    public int unansweredCount() {
        return (int) answers.stream().filter(String::isBlank).count();
    }

    /** Opens the exam screen: offers Resume when an exam was left unfinished, else the setup. */
    public void open() {
        if (phase.get() == ExamPhase.RUNNING || phase.get() == ExamPhase.SUBMITTING) return;
        phase.set(ExamPhase.LOADING);
        problem.set("");
        tasks.run(exam::unfinished, found -> {
            unfinished.set(found.orElse(null));
            phase.set(ExamPhase.SETUP);
        }, e -> {
            unfinished.set(null);
            phase.set(ExamPhase.SETUP);
            errors.show(e, "An unfinished exam, if any, is kept.");
        });
    }

    /** Starts a new exam from the setup. */
    public void start() {
        if (phase.get() != ExamPhase.SETUP) return;
        String why = source.problem();
        Preset p = preset.get();
        if (why.isEmpty() && p == Preset.CUSTOM) why = customProblem(count.get(), minutes.get(), passPercent.get());
        problem.set(why);
        if (!why.isEmpty()) return;
        List<io.deckhand.domain.deck.DeckId> decks = List.copyOf(source.decks());
        List<String> tags = source.tagList();
        Set<QuestionType> types = Set.copyOf(source.types());
        int n = count.get();
        Duration limit = Duration.ofMinutes(minutes.get());
        double pass = passPercent.get() / 100.0;
        long seed = seeds.getAsLong();
        phase.set(ExamPhase.LOADING);
        tasks.run(() -> {
            ExamSpec spec;
            if (p == Preset.CUSTOM) {
                spec = new ExamSpec(p.examName(), decks, tags, n, limit, pass, types, seed);
            } else {
                ExamSpec base = exam.preset(p.examName(), decks);
                spec = new ExamSpec(base.name(), base.decks(), tags, base.questionCount(), base.timeLimit(),
                        base.passMark(), base.types(), seed);
            }
            return exam.start(spec);
        }, started -> {
            if (started.questions().isEmpty()) {
                phase.set(ExamPhase.SETUP);
                problem.set("These cards gave no exam questions. Choose more decks, or other kinds for a custom exam.");
                return;
            }
            sit(started);
        }, e -> {
            phase.set(ExamPhase.SETUP);
            if (e instanceof io.deckhand.app.error.InvalidInputException) problem.set(e.getMessage());
            else errors.show(e, "No exam was started; nothing was changed.");
        });
    }

    /** Continues the unfinished exam where it stopped: same question, answers, flags and time left. */
    public void resume() {
        ExamAttempt a = unfinished.get();
        if (a == null || phase.get() != ExamPhase.SETUP) return;
        unfinished.set(null);
        sit(a);
        toast.accept("Exam resumed: " + ScoreText.clock(a.remaining()) + " left");
    }

    /** Drops the unfinished exam (nothing is graded or kept). */
    public void discard() {
        ExamAttempt a = unfinished.get();
        if (a == null || phase.get() != ExamPhase.SETUP) return;
        tasks.run(() -> exam.discard(a.id()), () -> {
            unfinished.set(null);
            phase.set(ExamPhase.LOADING);
            phase.set(ExamPhase.SETUP);
            toast.accept("Unfinished exam discarded");
        }, e -> errors.show(e, "The unfinished exam is kept."));
    }

    /** Writes the answer to the question on screen (saved within a second). */
    public void answer(String text) {
        int i = current.get();
        if (phase.get() != ExamPhase.RUNNING || i < 0 || i >= answers.size()) return;
        String t = text == null ? "" : text;
        if (t.equals(answers.get(i))) return;
        answers.set(i, t);
        dirty = true;
    }

    /** Chooses option {@code number} (1-based) of a choice question. */
    public void choose(int number) {
        Optional<Question> q = currentQuestion();
        if (q.isEmpty() || q.get().options().isEmpty() || number < 1 || number > q.get().options().size()) return;
        answer(q.get().options().get(number - 1));
    }

    public void toggleFlag() {
        int i = current.get();
        if (phase.get() != ExamPhase.RUNNING || i < 0) return;
        if (!flagged.remove(i)) flagged.add(i);
        save();
    }

    public void go(int index) {
        ExamAttempt a = attempt.get();
        if (phase.get() != ExamPhase.RUNNING || a == null || index < 0 || index >= a.questions().size()
                || index == current.get()) return;
        confirming.set(false);
        current.set(index);
        save();
    }

    public void next() {
        go(current.get() + 1);
    }

    public void previous() {
        go(current.get() - 1);
    }

    /** Called about once a second while the exam is on screen: the countdown, the save, the time-out. */
    public void tick() {
        if (!running) return;
        Duration left = leftNow();
        remaining.set(left);
        if (left.isZero()) {
            toast.accept("Time is up: your answers were submitted");
            submitNow();
            return;
        }
        if (dirty || nanoTime.getAsLong() - lastSavedNanos >= SAVE_EVERY.toNanos()) save();
    }

    /** Asks before submitting (the answer is final). */
    public void requestSubmit() {
        if (phase.get() == ExamPhase.RUNNING) confirming.set(true);
    }

    public void cancelSubmit() {
        confirming.set(false);
    }

    /** Grades the exam now; also what the time-out does. */
    public void submitNow() {
        ExamAttempt a = attempt.get();
        if (phase.get() != ExamPhase.RUNNING || a == null) return;
        Duration used = usedNow();
        running = false;
        confirming.set(false);
        phase.set(ExamPhase.SUBMITTING);
        List<String> ans = List.copyOf(answers);
        Set<Integer> flags = Set.copyOf(flagged);
        int at = current.get();
        tasks.run(() -> {
            exam.save(a.id(), ans, flags, at, used);
            ExamResult r = exam.submit(a.id());
            List<ExamResult> all;
            try {
                all = exam.results();
            } catch (DeckhandException e) {
                all = List.of(r); // the result is stored; only the trend is missing
            }
            return new Submitted(r, all);
        }, s -> {
            history.setAll(s.all());
            result.set(s.result());
            attempt.set(null);
            phase.set(ExamPhase.RESULTS);
        }, e -> {
            // keep sitting: the answers are on screen and were saved up to the last second
            usedBefore = used;
            resumeClock();
            phase.set(ExamPhase.RUNNING);
            errors.show(e, "The exam was not submitted; your answers are kept and the clock runs on.");
        });
    }

    /** The exam screen is left or the window closes: save now and stop the clock (Resume continues). */
    public void pause() {
        if (phase.get() != ExamPhase.RUNNING) return;
        usedBefore = usedNow();
        running = false;
        confirming.set(false);
        save();
        phase.set(ExamPhase.LOADING);
        attempt.set(null);
    }

    /** Shows the results screen again for a past attempt (e.g. from the history). */
    public void showResult(ExamResult r) {
        result.set(r);
        phase.set(ExamPhase.RESULTS);
    }

    /** Studies the cards behind the questions answered wrong. */
    public void studyWeakTopics() {
        ExamResult r = result.get();
        if (r == null) return;
        tasks.run(() -> exam.missedCards(r.attemptId()), ids -> {
            if (ids.isEmpty()) toast.accept("No missed cards to study: every answer was right");
            else studyCards.accept(ids, "Weak topics: " + r.name());
        }, e -> errors.show(e, "Nothing was changed."));
    }

    /** Back to the setup for a new exam. */
    public void newExam() {
        result.set(null);
        open();
    }

    static String customProblem(int n, int mins, int pass) {
        if (n < 1 || n > 200) return "Ask between 1 and 200 questions.";
        if (mins < 1 || mins > 600) return "Give a time limit between 1 and 600 minutes.";
        if (pass < 1 || pass > 100) return "Give a pass mark between 1 and 100 %.";
        return "";
    }

    private void sit(ExamAttempt a) {
        attempt.set(a);
        List<String> ans = new ArrayList<>(a.answers());
        while (ans.size() < a.questions().size()) ans.add("");
        answers.setAll(ans);
        flagged.clear();
        flagged.addAll(a.flagged());
        usedBefore = a.timeUsed();
        result.set(null);
        confirming.set(false);
        int at = a.current() >= 0 && a.current() < a.questions().size() ? a.current() : 0;
        current.set(-1);
        resumeClock();
        phase.set(ExamPhase.RUNNING);
        current.set(at);
        remaining.set(leftNow());
        lastSavedNanos = nanoTime.getAsLong();
    }

    private void resumeClock() {
        runningSinceNanos = nanoTime.getAsLong();
        running = true;
    }

    private Duration usedNow() {
        return running ? usedBefore.plusNanos(Math.max(0, nanoTime.getAsLong() - runningSinceNanos)) : usedBefore;
    }

    private Duration leftNow() {
        ExamAttempt a = attempt.get();
        if (a == null) return Duration.ZERO;
        Duration left = a.spec().timeLimit().minus(usedNow());
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void save() {
        ExamAttempt a = attempt.get();
        if (a == null) return;
        dirty = false;
        lastSavedNanos = nanoTime.getAsLong();
        List<String> ans = List.copyOf(answers);
        Set<Integer> flags = Set.copyOf(flagged);
        int at = current.get();
        Duration used = usedNow();
        tasks.run(() -> exam.save(a.id(), ans, flags, at, used), () -> saveFailed = false, e -> {
            dirty = true; // try again on the next tick
            if (!saveFailed) errors.show(e, "Your answers are still on screen; saving is tried again every second.");
            saveFailed = true;
        });
    }

    private record Submitted(ExamResult result, List<ExamResult> all) {
    }
}
