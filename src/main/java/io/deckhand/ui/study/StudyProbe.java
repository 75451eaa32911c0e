package io.deckhand.ui.study;

import io.deckhand.ui.cardview.CardView;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.robot.Robot;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * Measures the study loop as the user feels it: presses Enter on the deck list, then for each card
 * Space (answer) and 3 (Good), with the keyboard the operating system delivers (a JavaFX robot),
 * and times each key from its arrival at the window to the card page loaded and drawn.
 * Prints one line per card and the median and 95th percentile, then calls {@code done}.
 */
public final class StudyProbe {
    /** How long one key may wait for its page before the probe gives up on it. */
    private static final Duration PAGE_TIMEOUT = Duration.seconds(120);

    private final Stage stage;
    private final Supplier<CardView> cardView;
    private final Supplier<StudyViewModel> studyVm;
    private final Consumer<String> out;
    private final Runnable done;
    private final int cards;
    private final List<Double> answers = new ArrayList<>();
    private final List<Double> nexts = new ArrayList<>();
    private Robot robot;
    private long keyArrivedNanos;
    private Runnable onArrival = () -> { };
    private double firstCardMs = Double.NaN;

    /**
     * @param cardView the study screen's card view (made by the time Enter has been handled)
     * @param studyVm the study screen's view model (idem)
     */
    public StudyProbe(Stage stage, Supplier<CardView> cardView, Supplier<StudyViewModel> studyVm, int cards,
                      Consumer<String> out, Runnable done) {
        this.stage = stage;
        this.cardView = cardView;
        this.studyVm = studyVm;
        this.cards = cards;
        this.out = out;
        this.done = done;
    }

    /**
     * Starts on the deck list with a deck selected, after {@code settle} (as a user looks at the list
     * before pressing Enter); must be called on the FX thread.
     */
    public void start(Duration settle) {
        long shown = System.nanoTime();
        PauseTransition wait = new PauseTransition(settle);
        wait.setOnFinished(e -> {
            // The page engine is started while the deck list is shown: report when it was ready.
            CardView warm = cardView.get();
            if (warm == null || warm.paintedPagesProperty().get() > 0) {
                out.accept("probe warm_ready_ms=" + (warm == null ? "none" : "before " + format(settle.toMillis())));
                run();
                return;
            }
            warm.paintedPagesProperty().addListener(new javafx.beans.InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable o) {
                    warm.paintedPagesProperty().removeListener(this);
                    out.accept("probe warm_ready_ms=" + format((System.nanoTime() - shown) / 1e6));
                    run();
                }
            });
        });
        wait.play();
    }

    private void run() {
        // Before the scene's own filters: the time a key reaches the window, not after the app handled it.
        EventHandler<KeyEvent> stamp = e -> {
            keyArrivedNanos = System.nanoTime();
            Runnable r = onArrival;
            onArrival = () -> { };
            r.run();
        };
        stage.addEventFilter(KeyEvent.KEY_PRESSED, stamp);
        robot = new Robot();
        // Without a window manager the keyboard goes where the pointer is.
        Point2D centre = new Point2D(stage.getX() + stage.getWidth() / 2, stage.getY() + stage.getHeight() / 2);
        robot.mouseMove(centre);
        afterPage(KeyCode.ENTER, StudyPhase.QUESTION, ms -> {
            firstCardMs = ms;
            out.accept("probe first_card_ms=" + format(ms));
            card(1);
        });
    }

    private void card(int n) {
        if (n > cards || studyVm.get() == null || studyVm.get().phaseProperty().get() != StudyPhase.QUESTION) {
            finish();
            return;
        }
        afterPage(KeyCode.SPACE, StudyPhase.ANSWER, answerMs -> {
            answers.add(answerMs);
            afterPage(KeyCode.DIGIT3, StudyPhase.QUESTION, nextMs -> {
                // The last card of the day shows the summary, not a page.
                boolean page = studyVm.get().phaseProperty().get() == StudyPhase.QUESTION;
                if (page) nexts.add(nextMs);
                out.accept("probe card=" + n + " answer_ms=" + format(answerMs) + " next_ms=" + (page ? format(nextMs) : "none"));
                card(n + 1);
            });
        });
    }

    /**
     * Presses {@code key}; {@code then} gets the milliseconds from its arrival to the next page
     * painted (NaN when none came in time, e.g. the day's last card led to the summary).
     */
    private void afterPage(KeyCode key, StudyPhase shows, java.util.function.DoubleConsumer then) {
        CardView atPress = cardView.get();
        long before = atPress == null ? 0 : atPress.paintedPagesProperty().get();
        boolean[] finished = new boolean[1];
        PauseTransition timeout = new PauseTransition(PAGE_TIMEOUT);
        CardView[] watched = new CardView[1];
        ChangeListener<Number> painted = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> obs, Number was, Number is) {
                // A page drawn for something else (the warm-up page) or the day's summary instead of a card.
                StudyPhase now = studyVm.get() == null ? null : studyVm.get().phaseProperty().get();
                if (finished[0] || (now != shows && now != StudyPhase.FINISHED)) return;
                finished[0] = true;
                timeout.stop();
                watched[0].paintedPagesProperty().removeListener(this);
                then.accept((System.nanoTime() - keyArrivedNanos) / 1e6);
            }
        };
        timeout.setOnFinished(e -> {
            if (finished[0]) return;
            finished[0] = true;
            if (watched[0] != null) watched[0].paintedPagesProperty().removeListener(painted);
            then.accept(Double.NaN);
        });
        // Once the key has been handled (Enter may have made the study screen just now), watch the page.
        Runnable[] watch = new Runnable[1];
        watch[0] = () -> {
            CardView v = cardView.get();
            if (finished[0]) return;
            if (v == null || studyVm.get() == null) {
                // The deck list may hand Enter on later: look again after it did.
                javafx.application.Platform.runLater(watch[0]);
                return;
            }
            watched[0] = v;
            v.paintedPagesProperty().addListener(painted);
            studyVm.get().phaseProperty().addListener((o, was, is) -> {
                if (is == StudyPhase.FINISHED) painted.changed(null, null, null);
            });
            if (v.paintedPagesProperty().get() > before) painted.changed(null, null, null);
        };
        onArrival = () -> javafx.application.Platform.runLater(watch[0]);
        timeout.play();
        robot.keyPress(key);
        robot.keyRelease(key);
    }

    private void finish() {
        out.accept("probe first_card_ms=" + format(firstCardMs) + " next_card median_ms=" + format(percentile(nexts, 50))
                + " p95_ms=" + format(percentile(nexts, 95)) + " answer median_ms=" + format(percentile(answers, 50))
                + " p95_ms=" + format(percentile(answers, 95)) + " cards=" + nexts.size());
        done.run();
    }

    /** Nearest-rank percentile; NaN for no values. */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().filter(v -> !v.isNaN()).sorted().toList();
        if (sorted.isEmpty()) return Double.NaN;
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static String format(double ms) {
        return Double.isNaN(ms) ? "NaN" : String.format(java.util.Locale.ROOT, "%.1f", ms);
    }
}
