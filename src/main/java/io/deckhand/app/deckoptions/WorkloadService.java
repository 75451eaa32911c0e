package io.deckhand.app.deckoptions;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.PresetRepository;
import io.deckhand.app.port.ReviewLogRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.schedule.fsrs.FsrsModel;
import io.deckhand.domain.schedule.fsrs.simulate.AnswerTimes;
import io.deckhand.domain.schedule.fsrs.simulate.ExamPlanner;
import io.deckhand.domain.schedule.fsrs.simulate.RetentionSweep;
import io.deckhand.domain.schedule.fsrs.simulate.SimulatedCard;
import io.deckhand.domain.schedule.fsrs.simulate.Simulation;
import io.deckhand.domain.schedule.fsrs.simulate.SimulationConfig;
import io.deckhand.domain.schedule.fsrs.simulate.WorkloadSimulator;
import io.deckhand.domain.study.StudyDay;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Workload forecasts for a deck (with its sub-decks): the FSRS simulator run on the deck preset's
 * parameters, limits and desired retention (or a form's unsaved ones), starting from the cards' stored
 * memory states, with the learner's own answer times where the review log has enough of them. Read only.
 */
public final class WorkloadService {
    /** Fixed so the same collection always gives the same forecast. */
    public static final long SEED = 42;
    public static final int DEFAULT_DAYS = 365;
    static final int MAX_EXAM_DAYS = 3650;
    /** The latest answers of each kind that answer times are measured from (recent speed, bounded reads). */
    static final int ANSWERS_PER_KIND = 1000;

    /**
     * What to simulate with: a preset's FSRS parameters, relearning steps and limits, stored or as
     * typed in the deck options form.
     */
    public record Scenario(String presetName, List<Double> weights, int relearningSteps, int reviewsPerDay,
                           int maximumIntervalDays, int newPerDay, double retention) {
        public Scenario {
            Objects.requireNonNull(presetName, "presetName");
            weights = List.copyOf(weights);
        }

        public static Scenario of(DeckPreset p) {
            return new Scenario(p.name(), p.fsrsWeights(), p.relearningSteps().size(), p.reviewsPerDay(),
                    p.maximumIntervalDays(), Math.min(p.newPerDay(), DeckOptionsService.MAX_DAILY_LIMIT),
                    p.desiredRetention());
        }
    }

    private final Transactions tx;
    private final DeckRepository decks;
    private final PresetRepository presets;
    private final CardRepository cards;
    private final ReviewLogRepository reviewLog;
    private final Supplier<StudyDay> studyDay;
    private final Clock clock;

    public WorkloadService(Transactions tx, DeckRepository decks, PresetRepository presets, CardRepository cards,
                           ReviewLogRepository reviewLog, Supplier<StudyDay> studyDay, Clock clock) {
        this.tx = Objects.requireNonNull(tx);
        this.decks = Objects.requireNonNull(decks);
        this.presets = Objects.requireNonNull(presets);
        this.cards = Objects.requireNonNull(cards);
        this.reviewLog = Objects.requireNonNull(reviewLog);
        this.studyDay = Objects.requireNonNull(studyDay);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The deck, its preset, where its cards stand today and how fast the learner answers. */
    record Start(Deck deck, DeckPreset preset, LocalDate today, List<SimulatedCard> studied, int deckSize,
                 AnswerTimes times) {
        FsrsModel model(Scenario s) {
            return new FsrsModel(s.weights(), true, Math.max(s.relearningSteps(), 1));
        }

        SimulationConfig config(Scenario s, int days, int newPerDay) {
            return SimulationConfig.defaults(deckSize, days, newPerDay, SEED)
                    .withLimits(s.reviewsPerDay(), s.maximumIntervalDays()).withAnswerTimes(times);
        }
    }

    /**
     * Reviews, minutes and knowledge over {@code days} for each desired retention from 70 % to 97 %,
     * and day by day at {@code retention}, learning {@code newPerDay} new cards a day.
     */
    public WorkloadForecast forecast(DeckId deck, int days, int newPerDay, double retention) throws DeckhandException {
        DeckPreset preset = tx.read(() -> presets.get(findDeck(deck).presetId()));
        Scenario stored = Scenario.of(preset);
        return forecast(deck, days, new Scenario(stored.presetName(), stored.weights(), stored.relearningSteps(),
                stored.reviewsPerDay(), stored.maximumIntervalDays(), newPerDay, retention));
    }

    /** As {@link #forecast(DeckId, int, int, double)} with the parameters and limits of {@code scenario}. */
    public WorkloadForecast forecast(DeckId deck, int days, Scenario scenario) throws DeckhandException {
        int newPerDay = scenario.newPerDay();
        if (days < 1 || days > SimulationConfig.MAX_DAYS) {
            throw new InvalidInputException("Days to simulate must be from 1 to " + SimulationConfig.MAX_DAYS + ", not " + days + ".");
        }
        if (newPerDay < 0 || newPerDay > DeckOptionsService.MAX_DAILY_LIMIT) {
            throw new InvalidInputException("New cards per day must be from 0 to " + DeckOptionsService.MAX_DAILY_LIMIT
                    + ", not " + newPerDay + ".");
        }
        if (scenario.reviewsPerDay() < 0) throw new InvalidInputException("Reviews per day cannot be negative.");
        if (scenario.maximumIntervalDays() < 1) throw new InvalidInputException("The maximum interval is at least 1 day.");
        double checked = DeckOptionsService.checkRetention(scenario.retention());
        FsrsModel model;
        try {
            model = new FsrsModel(scenario.weights(), true, Math.max(scenario.relearningSteps(), 1));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("The FSRS parameters cannot be simulated: " + e.getMessage());
        }
        Start start = start(deck);
        SimulationConfig config = start.config(scenario, days, newPerDay);
        List<RetentionSweep.Point> sweep = RetentionSweep.sweep(model, config, start.studied());
        Simulation chosen = WorkloadSimulator.simulate(model, checked, config, start.studied(), true);
        return new WorkloadForecast(start.deck().name().toString(), scenario.presetName(), checked, start.deckSize(),
                start.studied().size(), newPerDay, start.today(), sweep, chosen, start.times());
    }

    /** As {@link #forecast(DeckId, int, int, double)} with the preset's new cards a day and retention, over a year. */
    public WorkloadForecast forecast(DeckId deck) throws DeckhandException {
        DeckPreset preset = tx.read(() -> presets.get(findDeck(deck).presetId()));
        return forecast(deck, DEFAULT_DAYS, Math.min(preset.newPerDay(), DeckOptionsService.MAX_DAILY_LIMIT),
                preset.desiredRetention());
    }

    /**
     * How many new cards a day give {@code target} (0-1] of the deck recalled on {@code exam}, at
     * {@code retention}; the plan says when no number does.
     */
    public ExamForecast planExam(DeckId deck, LocalDate exam, double target, double retention) throws DeckhandException {
        Objects.requireNonNull(exam, "exam");
        if (Double.isNaN(target) || target <= 0 || target > 1) {
            throw new InvalidInputException("The share of the deck to know must be above 0% and at most 100%.");
        }
        double checked = DeckOptionsService.checkRetention(retention);
        Start start = start(deck);
        long days = ChronoUnit.DAYS.between(start.today(), exam);
        if (days < 1) {
            throw new InvalidInputException("The exam date must be after today (" + start.today() + "), not " + exam + ".");
        }
        if (days > MAX_EXAM_DAYS) {
            throw new InvalidInputException("The exam date must be within " + MAX_EXAM_DAYS / 365 + " years.");
        }
        Scenario stored = Scenario.of(start.preset());
        ExamPlanner.Plan plan = ExamPlanner.plan(start.model(stored), checked, start.config(stored, (int) days, 0),
                start.studied(), target);
        return new ExamForecast(start.deck().name().toString(), exam, checked, plan);
    }

    /** As {@link #planExam(DeckId, LocalDate, double, double)} at the preset's desired retention. */
    public ExamForecast planExam(DeckId deck, LocalDate exam, double target) throws DeckhandException {
        DeckPreset preset = tx.read(() -> presets.get(findDeck(deck).presetId()));
        return planExam(deck, exam, target, preset.desiredRetention());
    }

    Start start(DeckId deckId) throws DeckhandException {
        StudyDay day = studyDay.get();
        LocalDate today = day.dateOf(clock.instant());
        return tx.read(() -> {
            Deck deck = findDeck(deckId);
            DeckPreset preset = presets.get(deck.presetId());
            List<DeckId> scope = decks.all().stream()
                    .filter(d -> d.id().equals(deckId) || deck.name().isAncestorOf(d.name())).map(Deck::id).toList();
            List<SimulatedCard> studied = new ArrayList<>();
            int size = 0;
            for (Card c : cards.byDecks(scope)) {
                if (c.suspended()) continue;
                size++;
                SimulatedCard s = memoryOf(c.scheduling(), day, today);
                if (s != null) studied.add(s);
            }
            AnswerTimes times = AnswerTimes.from(reviewLog.answerTimes(scope, ANSWERS_PER_KIND));
            return new Start(deck, preset, today, studied, size, times);
        });
    }

    /** A studied card's memory relative to today, or null for a card never studied. */
    static SimulatedCard memoryOf(SchedulingState s, StudyDay day, LocalDate today) {
        if (s.state() == CardState.NEW || s.lastReview() == null) return null;
        int last = (int) Math.min(0, ChronoUnit.DAYS.between(today, day.dateOf(s.lastReview())));
        int due = (int) Math.max(Math.min(ChronoUnit.DAYS.between(today, day.dateOf(s.due())), SimulationConfig.MAX_DAYS), -SimulationConfig.MAX_DAYS);
        // Cards scheduled without FSRS memory (SM-2 history): its interval stands in for stability.
        double stability = s.stability() > 0 ? s.stability() : Math.max(s.scheduledDays(), 1);
        double difficulty = s.difficulty() >= 1 ? Math.min(s.difficulty(), 10) : 5;
        return new SimulatedCard(Math.min(stability, FsrsModel.S_MAX), difficulty, last, due);
    }

    private Deck findDeck(DeckId id) throws DeckhandException {
        return decks.find(id).orElseThrow(() -> new InvalidInputException("That deck no longer exists."));
    }
}
