package io.deckhand.ui.options;

import io.deckhand.app.deckoptions.DeckOptions;
import io.deckhand.app.deckoptions.DeckOptionsService;
import io.deckhand.app.deckoptions.FsrsOptimization;
import io.deckhand.app.deckoptions.StepsParser;
import io.deckhand.app.error.CancelledException;
import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.progress.Progress;
import io.deckhand.app.progress.ProgressListener;
import io.deckhand.app.progress.ThrottledProgress;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.domain.schedule.fsrs.optimize.OptimizeResult;
import io.deckhand.ui.common.ErrorPresenter;
import io.deckhand.ui.common.TaskRunner;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The options of one deck: which preset it uses and that preset's options, plus the study-day
 * rollover. Choosing another preset fills the form with its options; Save writes the form to the
 * chosen preset and makes the deck use it. Service calls go through the {@link TaskRunner}.
 */
public final class DeckOptionsViewModel {
    private final DeckOptionsService service;
    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final DeckId deckId;

    private final ReadOnlyStringWrapper deckName = new ReadOnlyStringWrapper("");
    private final ObservableList<DeckPreset> presets = FXCollections.observableArrayList();
    private final ObjectProperty<DeckPreset> preset = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper presetUsage = new ReadOnlyStringWrapper("");
    private final ObjectProperty<SchedulerKind> scheduler = new SimpleObjectProperty<>(SchedulerKind.FSRS6);
    private final DoubleProperty retentionPercent = new SimpleDoubleProperty(90);
    private final StringProperty learningSteps = new SimpleStringProperty("");
    private final StringProperty relearningSteps = new SimpleStringProperty("");
    private final ObjectProperty<Integer> newPerDay = new SimpleObjectProperty<>(20);
    private final ObjectProperty<Integer> reviewsPerDay = new SimpleObjectProperty<>(200);
    private final ObjectProperty<Integer> maximumInterval = new SimpleObjectProperty<>(36500);
    private final BooleanProperty fuzz = new SimpleBooleanProperty(true);
    private final BooleanProperty buryNew = new SimpleBooleanProperty(true);
    private final BooleanProperty buryReviews = new SimpleBooleanProperty(true);
    private final BooleanProperty buryInterdayLearning = new SimpleBooleanProperty(true);
    private Map<PresetId, io.deckhand.domain.deck.SiblingBury> buryByPreset = Map.of();
    private final ObjectProperty<Integer> rolloverHour = new SimpleObjectProperty<>(4);
    private final BooleanProperty includeSubDecks = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper hasSubDecks = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(true);
    private final StringBinding problem;
    private final BooleanBinding canSave;
    private final StringBinding retentionText =
            Bindings.createStringBinding(() -> Math.round(retentionPercent.get()) + "%", retentionPercent);
    private final BooleanBinding retentionApplies = scheduler.isEqualTo(SchedulerKind.FSRS6);

    private final ReadOnlyBooleanWrapper optimizing = new ReadOnlyBooleanWrapper();
    private final SimpleDoubleProperty optimizeProgress = new SimpleDoubleProperty(-1);
    private final ReadOnlyStringWrapper optimizeText = new ReadOnlyStringWrapper("");
    private volatile boolean optimizeCancelled;

    private PresetId deckPreset;
    private Map<PresetId, Integer> deckCounts = Map.of();
    private int storedRollover = -1;
    /** True while the form is filled in code, so choosing a preset does not overwrite edits. */
    private boolean filling;

    public DeckOptionsViewModel(DeckOptionsService service, TaskRunner tasks, ErrorPresenter errors, DeckId deckId) {
        this.service = service;
        this.tasks = tasks;
        this.errors = errors;
        this.deckId = deckId;
        problem = Bindings.createStringBinding(this::firstProblem, learningSteps, relearningSteps, newPerDay,
                reviewsPerDay, maximumInterval, preset);
        canSave = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !busy.get(), problem, busy);
        preset.addListener((obs, old, now) -> {
            if (now != null && !filling) fill(now);
            describeUsage();
        });
    }

    /** Reads the deck, the presets and the rollover hour; the form fills in when they arrive. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Loaded(service.deck(deckId), service.presets(), service.presetOf(deckId),
                        service.deckCounts(), !service.subDecksOf(deckId).isEmpty(), service.rolloverHour(),
                        service.siblingBuryByPreset()),
                this::loaded, e -> {
                    busy.set(false);
                    errors.show(e, "Nothing was changed.");
                });
    }

    private void loaded(Loaded l) {
        deckName.set(l.deck().name().value());
        deckPreset = l.current().id();
        deckCounts = l.deckCounts();
        buryByPreset = l.bury();
        hasSubDecks.set(l.hasSubDecks());
        storedRollover = l.rolloverHour();
        rolloverHour.set(l.rolloverHour());
        presets.setAll(l.presets());
        preset.set(null);
        preset.set(l.current());
        busy.set(false);
    }

    private void fill(DeckPreset p) {
        DeckOptions o = DeckOptions.of(p);
        scheduler.set(o.scheduler());
        retentionPercent.set(Math.round(o.desiredRetention() * 100));
        learningSteps.set(o.learningSteps());
        relearningSteps.set(o.relearningSteps());
        newPerDay.set(o.newPerDay());
        reviewsPerDay.set(o.reviewsPerDay());
        maximumInterval.set(o.maximumIntervalDays());
        fuzz.set(o.fuzz());
        io.deckhand.domain.deck.SiblingBury b = buryByPreset.getOrDefault(p.id(), io.deckhand.domain.deck.SiblingBury.ALL);
        buryNew.set(b.newCards());
        buryReviews.set(b.reviews());
        buryInterdayLearning.set(b.interdayLearning());
    }

    /** The sibling burying as ticked. */
    public io.deckhand.domain.deck.SiblingBury siblingBury() {
        return new io.deckhand.domain.deck.SiblingBury(buryNew.get(), buryReviews.get(), buryInterdayLearning.get());
    }

    public BooleanProperty buryNewProperty() {
        return buryNew;
    }

    public BooleanProperty buryReviewsProperty() {
        return buryReviews;
    }

    public BooleanProperty buryInterdayLearningProperty() {
        return buryInterdayLearning;
    }

    private void describeUsage() {
        DeckPreset p = preset.get();
        if (p == null) {
            presetUsage.set("");
            return;
        }
        int n = deckCounts.getOrDefault(p.id(), 0);
        String used = n == 0 ? "No deck uses this preset yet." : n == 1 ? "Used by 1 deck." : "Used by " + n + " decks.";
        presetUsage.set(p.id().equals(deckPreset) ? used + " Changes apply to every deck that uses it."
                : used + " This deck switches to it when you save.");
    }

    /** The options as typed, for the service to check and save. */
    public DeckOptions options() {
        return new DeckOptions(scheduler.get(), Math.round(retentionPercent.get()) / 100.0, learningSteps.get(),
                relearningSteps.get(), orZero(maximumInterval.get()), orZero(newPerDay.get()),
                orZero(reviewsPerDay.get()), fuzz.get());
    }

    /**
     * The form as the workload simulator takes it: the chosen preset's FSRS parameters with the
     * typed limits and relearning steps; null while the form has a problem.
     */
    public io.deckhand.app.deckoptions.WorkloadService.Scenario workloadScenario() {
        DeckPreset p = preset.get();
        if (p == null || !firstProblem().isEmpty()) return null;
        int relearning;
        try {
            relearning = StepsParser.parse(relearningSteps.get(), "Relearning steps").size();
        } catch (DeckhandException e) {
            return null;
        }
        return new io.deckhand.app.deckoptions.WorkloadService.Scenario(p.name(), p.fsrsWeights(), relearning,
                reviewsPerDay.get(), maximumInterval.get(), newPerDay.get(), Math.round(retentionPercent.get()) / 100.0);
    }

    private String firstProblem() {
        if (preset.get() == null) return "Choose a preset.";
        try {
            StepsParser.parse(learningSteps.get(), "Learning steps");
            StepsParser.parse(relearningSteps.get(), "Relearning steps");
        } catch (DeckhandException e) {
            return e.getMessage();
        }
        if (newPerDay.get() == null || newPerDay.get() < 0) return "New cards per day cannot be negative.";
        if (reviewsPerDay.get() == null || reviewsPerDay.get() < 0) return "Reviews per day cannot be negative.";
        if (maximumInterval.get() == null || maximumInterval.get() < 1) return "The maximum interval is at least 1 day.";
        return "";
    }

    /** Saves the form to the chosen preset, gives it to the deck (and its sub-decks if asked) and stores the rollover. */
    public void save(Consumer<DeckPreset> onSaved) {
        DeckPreset target = preset.get();
        if (!canSave.get() || target == null) return;
        DeckOptions edited = options();
        io.deckhand.domain.deck.SiblingBury bury = siblingBury();
        boolean subDecks = includeSubDecks.get() && hasSubDecks.get();
        Integer hour = rolloverHour.get();
        busy.set(true);
        OptionalInt dayStarts = hour != null && hour != storedRollover ? OptionalInt.of(hour) : OptionalInt.empty();
        tasks.run(() -> service.saveForDeck(deckId, target.id(), edited, subDecks, bury, dayStarts), saved -> {
            busy.set(false);
            storedRollover = hour == null ? storedRollover : hour;
            deckPreset = saved.id();
            Map<PresetId, io.deckhand.domain.deck.SiblingBury> b = new java.util.HashMap<>(buryByPreset);
            b.put(saved.id(), bury);
            buryByPreset = b;
            replace(saved);
            onSaved.accept(saved);
        }, e -> {
            busy.set(false);
            errors.show(e, "The deck options were left as they were.");
        });
    }

    /**
     * Fits the chosen preset's FSRS parameters to the review history of its decks and saves them
     * when they predict it better; the outcome (before/after figures, or why nothing changed) goes
     * to {@link #optimizeTextProperty()}. The form's unsaved edits are kept.
     */
    public void optimize() {
        DeckPreset target = preset.get();
        if (target == null || optimizing.get()) return;
        optimizeCancelled = false;
        optimizing.set(true);
        optimizeProgress.set(-1);
        optimizeText.set("Reading the review history…");
        ProgressListener listener = ThrottledProgress.tenPerSecond(new ProgressListener() {
            @Override
            public void report(Progress p) {
                onUiThread(() -> {
                    optimizeProgress.set(p.fraction());
                    optimizeText.set(p.stage() + "…");
                });
            }

            @Override
            public boolean isCancelled() {
                return optimizeCancelled;
            }
        });
        tasks.run(() -> {
            FsrsOptimization o = service.optimizeFsrs(target.id(), true, listener);
            DeckPreset stored = o.saved() ? service.presets().stream()
                    .filter(p -> p.id().equals(target.id())).findFirst().orElse(null) : null;
            return new Optimized(o, stored);
        }, done -> {
            optimizing.set(false);
            optimizeText.set(figures(done.optimization()));
            if (done.stored() != null) replace(done.stored());
        }, e -> {
            optimizing.set(false);
            optimizeText.set(e instanceof CancelledException ? "Cancelled. The parameters were left as they were."
                    : e.getMessage());
        });
    }

    /** Asks a running optimisation to stop; nothing is saved. */
    public void cancelOptimize() {
        optimizeCancelled = true;
    }

    private record Optimized(FsrsOptimization optimization, DeckPreset stored) {
    }

    static String figures(FsrsOptimization o) {
        OptimizeResult r = o.result();
        return String.format(java.util.Locale.ROOT, "Log loss %.4f → %.4f, RMSE %.2f%% → %.2f%%. %s",
                r.before().logLoss(), r.after().logLoss(), r.before().rmseBins() * 100, r.after().rmseBins() * 100,
                o.summary());
    }

    private static void onUiThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    /** A new preset copied from the chosen one; the form keeps its edits, to be saved into the new preset. */
    public void createPreset(String name) {
        DeckPreset from = preset.get();
        if (from == null) return;
        busy.set(true);
        tasks.run(() -> service.createPreset(name, from.id()), created -> {
            busy.set(false);
            presets.add(created);
            select(created);
        }, e -> {
            busy.set(false);
            errors.show(e, "No preset was added.");
        });
    }

    public void renamePreset(String name) {
        DeckPreset p = preset.get();
        if (p == null) return;
        busy.set(true);
        tasks.run(() -> service.renamePreset(p.id(), name), renamed -> {
            busy.set(false);
            replace(renamed);
        }, e -> {
            busy.set(false);
            errors.show(e, "The preset kept its name.");
        });
    }

    /** Puts the stored version of a preset in the list and selects it, keeping the form as it is. */
    private void replace(DeckPreset stored) {
        filling = true; // a list control may re-select the replaced item; that must not refill the form
        try {
            for (int i = 0; i < presets.size(); i++) {
                if (presets.get(i).id().equals(stored.id())) presets.set(i, stored);
            }
            preset.set(stored);
        } finally {
            filling = false;
        }
        describeUsage();
    }

    private void select(DeckPreset p) {
        filling = true;
        try {
            preset.set(p);
        } finally {
            filling = false;
        }
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    public ReadOnlyStringProperty deckNameProperty() {
        return deckName.getReadOnlyProperty();
    }

    public ObservableList<DeckPreset> presets() {
        return presets;
    }

    /** The preset the deck will use; choosing one fills the form with its options. */
    public ObjectProperty<DeckPreset> presetProperty() {
        return preset;
    }

    public ReadOnlyStringProperty presetUsageProperty() {
        return presetUsage.getReadOnlyProperty();
    }

    public ObjectProperty<SchedulerKind> schedulerProperty() {
        return scheduler;
    }

    /** Desired retention in percent, 70 to 99. */
    public DoubleProperty retentionPercentProperty() {
        return retentionPercent;
    }

    public StringBinding retentionText() {
        return retentionText;
    }

    /** Desired retention only steers FSRS. */
    public BooleanBinding retentionApplies() {
        return retentionApplies;
    }

    public StringProperty learningStepsProperty() {
        return learningSteps;
    }

    public StringProperty relearningStepsProperty() {
        return relearningSteps;
    }

    public ObjectProperty<Integer> newPerDayProperty() {
        return newPerDay;
    }

    public ObjectProperty<Integer> reviewsPerDayProperty() {
        return reviewsPerDay;
    }

    public ObjectProperty<Integer> maximumIntervalProperty() {
        return maximumInterval;
    }

    public BooleanProperty fuzzProperty() {
        return fuzz;
    }

    /** Hour (0-23) the next study day starts, for the whole collection. */
    public ObjectProperty<Integer> rolloverHourProperty() {
        return rolloverHour;
    }

    public BooleanProperty includeSubDecksProperty() {
        return includeSubDecks;
    }

    public ReadOnlyBooleanProperty hasSubDecksProperty() {
        return hasSubDecks.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty optimizingProperty() {
        return optimizing.getReadOnlyProperty();
    }

    /** Fraction done of a running optimisation, -1 while unknown. */
    public javafx.beans.property.ReadOnlyDoubleProperty optimizeProgressProperty() {
        return optimizeProgress;
    }

    public ReadOnlyStringProperty optimizeTextProperty() {
        return optimizeText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The first thing that keeps the form from being saved, or "" when it can be. */
    public StringBinding problemProperty() {
        return problem;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    private record Loaded(Deck deck, List<DeckPreset> presets, DeckPreset current, Map<PresetId, Integer> deckCounts,
                          boolean hasSubDecks, int rolloverHour, Map<PresetId, io.deckhand.domain.deck.SiblingBury> bury) {
    }
}
