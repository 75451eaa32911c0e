package io.deckhand.app.stats;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.CardRepository;
import io.deckhand.app.port.DeckRepository;
import io.deckhand.app.port.ReviewLogRepository;
import io.deckhand.app.port.Transactions;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.review.Rating;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.study.StudyDay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;

/** Figures about the whole collection for the Statistics screen; read-only. */
public final class StatsService {
    /** Answers on one study day, by the state the card was in when answered. */
    public record DailyStudy(LocalDate day, int newCards, int learning, int review) {
        public int total() {
            return newCards + learning + review;
        }
    }

    /** Cards falling due on one study day (overdue cards count on today). */
    public record DailyDue(LocalDate day, int cards) {
    }

    /** Cards by state; suspended cards are counted only as suspended. */
    public record StateCounts(int newCards, int learning, int review, int relearning, int suspended) {
        public int total() {
            return newCards + learning + review + relearning + suspended;
        }
    }

    /** Answers to review cards in a period and how many were remembered (not Again). */
    public record Retention(int reviews, int remembered) {
        /** Share remembered, or -1 when there were no reviews. */
        public double rate() {
            return reviews == 0 ? -1 : (double) remembered / reviews;
        }
    }

    /** Everything the screen shows, read in one go. */
    public record Overview(List<DailyStudy> studied, List<DailyDue> forecast, StateCounts states, Retention retention) {
        public Overview {
            studied = List.copyOf(studied);
            forecast = List.copyOf(forecast);
        }
    }

    private final Transactions tx;
    private final DeckRepository decks;
    private final CardRepository cards;
    private final ReviewLogRepository log;
    private final Clock clock;
    private final Supplier<StudyDay> studyDay;

    public StatsService(Transactions tx, DeckRepository decks, CardRepository cards, ReviewLogRepository log,
                        Clock clock, Supplier<StudyDay> studyDay) {
        this.tx = tx;
        this.decks = decks;
        this.cards = cards;
        this.log = log;
        this.clock = clock;
        this.studyDay = studyDay;
    }

    /** Answers per day for the last {@code pastDays} days, due cards for the next {@code futureDays}. */
    public Overview overview(int pastDays, int futureDays) throws DeckhandException {
        if (pastDays < 1 || futureDays < 1) throw new IllegalArgumentException("days must be positive");
        return tx.read(() -> {
            List<Card> all = cards.byDecks(decks.all().stream().map(Deck::id).toList());
            List<ReviewLogEntry> recent = log.since(studyDay.get().startOf(clock.instant())
                    .minus(Duration.ofDays(pastDays - 1L)));
            return new Overview(studied(recent, pastDays), forecast(all, futureDays), states(all), retention(recent));
        });
    }

    private List<DailyStudy> studied(List<ReviewLogEntry> entries, int days) {
        StudyDay sd = studyDay.get();
        LocalDate today = sd.dateOf(clock.instant());
        TreeMap<LocalDate, int[]> perDay = new TreeMap<>();
        for (int i = days - 1; i >= 0; i--) perDay.put(today.minusDays(i), new int[3]);
        for (ReviewLogEntry e : entries) {
            int[] slot = perDay.get(sd.dateOf(e.reviewedAt()));
            if (slot == null) continue;
            slot[switch (e.before().state()) {
                case NEW -> 0;
                case LEARNING, RELEARNING -> 1;
                case REVIEW -> 2;
            }]++;
        }
        List<DailyStudy> out = new ArrayList<>();
        perDay.forEach((d, n) -> out.add(new DailyStudy(d, n[0], n[1], n[2])));
        return out;
    }

    private List<DailyDue> forecast(List<Card> all, int days) {
        StudyDay sd = studyDay.get();
        Instant now = clock.instant();
        LocalDate today = sd.dateOf(now);
        int[] due = new int[days];
        for (Card c : all) {
            if (c.suspended() || c.scheduling().state() == CardState.NEW) continue;
            LocalDate d = sd.dateOf(c.scheduling().due());
            long offset = d.isBefore(today) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(today, d);
            if (offset < days) due[(int) offset]++;
        }
        List<DailyDue> out = new ArrayList<>();
        for (int i = 0; i < days; i++) out.add(new DailyDue(today.plusDays(i), due[i]));
        return out;
    }

    private static StateCounts states(List<Card> all) {
        int[] n = new int[5];
        for (Card c : all) {
            if (c.suspended()) n[4]++;
            else n[switch (c.scheduling().state()) {
                case NEW -> 0;
                case LEARNING -> 1;
                case REVIEW -> 2;
                case RELEARNING -> 3;
            }]++;
        }
        return new StateCounts(n[0], n[1], n[2], n[3], n[4]);
    }

    private static Retention retention(List<ReviewLogEntry> entries) {
        int reviews = 0;
        int remembered = 0;
        for (ReviewLogEntry e : entries) {
            if (e.before().state() != CardState.REVIEW) continue;
            reviews++;
            if (e.rating() != Rating.AGAIN) remembered++;
        }
        return new Retention(reviews, remembered);
    }
}
