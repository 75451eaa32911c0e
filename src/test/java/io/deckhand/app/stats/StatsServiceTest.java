package io.deckhand.app.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.app.study.StudyCard;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.review.Rating;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatsServiceTest {
    private TestCollection col;
    private DeckId deck;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        for (int i = 0; i < 4; i++) col.services.library().addCard(new DeckName("K8s"), "Q" + i, "A" + i, List.of());
        deck = col.services.deckOptions().deckNamed("K8s").id();
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private void answer(Rating r) throws Exception {
        StudyCard c = col.services.study().next(deck).orElseThrow();
        col.services.study().answer(c.card().id(), r, Duration.ofSeconds(3));
    }

    @Test
    void emptyHistoryHasOneZeroRowPerDayAndNoRetention() throws Exception {
        StatsService.Overview o = col.services.stats().overview(30, 30);
        assertEquals(30, o.studied().size());
        assertEquals(0, o.studied().stream().mapToInt(StatsService.DailyStudy::total).sum());
        assertEquals(30, o.forecast().size());
        assertEquals(new StatsService.StateCounts(4, 0, 0, 0, 0), o.states());
        assertEquals(-1, o.retention().rate());
    }

    @Test
    void countsAnswersByStateAndForecastsDueCards() throws Exception {
        answer(Rating.EASY);          // new -> review, due in some days
        answer(Rating.GOOD);          // new -> learning
        StatsService.Overview o = col.services.stats().overview(30, 90);
        StatsService.DailyStudy today = o.studied().get(o.studied().size() - 1);
        assertEquals(2, today.newCards());
        assertEquals(0, today.review());
        assertEquals(2, o.states().newCards());
        assertEquals(1, o.states().review());
        assertEquals(1, o.states().learning());
        // every studied card falls due within the forecast window, learning ones today
        assertEquals(2, o.forecast().stream().mapToInt(StatsService.DailyDue::cards).sum());
        assertEquals(1, o.forecast().get(0).cards());

        col.clock.advance(Duration.ofDays(60));
        answer(Rating.AGAIN);         // the learning card, overdue
        StudyCard next = col.services.study().next(deck).orElseThrow();
        col.services.study().answer(next.card().id(), Rating.GOOD, Duration.ofSeconds(2));
        StatsService.Overview later = col.services.stats().overview(30, 30);
        assertEquals(0, later.studied().get(0).total(), "answers 60 days ago are outside the window");
        assertEquals(2, later.studied().get(29).total());
    }

    @Test
    void retentionCountsOnlyReviewCards() throws Exception {
        answer(Rating.EASY);
        answer(Rating.EASY);
        col.clock.advance(Duration.ofDays(120));
        answer(Rating.AGAIN);
        answer(Rating.GOOD);
        StatsService.Retention r = col.services.stats().overview(30, 30).retention();
        assertEquals(2, r.reviews());
        assertEquals(1, r.remembered());
        assertEquals(0.5, r.rate());
    }
}
