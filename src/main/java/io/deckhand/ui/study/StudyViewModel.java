package io.deckhand.ui.study;

import io.deckhand.app.study.DaySummary;
import io.deckhand.app.study.StudyCard;
import io.deckhand.app.study.StudyService;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.study.StudyCounts;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The study loop: question, answer, grade, next; undo; the day's summary when done. Every call to
 * the collection goes through the task runner; while one is running, further keys are ignored so a
 * double press never grades two cards.
 */
public final class StudyViewModel {
    /** Like Anki: a card left on screen for a long time counts as this long at most. */
    static final Duration MAX_ANSWER_TIME = Duration.ofSeconds(60);

    private final StudyService study;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final LongSupplier nanoTime;
    private Consumer<String> toast = s -> { };
    private volatile Consumer<StudyCard> preparer = c -> { };

    private final ObjectProperty<StudyPhase> phase = new SimpleObjectProperty<>(StudyPhase.LOADING);
    private final ObjectProperty<StudyCard> card = new SimpleObjectProperty<>();
    private final ObjectProperty<StudyCounts> remaining = new SimpleObjectProperty<>(StudyCounts.ZERO);
    private final ObjectProperty<DaySummary> summary = new SimpleObjectProperty<>();
    private final StringProperty deckName = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();

    private DeckId deck;
    /** The cards still to study when studying a given list (weak topics of an exam); null in deck order. */
    private java.util.Deque<CardId> cardList;
    /** A cram session: answers are not recorded and no card's scheduling changes. */
    private boolean practice;
    /** The cards answered in a cram session, newest first, for its own undo (the collection never changed). */
    private final java.util.Deque<CardId> practiced = new java.util.ArrayDeque<>();
    private long shownAtNanos;
    private int answeredThisSession;
    private boolean busy;

    public StudyViewModel(StudyService study, TaskRunner tasks, ErrorPresenter errors, LongSupplier nanoTime) {
        this.study = study;
        this.tasks = tasks;
        this.errors = errors;
        this.nanoTime = nanoTime;
    }

    /**
     * Called on the worker with each card about to be shown, before it is handed to the FX thread
     * (the view builds its pages there). A failure there is left to the view to meet again.
     */
    public void setPreparer(Consumer<StudyCard> preparer) {
        this.preparer = preparer;
    }

    /** Where short confirmations ("Answer undone") go. */
    public void setToastSink(Consumer<String> sink) {
        this.toast = sink;
    }

    public void start(DeckId deckId, String name) {
        deck = deckId;
        cardList = null;
        practice = false;
        deckName.set(name);
        answeredThisSession = 0;
        // Phase first: a listener must never see an answer phase without a card.
        phase.set(StudyPhase.LOADING);
        summary.set(null);
        card.set(null);
        remaining.set(StudyCounts.ZERO);
        progress.set(0);
        load(() -> study.next(deckId), "Your cards could not be loaded; nothing was changed.");
    }

    /**
     * Hands the first card {@link #start} would show for this deck to the preparer, on the worker,
     * without starting anything: the deck list calls it for its selected deck so that the first
     * card's pages are built before Enter. Only a head start: a failure costs nothing.
     */
    public void prepareFirst(DeckId deckId) {
        Consumer<StudyCard> prepare = preparer;
        tasks.run(() -> {
            study.next(deckId).ifPresent(c -> prepareQuietly(prepare, c));
            return null;
        }, ignored -> { }, ignored -> { });
    }

    /**
     * Studies these cards once each, in this order (an Again comes back at the end), e.g. the
     * cards a mock exam found weak. The header shows each card's deck.
     */
    public void startCards(java.util.List<CardId> ids, String name) {
        startCards(ids, name, true);
    }

    /**
     * As {@link #startCards(java.util.List, String)}; with {@code reschedule} false a cram session:
     * answers only move through the list, nothing is written and undo steps back in the list.
     */
    public void startCards(java.util.List<CardId> ids, String name, boolean reschedule) {
        practice = !reschedule;
        practiced.clear();
        deck = null;
        cardList = new java.util.ArrayDeque<>(new java.util.LinkedHashSet<>(ids));
        deckName.set(name);
        answeredThisSession = 0;
        summary.set(null);
        card.set(null);
        remaining.set(StudyCounts.ZERO);
        progress.set(0);
        load(nextWork(), "Your cards could not be loaded; nothing was changed.");
    }

    public void showAnswer() {
        if (!busy && phase.get() == StudyPhase.QUESTION) phase.set(StudyPhase.ANSWER);
    }

    public void answer(Rating rating) {
        if (busy || phase.get() != StudyPhase.ANSWER) return;
        CardId id = card.get().card().id();
        Duration time = answerTime();
        answeredThisSession++;
        if (cardList != null) {
            java.util.List<CardId> before = java.util.List.copyOf(cardList);
            cardList.remove(id);
            if (rating == Rating.AGAIN) cardList.addLast(id);
            TaskRunner.Work<Optional<StudyCard>> next = nextWork();
            if (practice) practiced.push(id);
            boolean record = !practice;
            load(() -> {
                if (record) study.answer(id, rating, time);
                return next.call();
            }, "Your answer was not saved; the card is unchanged.", () -> {
                answeredThisSession--;
                cardList = new java.util.ArrayDeque<>(before);
                if (!record) practiced.remove(id);
            });
            return;
        }
        load(() -> {
            study.answer(id, rating, time);
            return study.next(deck);
        }, "Your answer was not saved; the card is unchanged.", () -> answeredThisSession--);
    }

    public void undo() {
        if (busy) return;
        if (cardList != null) {
            undoInList();
            return;
        }
        if (deck == null) return;
        busy = true;
        DeckId d = deck;
        tasks.run(() -> {
            Optional<CardId> undone = study.undoLastAnswer();
            return undone.isEmpty() ? null : study.next(d);
        }, next -> {
            busy = false;
            if (next == null) {
                toast.accept("Nothing to undo");
                return;
            }
            answeredThisSession = Math.max(0, answeredThisSession - 1);
            summary.set(null);
            next.ifPresentOrElse(this::show, this::finish);
            toast.accept("Answer undone");
        }, e -> {
            busy = false;
            errors.show(e, "Nothing was undone.");
        });
    }

    private void undoInList() {
        if (practice) {
            undoPractice();
            return;
        }
        busy = true;
        int left = cardList.size() + 1;
        tasks.run(() -> {
            Optional<CardId> undone = study.undoLastAnswer();
            return undone.map(id -> new java.util.AbstractMap.SimpleEntry<>(id, cardOrEmpty(id, left)));
        }, undone -> {
            busy = false;
            if (undone.isEmpty()) {
                toast.accept("Nothing to undo");
                return;
            }
            CardId id = undone.get().getKey();
            cardList.remove(id);
            cardList.addFirst(id);
            answeredThisSession = Math.max(0, answeredThisSession - 1);
            summary.set(null);
            undone.get().getValue().ifPresentOrElse(this::show, this::finish);
            toast.accept("Answer undone");
        }, e -> {
            busy = false;
            errors.show(e, "Nothing was undone.");
        });
    }

    /** Steps back to the last card answered in a cram session; the collection is left alone. */
    private void undoPractice() {
        if (practiced.isEmpty()) {
            toast.accept("Nothing to undo");
            return;
        }
        CardId id = practiced.pop();
        cardList.remove(id);
        cardList.addFirst(id);
        answeredThisSession = Math.max(0, answeredThisSession - 1);
        summary.set(null);
        load(nextWork(), "The card could not be shown again.");
        toast.accept("Back one card");
    }

    /** True in a cram session (answers leave the cards' scheduling as it was). */
    public boolean practicing() {
        return cardList != null && practice;
    }

    private Optional<StudyCard> cardOrEmpty(CardId id, int left) {
        try {
            return study.card(id, left);
        } catch (io.deckhand.app.error.DeckhandException e) {
            return Optional.empty();
        }
    }

    /** The next card of the list (skipping deleted ones), read from a copy so the worker never sees the list change. */
    private TaskRunner.Work<Optional<StudyCard>> nextWork() {
        java.util.List<CardId> ids = java.util.List.copyOf(cardList);
        return () -> {
            for (int i = 0; i < ids.size(); i++) {
                Optional<StudyCard> c = study.card(ids.get(i), ids.size() - i);
                if (c.isPresent()) return c;
            }
            return Optional.empty();
        };
    }

    /** Shows the current card again after an edit (its text or deck may have changed). */
    public void reload(String message) {
        if (cardList != null) {
            load(nextWork(), "The card could not be reloaded.");
            toast.accept(message);
            return;
        }
        if (deck == null) return;
        load(() -> study.next(deck), "The card could not be reloaded.");
        toast.accept(message);
    }

    public ReadOnlyObjectProperty<StudyPhase> phaseProperty() {
        return phase;
    }

    public ReadOnlyObjectProperty<StudyCard> cardProperty() {
        return card;
    }

    public ReadOnlyObjectProperty<StudyCounts> remainingProperty() {
        return remaining;
    }

    public ReadOnlyObjectProperty<DaySummary> summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty deckNameProperty() {
        return deckName;
    }

    /** Share of this session's cards already answered, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public Optional<CardId> currentCardId() {
        StudyCard c = card.get();
        return c == null || phase.get() == StudyPhase.FINISHED ? Optional.empty() : Optional.of(c.card().id());
    }

    /** The next interval of each grade ("10m", "1d"), or "" when unknown. */
    /** Above Again in a cram session: the card comes back at the end of the session's list. */
    public static final String CRAM_AGAIN = "later in session";
    /** Above Hard, Good and Easy in a cram session: the card leaves the session, its schedule untouched. */
    public static final String CRAM_DONE = "done, not rescheduled";

    /**
     * What answering with {@code rating} does to the card: the scheduler's next interval, or in a
     * cram session (which reschedules nothing) where the card goes in the session.
     */
    public String intervalLabel(Rating rating) {
        StudyCard c = card.get();
        if (c == null) return "";
        if (practicing()) return rating == Rating.AGAIN ? CRAM_AGAIN : CRAM_DONE;
        Map<Rating, String> labels = c.intervalLabels();
        return labels == null ? "" : labels.getOrDefault(rating, "");
    }

    public boolean isBusy() {
        return busy;
    }

    private Duration answerTime() {
        Duration d = Duration.ofNanos(Math.max(0, nanoTime.getAsLong() - shownAtNanos));
        return d.compareTo(MAX_ANSWER_TIME) > 0 ? MAX_ANSWER_TIME : d;
    }

    private void load(TaskRunner.Work<Optional<StudyCard>> work, String unchanged) {
        load(work, unchanged, () -> { });
    }

    private void load(TaskRunner.Work<Optional<StudyCard>> work, String unchanged, Runnable onFailure) {
        busy = true;
        if (card.get() == null) phase.set(StudyPhase.LOADING);
        Consumer<StudyCard> prepare = preparer;
        tasks.run(() -> {
            Optional<StudyCard> next = work.call();
            next.ifPresent(c -> prepareQuietly(prepare, c));
            return next;
        }, next -> {
            busy = false;
            next.ifPresentOrElse(this::show, this::finish);
        }, e -> {
            busy = false;
            onFailure.run();
            if (phase.get() == StudyPhase.LOADING) phase.set(StudyPhase.FINISHED);
            errors.show(e, unchanged);
        });
    }

    private static void prepareQuietly(Consumer<StudyCard> prepare, StudyCard c) {
        try {
            prepare.accept(c);
        } catch (RuntimeException e) {
            // Only a head start: showing the card builds its page again and reports what fails.
        }
    }

    private void show(StudyCard next) {
        if (cardList != null) {
            // ids before the shown one were deleted meanwhile
            while (!cardList.isEmpty() && !cardList.peekFirst().equals(next.card().id())) cardList.pollFirst();
            deckName.set(next.deckName());
        }
        card.set(next);
        remaining.set(next.remaining());
        int left = next.remaining().total();
        progress.set(answeredThisSession + left == 0 ? 0 : (double) answeredThisSession / (answeredThisSession + left));
        shownAtNanos = nanoTime.getAsLong();
        phase.set(StudyPhase.QUESTION);
        buildAhead(next);
    }

    /**
     * While the user reads {@code shown}, the worker fetches the card most likely to follow it and
     * hands it to the preparer, so the answer's key finds its page built. Only a head start: a wrong
     * guess or a failure costs nothing but the work, and the worker does it before any later key.
     */
    private void buildAhead(StudyCard shown) {
        Consumer<StudyCard> prepare = preparer;
        TaskRunner.Work<Optional<StudyCard>> upcoming = upcomingWork(shown.card().id());
        if (upcoming == null) return;
        tasks.run(() -> {
            upcoming.call().ifPresent(c -> prepareQuietly(prepare, c));
            return null;
        }, ignored -> { }, ignored -> { });
    }

    /** The card after {@code shown} in this session's order (deck order or the list), or null when there is none to guess. */
    private TaskRunner.Work<Optional<StudyCard>> upcomingWork(CardId shown) {
        if (cardList != null) {
            java.util.List<CardId> rest = new java.util.ArrayList<>(cardList);
            rest.remove(shown);
            if (rest.isEmpty()) return null;
            CardId after = rest.get(0);
            int left = rest.size();
            return () -> study.card(after, left);
        }
        if (deck == null) return null;
        DeckId d = deck;
        return () -> study.upcoming(d, shown);
    }

    private void finish() {
        remaining.set(StudyCounts.ZERO);
        progress.set(answeredThisSession == 0 ? 0 : 1);
        phase.set(StudyPhase.FINISHED);
        DeckId d = deck != null ? deck : card.get() == null ? null : card.get().card().deckId();
        if (d == null) {
            summary.set(null);
            return;
        }
        busy = true;
        tasks.run(() -> study.today(d), s -> {
            busy = false;
            summary.set(s);
        }, e -> {
            busy = false;
            errors.show(e, "Today's summary could not be read; your answers are saved.");
        });
    }
}
