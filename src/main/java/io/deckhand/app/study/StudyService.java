package io.deckhand.app.study;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.PresetRepository;
import io.deckhand.app.port.ReviewLogRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.SiblingBury;
import io.deckhand.domain.search.SearchNode;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CalendarDays;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.IntervalLabel;
import io.deckhand.domain.schedule.NextStates;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.Scheduler;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.schedule.select.Schedulers;
import io.deckhand.domain.study.StudyCounts;
import io.deckhand.domain.study.StudyDay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The study loop: what to show next, answering, undo, and today's counts.
 * Order within a deck: (re)learning cards that are due, then reviews due today, then new cards
 * within today's limit, then learning cards due within the learn-ahead window (as Anki).
 */
public final class StudyService {
    /** Learning cards due this soon are shown rather than ending the session (Anki's default). */
    static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    private static final int LEARNING_CAP = 9999;
    private static final int UNCAPPED = Integer.MAX_VALUE;
    private static final int MAX_CACHED_SCHEDULERS = 64;

    private final Transactions tx;
    private final DeckRepository decks;
    private final PresetRepository presets;
    private final CardRepository cards;
    private final ReviewLogRepository log;
    private final Clock clock;
    private final Supplier<StudyDay> studyDay;
    private final Map<DeckPreset, Scheduler> schedulers = new ConcurrentHashMap<>();
    private final io.deckhand.app.undo.UndoStack undo;
    /** Cards buried by hand (Browse); null when the wiring has none (older tests). */
    private final io.deckhand.app.port.BrowseRepository marks;
    /** Where each preset's sibling burying is kept; null: bury all siblings (the default). */
    private final io.deckhand.app.port.SettingsRepository settings;

    public StudyService(Transactions tx, DeckRepository decks, PresetRepository presets, CardRepository cards,
                        ReviewLogRepository log, Clock clock, StudyDay studyDay) {
        this(tx, decks, presets, cards, log, clock, fixed(studyDay));
    }

    /** With a study day that may change while the app runs (the rollover hour is a setting). */
    public StudyService(Transactions tx, DeckRepository decks, PresetRepository presets, CardRepository cards,
                        ReviewLogRepository log, Clock clock, Supplier<StudyDay> studyDay) {
        this(tx, decks, presets, cards, log, clock, studyDay, null);
    }

    /** With each preset's sibling burying read from {@code settings} ({@link SiblingBury#settingKey}). */
    public StudyService(Transactions tx, DeckRepository decks, PresetRepository presets, CardRepository cards,
                        ReviewLogRepository log, Clock clock, Supplier<StudyDay> studyDay,
                        io.deckhand.app.port.SettingsRepository settings) {
        this(tx, decks, presets, cards, log, clock, studyDay, settings, new io.deckhand.app.undo.UndoStack(tx), null);
    }

    /** With the app's one undo history, shared with the other services, and the cards buried by hand. */
    public StudyService(Transactions tx, DeckRepository decks, PresetRepository presets, CardRepository cards,
                        ReviewLogRepository log, Clock clock, Supplier<StudyDay> studyDay,
                        io.deckhand.app.port.SettingsRepository settings, io.deckhand.app.undo.UndoStack undo,
                        io.deckhand.app.port.BrowseRepository marks) {
        this.undo = Objects.requireNonNull(undo, "undo");
        this.marks = marks;
        this.settings = settings;
        this.tx = tx;
        this.decks = decks;
        this.presets = presets;
        this.cards = cards;
        this.log = log;
        this.clock = clock;
        this.studyDay = Objects.requireNonNull(studyDay, "studyDay");
    }

    /** All decks in tree order with today's counts (sub-decks included, daily limits applied). */
    public List<DeckSummary> deckTree() throws DeckhandException {
        return tx.read(() -> {
            Instant now = clock.instant();
            DeckTree tree = new DeckTree(decks.all());
            Map<DeckId, StudyCounts> raw = new java.util.HashMap<>(
                    cards.countsByDeck(now.plus(LEARN_AHEAD), studyDay.get().endOf(now)));
            for (Card b : buried(now)) {
                StudyCounts one = countedAs(b, now.plus(LEARN_AHEAD), studyDay.get().endOf(now));
                raw.computeIfPresent(b.deckId(), (d, c) -> minus(c, one));
            }
            Map<DeckId, StudyCounts> studied = log.studiedByDeck(studyDay.get().startOf(now));
            List<StudyCounts> sumRaw = tree.subtreeTotals(d -> raw.getOrDefault(d.id(), StudyCounts.ZERO), StudyCounts::plus);
            List<StudyCounts> sumStudied = tree.subtreeTotals(
                    d -> studied.getOrDefault(d.id(), StudyCounts.ZERO), StudyCounts::plus);
            Map<io.deckhand.domain.deck.PresetId, DeckPreset> presetOf = new java.util.HashMap<>();
            List<DeckSummary> out = new ArrayList<>();
            for (int i = 0; i < tree.ordered().size(); i++) {
                Deck deck = tree.ordered().get(i);
                DeckPreset preset = presetOf.get(deck.presetId());
                if (preset == null) presetOf.put(deck.presetId(), preset = presets.get(deck.presetId()));
                out.add(new DeckSummary(deck.id(), deck.name(), deck.name().depth(),
                        limited(sumRaw.get(i), sumStudied.get(i), preset), tree.hasChildren(deck)));
            }
            return out;
        });
    }

    /** What is left today in the deck and its sub-decks. */
    public StudyCounts remaining(DeckId deckId) throws DeckhandException {
        return tx.read(() -> remainingIn(deck(deckId), clock.instant()));
    }

    /** The next card to study in the deck (and its sub-decks), or empty when done for today. */
    public Optional<StudyCard> next(DeckId deckId) throws DeckhandException {
        return tx.read(() -> pick(deckId, null));
    }

    /**
     * The card {@link #next} would most likely give once {@code current} is answered: the next card
     * with {@code current} left out. A guess (an Again may bring {@code current} back, a sibling may
     * be buried by the answer), made so the study screen can build its page while the user reads
     * the current card. Reads only.
     */
    public Optional<StudyCard> upcoming(DeckId deckId, CardId current) throws DeckhandException {
        Objects.requireNonNull(current, "current");
        return tx.read(() -> pick(deckId, current));
    }

    private Optional<StudyCard> pick(DeckId deckId, CardId leftOut) throws DeckhandException {
        Instant now = clock.instant();
        Deck deck = deck(deckId);
        List<DeckId> scope = new DeckTree(decks.all()).subtree(deck);
        StudyCounts left = remainingIn(deck, scope, now);
        // Siblings of what was answered today wait for tomorrow (the preset says which kinds).
        java.util.Set<CardId> skip = new java.util.HashSet<>();
        for (Card b : buried(now)) skip.add(b.id());
        if (leftOut != null) skip.add(leftOut);
        // The count is of unburied (re)learning cards due within LEARN_AHEAD: none, and both looks would find none.
        boolean learning = left.learningCount() > 0;
        Optional<Card> card = learning ? cards.nextLearning(scope, now, skip) : Optional.empty();
        if (card.isEmpty() && left.reviewCount() > 0) card = cards.nextReview(scope, studyDay.get().endOf(now), skip);
        if (card.isEmpty() && left.newCount() > 0) card = cards.nextNew(scope, skip);
        if (card.isEmpty() && learning) card = cards.nextLearning(scope, now.plus(LEARN_AHEAD), skip);
        if (card.isEmpty()) return Optional.empty();
        Card c = card.get();
        NextStates outcomes = scheduler(c).preview(c.scheduling(), now, fuzzSeed(c));
        Map<Rating, String> labels = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) labels.put(r, IntervalLabel.of(now, outcomes.of(r)));
        String deckName = decks.find(c.deckId()).map(d -> d.name().value()).orElse(deck.name().value());
        return Optional.of(new StudyCard(c, deckName, labels, left));
    }

    /**
     * One given card, out of the deck's order (the cards a mock exam found weak), with the labels of
     * its answer buttons; {@code left} is what remains of the caller's list, shown as reviews. Empty
     * when the card no longer exists.
     */
    public Optional<StudyCard> card(CardId id, int left) throws DeckhandException {
        return tx.read(() -> {
            Optional<Card> found = cards.find(id);
            if (found.isEmpty()) return Optional.<StudyCard>empty();
            Card c = found.get();
            Instant now = clock.instant();
            NextStates outcomes = scheduler(c).preview(c.scheduling(), now, fuzzSeed(c));
            Map<Rating, String> labels = new EnumMap<>(Rating.class);
            for (Rating r : Rating.values()) labels.put(r, IntervalLabel.of(now, outcomes.of(r)));
            String deckName = decks.find(c.deckId()).map(d -> d.name().value()).orElse("");
            return Optional.of(new StudyCard(c, deckName, labels, new StudyCounts(0, 0, Math.max(0, left))));
        });
    }

    /**
     * The cards of a custom study session in the deck and its sub-decks, in the order to study them
     * (soonest due first), at most {@code request.limit()}; suspended cards never. Reads only.
     */
    public List<CardId> customStudy(DeckId deckId, CustomStudy request) throws DeckhandException {
        CustomStudy r = request.checked();
        if (marks == null) throw new IllegalStateException("custom study needs the card search");
        return tx.read(() -> {
            Instant now = clock.instant();
            Deck deck = deck(deckId);
            StudyDay day = studyDay.get();
            io.deckhand.app.port.BrowseRepository.SearchTime time =
                    new io.deckhand.app.port.BrowseRepository.SearchTime(now, day.startOf(now), day.endOf(now));
            List<SearchNode> parts = new ArrayList<>();
            parts.add(new SearchNode.Deck(deck.name().value()));
            parts.add(new SearchNode.Not(new SearchNode.Is(SearchNode.Status.SUSPENDED)));
            List<Card> found = new ArrayList<>();
            switch (r.mode()) {
                case AHEAD -> {
                    parts.add(new SearchNode.Is(SearchNode.Status.REVIEW));
                    parts.add(new SearchNode.Prop(SearchNode.Property.DUE, SearchNode.Comparison.GT, 0));
                    parts.add(new SearchNode.Prop(SearchNode.Property.DUE, SearchNode.Comparison.LE, r.days()));
                }
                case TAG -> parts.add(new SearchNode.Tag(r.tag()));
                case KIND -> parts.add(new SearchNode.Kind(r.kind()));
                case FORGOTTEN -> {
                    List<DeckId> scope = new DeckTree(decks.all()).subtree(deck);
                    Instant from = day.startOf(now).minus(Duration.ofDays(r.days() - 1L));
                    java.util.Set<CardId> forgotten = new java.util.LinkedHashSet<>();
                    for (ReviewLogEntry e : log.since(from, scope)) if (e.rating() == Rating.AGAIN) forgotten.add(e.cardId());
                    for (var f : marks.find(forgotten)) if (!f.card().suspended()) found.add(f.card());
                }
            }
            if (r.mode() != CustomStudy.Mode.FORGOTTEN) {
                for (var f : marks.search(new SearchNode.And(parts), time, CustomStudy.MAX_LIMIT * 4)) found.add(f.card());
            }
            found.sort(java.util.Comparator.comparing((Card c) -> c.scheduling().due()).thenComparingLong(c -> c.id().value()));
            List<CardId> out = new ArrayList<>();
            for (Card c : found) {
                if (out.size() == r.limit()) break;
                out.add(c.id());
            }
            return out;
        });
    }

    /** Records an answer; it is on disk when this returns. */
    public void answer(CardId cardId, Rating rating, Duration answerTime) throws DeckhandException {
        answerWithLogId(cardId, rating, answerTime);
    }

    /** As {@link #answer}, returning the id of the answer's review-log row (the command line prints it). */
    public long answerWithLogId(CardId cardId, Rating rating, Duration answerTime) throws DeckhandException {
        long logId = record(cardId, rating, answerTime);
        undo.pushAnswer(cardId, () -> {
            Optional<ReviewLogRepository.Stored> stored = log.find(logId);
            if (stored.isEmpty()) return;
            cards.updateScheduling(stored.get().entry().cardId(), stored.get().entry().before());
            log.delete(logId);
        });
        return logId;
    }

    /**
     * Records an answer given outside a study session (a quiz that feeds the scheduler): scheduled
     * and logged exactly as a study answer, but kept off the session's undo stack.
     */
    public void answerOutsideSession(CardId cardId, Rating rating, Duration answerTime) throws DeckhandException {
        record(cardId, rating, answerTime);
    }

    private long record(CardId cardId, Rating rating, Duration answerTime) throws DeckhandException {
        return tx.inTransaction(() -> {
            Card card = cards.find(cardId).orElseThrow(() -> new InvalidInputException("That card no longer exists."));
            Instant now = clock.instant();
            SchedulingState before = card.scheduling();
            SchedulingState after = scheduler(card).answer(before, rating, now, fuzzSeed(card));
            cards.updateScheduling(cardId, after);
            Duration took = answerTime.isNegative() ? Duration.ZERO : answerTime;
            return log.append(new ReviewLogEntry(cardId, now, rating, before, after,
                    CalendarDays.sinceLastReview(before, now), took));
        });
    }

    /**
     * Takes back the last answer, restoring the card exactly, when the most recent change in the
     * undo history is an answer; otherwise nothing (the caller undoes other changes through
     * {@link #undoHistory()}).
     */
    public Optional<CardId> undoLastAnswer() throws DeckhandException {
        if (!undo.nextIsAnswer()) return Optional.empty();
        return undo.undo().map(io.deckhand.app.undo.UndoStack.Undone::answeredCard);
    }

    /** The app's one undo history (answers, edits, deletes, moves, ...). */
    public io.deckhand.app.undo.UndoStack undoHistory() {
        return undo;
    }

    /** Forgets the changes this session could undo: the collection was replaced (a restore). */
    public void forgetUndo() {
        undo.clear();
    }

    /** True when the most recent change is an answer that {@link #undoLastAnswer} would take back. */
    public boolean canUndo() {
        return undo.nextIsAnswer();
    }

    /** Today's work in the deck and what falls due tomorrow. */
    public DaySummary today(DeckId deckId) throws DeckhandException {
        return tx.read(() -> {
            Instant now = clock.instant();
            List<DeckId> scope = new DeckTree(decks.all()).subtree(deck(deckId));
            List<ReviewLogEntry> entries = log.since(studyDay.get().startOf(now), scope);
            Duration time = entries.stream().map(ReviewLogEntry::answerTime).reduce(Duration.ZERO, Duration::plus);
            long reviews = entries.stream().filter(e -> e.before().state() == CardState.REVIEW).count();
            long recalled = entries.stream()
                    .filter(e -> e.before().state() == CardState.REVIEW && e.rating() != Rating.AGAIN).count();
            double retention = reviews == 0 ? Double.NaN : (double) recalled / reviews;
            Instant tomorrowEnd = studyDay.get().endOf(now).plus(Duration.ofDays(1));
            StudyCounts caps = new StudyCounts(0, UNCAPPED, UNCAPPED);
            StudyCounts due = cards.countDue(scope, tomorrowEnd, tomorrowEnd, caps);
            StudyCounts dueToday = cards.countDue(scope, studyDay.get().endOf(now), studyDay.get().endOf(now), caps);
            int dueTomorrow = Math.max(0, due.learningCount() + due.reviewCount()
                    - dueToday.learningCount() - dueToday.reviewCount());
            return new DaySummary(entries.size(), time, retention, dueTomorrow);
        });
    }

    /** Answers per study day for the last {@code days} days, oldest first, days without answers included. */
    public List<DailyReviews> history(DeckId deckId, int days) throws DeckhandException {
        if (days < 1) throw new IllegalArgumentException("days must be positive");
        return tx.read(() -> {
            Instant now = clock.instant();
            LocalDate today = studyDay.get().dateOf(now);
            Instant from = studyDay.get().startOf(now).minus(Duration.ofDays(days - 1L));
            List<DeckId> scope = new DeckTree(decks.all()).subtree(deck(deckId));
            Map<LocalDate, Integer> perDay = new TreeMap<>();
            for (int i = days - 1; i >= 0; i--) perDay.put(today.minusDays(i), 0);
            for (ReviewLogEntry e : log.since(from, scope)) {
                perDay.computeIfPresent(studyDay.get().dateOf(e.reviewedAt()), (d, n) -> n + 1);
            }
            return perDay.entrySet().stream().map(en -> new DailyReviews(en.getKey(), en.getValue())).toList();
        });
    }

    private StudyCounts remainingIn(Deck deck, Instant now) throws DeckhandException {
        return remainingIn(deck, new DeckTree(decks.all()).subtree(deck), now);
    }

    private StudyCounts remainingIn(Deck deck, List<DeckId> scope, Instant now) throws DeckhandException {
        DeckPreset preset = presets.get(deck.presetId());
        StudyCounts studied = StudyCounts.ZERO;
        Map<DeckId, StudyCounts> byDeck = log.studiedByDeck(studyDay.get().startOf(now));
        for (DeckId id : scope) studied = studied.plus(byDeck.getOrDefault(id, StudyCounts.ZERO));
        // Count no further than today's limits allow: the cost follows the limits, not the collection.
        StudyCounts caps = new StudyCounts(Math.max(0, preset.newPerDay() - studied.newCount()), LEARNING_CAP,
                Math.max(0, preset.reviewsPerDay() - studied.reviewCount()));
        // Buried cards are counted and then taken off, so the caps are raised by as many as could be buried.
        StudyCounts hidden = StudyCounts.ZERO;
        java.util.Set<DeckId> inScope = new java.util.HashSet<>(scope);
        for (Card b : buried(now)) {
            if (inScope.contains(b.deckId())) hidden = hidden.plus(countedAs(b, now.plus(LEARN_AHEAD), studyDay.get().endOf(now)));
        }
        StudyCounts raw = minus(cards.countDue(scope, now.plus(LEARN_AHEAD), studyDay.get().endOf(now),
                hidden.equals(StudyCounts.ZERO) ? caps : caps.plus(hidden)), hidden);
        return limited(raw, studied, preset);
    }

    /** The cards buried until the next study day (siblings of today's answers), for the statistics. */
    public List<Card> buriedToday() throws DeckhandException {
        return tx.read(() -> buried(clock.instant()));
    }

    /**
     * Cards hidden until the next study day: siblings (same note, or the same passage of the same
     * notes file) of a card answered today, as far as their deck's preset buries that kind.
     */
    private List<Card> buried(Instant now) throws DeckhandException {
        Instant dayStart = studyDay.get().startOf(now);
        List<Card> byHand = buriedByHand(now);
        List<Card> candidates = cards.siblingsOfAnswered(dayStart);
        if (candidates.isEmpty()) return byHand;
        Map<DeckId, SiblingBury> options = new java.util.HashMap<>();
        List<Card> out = new ArrayList<>();
        for (Card c : candidates) {
            SiblingBury o = options.get(c.deckId());
            if (o == null) {
                o = siblingBury(c.deckId());
                options.put(c.deckId(), o);
            }
            SchedulingState st = c.scheduling();
            boolean bury = switch (st.state()) {
                case NEW -> o.newCards();
                case REVIEW -> o.reviews();
                // Only learning that spans days; a step due later today keeps its place (as in Anki).
                case LEARNING, RELEARNING -> o.interdayLearning() && st.lastReview() != null
                        && st.lastReview().isBefore(dayStart);
            };
            if (bury) out.add(c);
        }
        java.util.Set<CardId> seen = new java.util.HashSet<>();
        for (Card c : out) seen.add(c.id());
        for (Card c : byHand) if (seen.add(c.id())) out.add(c);
        return out;
    }

    /** Cards buried from Browse until the next study day (unsuspended ones only: suspended are never shown). */
    private List<Card> buriedByHand(Instant now) throws DeckhandException {
        if (marks == null) return List.of();
        java.util.Set<CardId> ids = marks.buriedAt(now);
        if (ids.isEmpty()) return List.of();
        return cards.findAll(List.copyOf(ids)).stream().filter(c -> !c.suspended()).toList();
    }

    private SiblingBury siblingBury(DeckId deckId) throws DeckhandException {
        if (settings == null) return SiblingBury.ALL;
        Optional<Deck> d = decks.find(deckId);
        if (d.isEmpty()) return SiblingBury.ALL;
        return SiblingBury.parse(settings.get(SiblingBury.settingKey(d.get().presetId())).orElse(null));
    }

    /** Where {@code c} is counted in today's new / learning / review counts (zero when not due). */
    private static StudyCounts countedAs(Card c, Instant learningBefore, Instant reviewBefore) {
        Instant due = c.scheduling().due();
        return switch (c.scheduling().state()) {
            case NEW -> new StudyCounts(1, 0, 0);
            case LEARNING, RELEARNING -> due.isBefore(learningBefore) ? new StudyCounts(0, 1, 0) : StudyCounts.ZERO;
            case REVIEW -> due.isBefore(reviewBefore) ? new StudyCounts(0, 0, 1) : StudyCounts.ZERO;
        };
    }

    private static StudyCounts minus(StudyCounts a, StudyCounts b) {
        return new StudyCounts(Math.max(0, a.newCount() - b.newCount()), Math.max(0, a.learningCount() - b.learningCount()),
                Math.max(0, a.reviewCount() - b.reviewCount()));
    }

    /** Applies the preset's daily limits, less what was already studied today. */
    static StudyCounts limited(StudyCounts raw, StudyCounts studied, DeckPreset preset) {
        int newLeft = Math.max(0, Math.min(raw.newCount(), preset.newPerDay() - studied.newCount()));
        int reviewLeft = Math.max(0, Math.min(raw.reviewCount(), preset.reviewsPerDay() - studied.reviewCount()));
        return new StudyCounts(newLeft, raw.learningCount(), reviewLeft);
    }

    private Deck deck(DeckId id) throws DeckhandException {
        return decks.find(id).orElseThrow(() -> new InvalidInputException("That deck no longer exists."));
    }

    private Scheduler scheduler(Card card) throws DeckhandException {
        Deck deck = deck(card.deckId());
        // Keyed by the preset's value, so an edited preset gets a new scheduler; old ones are dropped now and then.
        if (schedulers.size() > MAX_CACHED_SCHEDULERS) schedulers.clear();
        return schedulers.computeIfAbsent(presets.get(deck.presetId()), Schedulers::forPreset);
    }

    private static Supplier<StudyDay> fixed(StudyDay day) {
        Objects.requireNonNull(day, "studyDay");
        return () -> day;
    }

    private static long fuzzSeed(Card card) {
        return Schedulers.fuzzSeed(card.id().value(), card.scheduling().reps());
    }
}
