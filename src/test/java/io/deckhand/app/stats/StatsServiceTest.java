package io.deckhand.app.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.storage.SqliteCardRepository;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small review log whose figures can be worked out by hand. The clock is 2 March 2026 10:00 UTC,
 * the study day starts at 4:00, so 03:00 today still belongs to 1 March.
 */
class StatsServiceTest {
    private TestCollection col;
    private Instant now;
    private Card c1, c2, c3, c4, c5, c6;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        now = col.clock.instant();
        var lib = col.services.library();
        c1 = lib.addCard(new DeckName("K8s"), "Q1", "A1", List.of("net"));
        c2 = lib.addCard(new DeckName("K8s"), "Q2", "A2", List.of("net"));
        c3 = lib.addCard(new DeckName("K8s"), "Q3", "A3", List.of());
        c4 = lib.addCard(new DeckName("K8s::Pods"), "Q4", "A4", List.of());
        c5 = lib.addCard(new DeckName("K8s::Pods"), "Q5", "A5", List.of());
        c6 = lib.addCard(new DeckName("Linux"), "Q6", "A6", List.of());
        var cards = new SqliteCardRepository(col.db, col.clock);
        var log = new SqliteReviewLogRepository(col.db);
        col.db.inTransaction(() -> {
            cards.updateScheduling(c1.id(), state(CardState.REVIEW, days(20), 30, 5, 30, days(-10)));
            cards.updateScheduling(c2.id(), state(CardState.REVIEW, days(3), 5, 3, 5, days(-2)));
            cards.updateScheduling(c3.id(), state(CardState.LEARNING, now.plusSeconds(600), 1, 6, 0, now.minusSeconds(60)));
            cards.updateScheduling(c5.id(), state(CardState.RELEARNING, days(-1), 2, 7, 0, days(-2)));
            cards.updateScheduling(c6.id(), state(CardState.REVIEW, days(5), 10, 5, 10, days(-5)));
            cards.updateContent(new Card(c6.id(), c6.noteId(), c6.deckId(), c6.kind(), c6.front(), c6.back(), c6.tags(),
                    c6.scheduling(), true));
            // today (2 March)
            log.append(answer(c1, at("2026-03-02T09:00:00Z"), CardState.REVIEW, 30, Rating.GOOD, 10));
            log.append(answer(c2, at("2026-03-02T09:01:00Z"), CardState.REVIEW, 5, Rating.AGAIN, 20));
            log.append(answer(c3, at("2026-03-02T09:02:00Z"), CardState.NEW, 0, Rating.GOOD, 5));
            // 1 March (before the 4:00 rollover of 2 March)
            log.append(answer(c5, at("2026-03-02T03:00:00Z"), CardState.RELEARNING, 0, Rating.AGAIN, 6));
            // 27 February
            log.append(answer(c1, at("2026-02-27T12:00:00Z"), CardState.REVIEW, 25, Rating.AGAIN, 8));
            log.append(answer(c5, at("2026-02-27T12:05:00Z"), CardState.REVIEW, 4, Rating.HARD, 7));
            // 10 February, 21 November, and one answer older than a year
            log.append(answer(c2, at("2026-02-10T12:00:00Z"), CardState.REVIEW, 2, Rating.GOOD, 4));
            log.append(answer(c1, at("2025-11-21T12:00:00Z"), CardState.REVIEW, 21, Rating.EASY, 3));
            log.append(answer(c1, at("2025-01-01T12:00:00Z"), CardState.REVIEW, 40, Rating.GOOD, 9));
            return null;
        });
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private Instant days(long n) {
        return now.plus(Duration.ofDays(n));
    }

    private static Instant at(String iso) {
        return Instant.parse(iso);
    }

    private static SchedulingState state(CardState s, Instant due, double stability, double difficulty, int interval,
                                         Instant lastReview) {
        return new SchedulingState(s, due, stability, difficulty, interval, 3, 0, 0, lastReview, 2.5);
    }

    private static ReviewLogEntry answer(Card c, Instant when, CardState before, int interval, Rating r, int seconds) {
        SchedulingState b = state(before, when, 3, 5, interval, when.minus(Duration.ofDays(interval)));
        SchedulingState a = state(CardState.REVIEW, when.plus(Duration.ofDays(3)), 4, 5, 3, when);
        return new ReviewLogEntry(c.id(), when, r, b, a, interval, Duration.ofSeconds(seconds));
    }

    private StatsReport.Day day(StatsReport r, String date) {
        return r.days().stream().filter(d -> d.day().equals(LocalDate.parse(date))).findFirst().orElseThrow();
    }

    @Test
    void reviewsPerDayFollowTheStudyDayAndCoverOneYear() throws Exception {
        StatsReport r = col.services.stats().report(Optional.empty());
        assertEquals(LocalDate.parse("2026-03-02"), r.today());
        assertEquals(365, r.days().size());
        assertEquals(LocalDate.parse("2025-03-03"), r.days().get(0).day());
        assertEquals(3, day(r, "2026-03-02").total());
        assertEquals(1, day(r, "2026-03-02").newCards());
        assertEquals(35_000, day(r, "2026-03-02").durationMs());
        assertEquals(1, day(r, "2026-03-01").learning());
        assertEquals(2, day(r, "2026-02-27").total());
        assertEquals(1, day(r, "2026-02-10").young());
        assertEquals(1, day(r, "2025-11-21").mature());
        assertEquals(8, r.answers()); // the 2025-01-01 answer is older than the year
        assertEquals(5, r.studyDays());
        assertEquals(63_000, r.durationMs()); // 35 + 6 + 15 + 4 + 3 seconds
    }

    @Test
    void trueRetentionByPeriodSplitsYoungAndMature() throws Exception {
        List<StatsReport.Retention> ret = col.services.stats().report(Optional.empty()).retention();
        assertEquals(List.of("Today", "Week", "Month", "Year"), ret.stream().map(StatsReport.Retention::period).toList());
        assertEquals(new StatsReport.Pass(1, 0), ret.get(0).young());
        assertEquals(new StatsReport.Pass(1, 1), ret.get(0).mature());
        assertEquals(new StatsReport.Pass(2, 1), ret.get(1).young());
        assertEquals(new StatsReport.Pass(2, 1), ret.get(1).mature());
        assertEquals(new StatsReport.Pass(3, 2), ret.get(2).young());
        assertEquals(new StatsReport.Pass(2, 1), ret.get(2).mature());
        assertEquals(new StatsReport.Pass(3, 2), ret.get(3).young());
        assertEquals(new StatsReport.Pass(3, 2), ret.get(3).mature());
        assertEquals(4.0 / 6, ret.get(3).total().rate().orElseThrow(), 1e-9);
    }

    @Test
    void buttonsByKindOfCardAddUpToTheAnswers() throws Exception {
        StatsReport r = col.services.stats().report(Optional.empty());
        assertEquals(List.of(new StatsReport.Buttons("Learning", 1, 0, 1, 0),
                new StatsReport.Buttons("Young", 1, 1, 1, 0),
                new StatsReport.Buttons("Mature", 1, 0, 1, 1)), r.buttons());
        assertEquals(r.answers(), r.buttons().stream().mapToLong(StatsReport.Buttons::total).sum());
    }

    @Test
    void statesCountEachCardOnce() throws Exception {
        StatsReport.States s = col.services.stats().report(Optional.empty()).states();
        assertEquals(new StatsReport.States(1, 1, 1, 1, 1, 1, 0), s);
        assertEquals(6, s.total());
    }

    @Test
    void forecastPutsOverdueAndLaterTodayOnTodayAndLeavesSuspendedOut() throws Exception {
        StatsReport.Forecast f = col.services.stats().report(Optional.empty()).forecast();
        assertEquals(90, f.days().size());
        assertEquals(2, f.days().get(0).cards());
        assertEquals(1, f.overdue());
        assertEquals(1, f.days().get(3).cards());
        assertEquals(1, f.days().get(20).cards());
        assertEquals(3, f.total(7));
        assertEquals(4, f.total(30));
    }

    @Test
    void distributionsCountTheStudiedCards() throws Exception {
        StatsReport.Distributions d = col.services.stats().report(Optional.empty()).distributions();
        assertEquals(4, d.cards()); // c1, c2, c3, c5: not new, not suspended
        assertEquals(List.of(0L, 2L, 1L, 0L, 0L, 1L, 0L, 0L, 0L), d.stability().stream().map(StatsReport.Bin::cards).toList());
        assertEquals(4, d.difficulty().stream().mapToLong(StatsReport.Bin::cards).sum());
        assertEquals(4, d.retrievability().stream().mapToLong(StatsReport.Bin::cards).sum());
        assertEquals(1, d.difficulty().get(2).cards()); // c2: difficulty 3
        // c1: 10 days at stability 30 keeps R above 90%
        assertTrue(d.retrievability().get(9).cards() >= 1);
    }

    @Test
    void topicsWeakestFirstWithRetentionAndShareMature() throws Exception {
        StatsReport r = col.services.stats().report(Optional.empty());
        List<StatsReport.Topic> t = r.topics();
        assertEquals(new StatsReport.Topic(StatsReport.TopicKind.DECK, "K8s", 3, 1, 5, 3), t.get(0));
        assertEquals(new StatsReport.Topic(StatsReport.TopicKind.TAG, "net", 2, 1, 5, 3), t.get(1));
        assertEquals(new StatsReport.Topic(StatsReport.TopicKind.DECK, "K8s::Pods", 2, 0, 1, 1), t.get(2));
        assertEquals(new StatsReport.Topic(StatsReport.TopicKind.DECK, "Linux", 1, 0, 0, 0), t.get(3));
        long deckReviews = t.stream().filter(x -> x.kind() == StatsReport.TopicKind.DECK).mapToLong(StatsReport.Topic::reviews).sum();
        assertEquals(r.retention().get(3).total().reviews(), deckReviews);
    }

    @Test
    void aDeckIncludesItsSubDecks() throws Exception {
        StatsReport k8s = col.services.stats().report(Optional.of("k8s"));
        assertEquals(Optional.of("K8s"), k8s.deck());
        assertEquals(8, k8s.answers());
        assertEquals(new StatsReport.States(1, 1, 1, 1, 1, 0, 0), k8s.states());
        StatsReport pods = col.services.stats().report(Optional.of("K8s::Pods"));
        assertEquals(2, pods.answers()); // c5 on 1 March and 27 February
        assertEquals(2, pods.states().total());
        StatsReport linux = col.services.stats().report(Optional.of("Linux"));
        assertEquals(0, linux.answers());
        assertEquals(1, linux.states().suspended());
        assertEquals(0, linux.forecast().total(90));
    }

    /**
     * After a card moves, answers stay with the deck they were given in (what was studied there, as the
     * daily limits count it), while the topics follow the card with its answers, like its other card figures.
     */
    @Test
    void aMovedCardTakesItsRetentionToItsNewDeckWhileItsAnswersStayWhereTheyWereGiven() throws Exception {
        col.services.browse().move(List.of(c2.id()), "Linux");
        StatsReport k8s = col.services.stats().report(Optional.of("K8s"));
        assertEquals(8, k8s.answers());
        assertEquals(new StatsReport.Topic(StatsReport.TopicKind.DECK, "K8s", 2, 1, 3, 2),
                k8s.topics().stream().filter(t -> t.name().equals("K8s")).findFirst().orElseThrow());
        StatsReport linux = col.services.stats().report(Optional.of("Linux"));
        assertEquals(0, linux.answers());
        assertEquals(new StatsReport.Topic(StatsReport.TopicKind.DECK, "Linux", 2, 0, 2, 1),
                linux.topics().stream().filter(t -> t.name().equals("Linux")).findFirst().orElseThrow());
        StatsReport all = col.services.stats().report(Optional.empty());
        long deckReviews = all.topics().stream().filter(x -> x.kind() == StatsReport.TopicKind.DECK)
                .mapToLong(StatsReport.Topic::reviews).sum();
        assertEquals(all.retention().get(3).total().reviews(), deckReviews);
    }

    @Test
    void aDeckMadeOfDecksWithIdsApartCountsTheSameAsOneWithConsecutiveIds() throws Exception {
        // K8s and K8s::Pods were made one after the other (consecutive ids, one range); Linux and a new
        // sub-deck of K8s made later are not: the scope is then a list. Both must count the same answers.
        var lib = col.services.library();
        lib.addCard(new DeckName("K8s::Later"), "Q7", "A7", List.of());
        StatsReport k8s = col.services.stats().report(Optional.of("K8s"));
        assertEquals(8, k8s.answers());
        assertEquals(new StatsReport.States(2, 1, 1, 1, 1, 0, 0), k8s.states());
        assertTrue(k8s.topics().stream().anyMatch(t -> t.name().equals("K8s::Later") && t.cards() == 1));
        assertEquals(0, col.services.stats().report(Optional.of("K8s::Later")).answers());
    }

    @Test
    void anUnknownDeckIsRefusedInPlainWords() {
        var e = assertThrows(InvalidInputException.class, () -> col.services.stats().report(Optional.of("Nope")));
        assertEquals("There is no deck named \"Nope\".", e.getMessage());
    }

    @Test
    void cardInfoHasTheHistoryAndAFallingForgettingCurve() throws Exception {
        CardInfo info = col.services.stats().cardInfo(c1.id());
        assertEquals(4, info.history().size());
        assertEquals(at("2025-01-01T12:00:00Z"), info.history().get(0).reviewedAt());
        assertEquals("K8s", info.deck());
        assertEquals(10, info.daysSinceReview());
        assertEquals(1.0, info.curve().get(0).r(), 1e-9);
        for (int i = 1; i < info.curve().size(); i++) {
            assertTrue(info.curve().get(i).r() < info.curve().get(i - 1).r());
        }
        // FSRS: R = 90% when t = S (30 days)
        double atS = info.curve().stream().filter(p -> Math.abs(p.days() - 30) < 1e-9).findFirst().orElseThrow().r();
        assertEquals(0.9, atS, 1e-6);
        assertTrue(info.retrievabilityNow() > 0.9 && info.retrievabilityNow() < 1);
        assertTrue(col.services.stats().cardInfo(c4.id()).curve().isEmpty()); // new: no memory yet
    }
}
