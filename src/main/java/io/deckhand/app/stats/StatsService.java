package io.deckhand.app.stats;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.PresetRepository;
import io.deckhand.app.port.ReviewLogRepository;
import io.deckhand.app.port.StatsRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.domain.schedule.fsrs.FsrsModel;
import io.deckhand.domain.study.StudyDay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The statistics of the collection or of one deck with its sub-decks; read-only. The figures come
 * from one consistent read, so they agree with each other (the heatmap's total is the number of
 * answers in the year, the buttons add up to it, the states add up to the cards).
 */
public final class StatsService {
    public static final int HEATMAP_DAYS = 365;
    public static final int FORECAST_DAYS = 90;
    private static final long DAY_MS = 86_400_000L;

    private final Transactions tx;
    private final DeckRepository decks;
    private final CardRepository cards;
    private final PresetRepository presets;
    private final ReviewLogRepository log;
    private final StatsRepository stats;
    private final BuriedCards buried;
    private final Clock clock;
    private final Supplier<StudyDay> studyDay;

    /** Today's buried cards (the study service knows each preset's burying rules). */
    @FunctionalInterface
    public interface BuriedCards {
        List<Card> today() throws DeckhandException;
    }

    public StatsService(Transactions tx, DeckRepository decks, CardRepository cards, PresetRepository presets,
                        ReviewLogRepository log, StatsRepository stats, BuriedCards buried, Clock clock,
                        Supplier<StudyDay> studyDay) {
        this.tx = tx;
        this.decks = decks;
        this.cards = cards;
        this.presets = presets;
        this.log = log;
        this.stats = stats;
        this.buried = buried;
        this.clock = clock;
        this.studyDay = studyDay;
    }

    /** The deck names the statistics can be narrowed to, sorted. */
    public List<String> deckNames() throws DeckhandException {
        return tx.read(() -> decks.all().stream().map(d -> d.name().value()).sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    /** All the figures for the collection ({@code deck} empty) or one deck and its sub-decks. */
    public StatsReport report(Optional<String> deck) throws DeckhandException {
        return tx.read(() -> {
            List<Deck> all = decks.all();
            Map<DeckId, Deck> byId = all.stream().collect(Collectors.toMap(Deck::id, d -> d));
            Set<DeckId> scope = deck.isPresent() ? subtree(all, deck.get()) : Set.of();
            StudyDay sd = studyDay.get();
            Instant now = clock.instant();
            LocalDate today = sd.dateOf(now);
            List<StatsReport.Day> days = days(sd, today, scope);
            return new StatsReport(deck.map(n -> byId.values().stream().filter(d -> d.name().value().equalsIgnoreCase(n))
                    .findFirst().map(d -> d.name().value()).orElse(n)), today, days, forecast(sd, today, scope),
                    StatsReport.retention(days), states(scope), StatsReport.buttons(days), distributions(scope, now),
                    topics(byId, sd, today, scope));
        });
    }

    private Set<DeckId> subtree(List<Deck> all, String name) throws InvalidInputException {
        Deck root = all.stream().filter(d -> d.name().value().equalsIgnoreCase(name.strip())).findFirst()
                .orElseThrow(() -> new InvalidInputException("There is no deck named \"" + name.strip() + "\"."));
        DeckName rootName = root.name();
        return all.stream().filter(d -> d.name().equals(rootName) || rootName.isAncestorOf(d.name()))
                .map(Deck::id).collect(Collectors.toUnmodifiableSet());
    }

    private List<StatsReport.Day> days(StudyDay sd, LocalDate today, Set<DeckId> scope) throws DeckhandException {
        List<Instant> bounds = new ArrayList<>(HEATMAP_DAYS + 1);
        LocalDate first = today.minusDays(HEATMAP_DAYS - 1L);
        for (int i = 0; i <= HEATMAP_DAYS; i++) bounds.add(startOf(sd, first.plusDays(i)));
        List<StatsRepository.Answers> answers = stats.answers(bounds, scope);
        List<StatsReport.Day> out = new ArrayList<>(HEATMAP_DAYS);
        for (int i = 0; i < HEATMAP_DAYS; i++) out.add(StatsReport.Day.of(first.plusDays(i), answers.get(i)));
        return out;
    }

    private static Instant startOf(StudyDay sd, LocalDate day) {
        return day.atTime(sd.rollover()).atZone(sd.zone()).toInstant();
    }

    private StatsReport.Forecast forecast(StudyDay sd, LocalDate today, Set<DeckId> scope) throws DeckhandException {
        long[] due = new long[FORECAST_DAYS];
        long overdue = 0;
        for (StatsRepository.DueMinute m : stats.dueBefore(startOf(sd, today.plusDays(FORECAST_DAYS)), scope)) {
            LocalDate d = sd.dateOf(m.minute());
            if (d.isBefore(today)) overdue += m.cards();
            long offset = Math.max(0, ChronoUnit.DAYS.between(today, d));
            if (offset < FORECAST_DAYS) due[(int) offset] += m.cards();
        }
        List<StatsReport.Due> out = new ArrayList<>(FORECAST_DAYS);
        for (int i = 0; i < FORECAST_DAYS; i++) out.add(new StatsReport.Due(today.plusDays(i), due[i]));
        return new StatsReport.Forecast(out, overdue);
    }

    private StatsReport.States states(Set<DeckId> scope) throws DeckhandException {
        StatsRepository.CardCounts c = stats.cardCounts(scope);
        long[] buriedBy = new long[5]; // new, learning, relearning, young, mature
        for (Card card : buried.today()) {
            if (card.suspended() || (!scope.isEmpty() && !scope.contains(card.deckId()))) continue;
            buriedBy[switch (card.scheduling().state()) {
                case NEW -> 0;
                case LEARNING -> 1;
                case RELEARNING -> 2;
                case REVIEW -> card.scheduling().scheduledDays() >= StatsRepository.MATURE_DAYS ? 4 : 3;
            }]++;
        }
        // A buried card counts only as buried, as a suspended one only as suspended.
        return new StatsReport.States(c.newCards() - buriedBy[0], c.learning() - buriedBy[1],
                c.relearning() - buriedBy[2], c.young() - buriedBy[3], c.mature() - buriedBy[4], c.suspended(),
                buriedBy[0] + buriedBy[1] + buriedBy[2] + buriedBy[3] + buriedBy[4]);
    }

    private StatsReport.Distributions distributions(Set<DeckId> scope, Instant now) throws DeckhandException {
        Map<PresetId, Optional<FsrsModel>> models = new HashMap<>();
        for (DeckPreset p : presets.all()) models.put(p.id(), fsrsModel(p));
        Histogram stability = Histogram.stability();
        Histogram difficulty = Histogram.difficulty();
        Histogram retrievability = Histogram.retrievability();
        stats.memories(scope, m -> {
            Optional<FsrsModel> model = models.computeIfAbsent(m.preset(), id -> Optional.empty());
            if (model.isEmpty()) return; // SM-2 cards have no FSRS memory to show
            stability.add(m.stability());
            difficulty.add(m.difficulty());
            double elapsed = Math.max(0, (now.toEpochMilli() - m.lastReview().toEpochMilli()) / (double) DAY_MS);
            retrievability.add(model.get().retrievability(elapsed, m.stability()));
        });
        return new StatsReport.Distributions(stability.result(), difficulty.result(), retrievability.result());
    }

    private static Optional<FsrsModel> fsrsModel(DeckPreset p) {
        if (p.scheduler() != SchedulerKind.FSRS6) return Optional.empty();
        return Optional.of(new FsrsModel(p.fsrsWeights(), true, p.relearningSteps().size()));
    }

    private List<StatsReport.Topic> topics(Map<DeckId, Deck> byId, StudyDay sd, LocalDate today, Set<DeckId> scope)
            throws DeckhandException {
        Instant since = startOf(sd, today.minusDays(HEATMAP_DAYS - 1L));
        Map<String, long[]> acc = new LinkedHashMap<>();
        for (StatsRepository.TopicGroup g : stats.topicGroups(since, scope)) {
            Deck d = byId.get(g.deck());
            String deckName = d == null ? "?" : d.name().value();
            add(acc, StatsReport.TopicKind.DECK, deckName, g);
            for (String tag : g.tags().strip().split("\\s+")) if (!tag.isEmpty()) add(acc, StatsReport.TopicKind.TAG, tag, g);
            if (!g.heading().isBlank()) add(acc, StatsReport.TopicKind.HEADING, deckName + " › " + g.heading().strip(), g);
        }
        List<StatsReport.Topic> out = new ArrayList<>();
        acc.forEach((key, n) -> {
            int sep = key.indexOf('\u0000');
            out.add(new StatsReport.Topic(StatsReport.TopicKind.valueOf(key.substring(0, sep)), key.substring(sep + 1),
                    n[0], n[1], n[2], n[3]));
        });
        out.sort(StatsReport.Topic.WEAKEST_FIRST);
        return out;
    }

    private static void add(Map<String, long[]> acc, StatsReport.TopicKind kind, String name, StatsRepository.TopicGroup g) {
        long[] n = acc.computeIfAbsent(kind.name() + '\u0000' + name, k -> new long[4]);
        n[0] += g.cards();
        n[1] += g.mature();
        n[2] += g.reviews();
        n[3] += g.passed();
    }

    /** One card's history and forgetting curve (empty for a new card or an SM-2 deck). */
    public CardInfo cardInfo(CardId id) throws DeckhandException {
        return tx.read(() -> {
            Card card = cards.find(id).orElseThrow(() -> new InvalidInputException("That card no longer exists."));
            Deck deck = decks.find(card.deckId()).orElseThrow(() -> new InvalidInputException(
                    "That card's deck no longer exists."));
            Optional<FsrsModel> model = fsrsModel(presets.get(deck.presetId()));
            var s = card.scheduling();
            List<CardInfo.Point> curve = new ArrayList<>();
            double now = -1;
            if (model.isPresent() && s.lastReview() != null && s.stability() > 0
                    && s.state() != io.deckhand.domain.schedule.CardState.NEW) {
                double elapsed = Math.max(0, Duration.between(s.lastReview(), clock.instant()).toMillis() / (double) DAY_MS);
                now = model.get().retrievability(elapsed, s.stability());
                // Far enough to see the curve fall well below 90% and to pass today.
                double horizon = Math.min(36_500, Math.max(Math.max(30, 3 * s.stability()), Math.ceil(elapsed * 1.2)));
                int points = 60;
                for (int i = 0; i <= points; i++) {
                    double t = horizon * i / points;
                    curve.add(new CardInfo.Point(t, model.get().retrievability(t, s.stability())));
                }
            }
            return new CardInfo(card, deck.name().value(), log.forCard(id), curve, now,
                    s.lastReview() == null ? -1 : ChronoUnit.DAYS.between(studyDay.get().dateOf(s.lastReview()),
                            studyDay.get().dateOf(clock.instant())));
        });
    }
}
