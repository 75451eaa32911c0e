package io.deckhand.app.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.domain.study.StudyDay;
import io.deckhand.storage.SqliteReviewLogRepository;
import io.deckhand.support.TestCollection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the review log holds, the figures of one report agree with each other and with the log. */
class StatsAgreementPropertyTest {
    /** One answer: which card, how many hours before now, the state and interval before it, the button. */
    record Answer(int card, int hoursAgo, int state, int interval, int rating, int seconds) {
    }

    @Provide
    Arbitrary<List<Answer>> answers() {
        return answer().list().ofMaxSize(60);
    }

    private Arbitrary<Answer> answer() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 24 * 400),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 120)).as(Answer::new);
    }

    @Property(tries = 25)
    void sumsAgree(@ForAll("answers") List<Answer> log) throws Exception {
        try (TestCollection col = new TestCollection()) {
            List<Card> cards = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                cards.add(col.services.library().addCard(new DeckName(i < 4 ? "K8s::Sub" + (i % 2) : "Linux"),
                        "Q" + i, "A" + i, i % 3 == 0 ? List.of("t" + (i % 2)) : List.of()));
            }
            Instant now = col.clock.instant();
            var repo = new SqliteReviewLogRepository(col.db);
            col.db.inTransaction(() -> {
                for (Answer a : log) {
                    Instant at = now.minus(Duration.ofHours(a.hoursAgo()));
                    CardState before = CardState.fromCode(a.state());
                    SchedulingState s = new SchedulingState(before, at, 2, 5, a.interval(), 1, 0, 0, at, 2.5);
                    repo.append(new ReviewLogEntry(cards.get(a.card()).id(), at, Rating.fromCode(a.rating()), s, s,
                            a.interval(), Duration.ofSeconds(a.seconds())));
                }
                return null;
            });
            StudyDay sd = new StudyDay(col.clock.getZone(), StudyDay.DEFAULT_ROLLOVER);
            LocalDate first = sd.dateOf(now).minusDays(StatsService.HEATMAP_DAYS - 1L);
            List<Answer> inYear = log.stream().filter(a -> !sd.dateOf(now.minus(Duration.ofHours(a.hoursAgo())))
                    .isBefore(first)).toList();

            StatsReport r = col.services.stats().report(Optional.empty());
            assertEquals(inYear.size(), r.answers(), "heatmap total = answers in the year");
            assertEquals(r.answers(), r.buttons().stream().mapToLong(StatsReport.Buttons::total).sum(), "buttons");
            assertEquals(inYear.stream().mapToLong(a -> a.seconds() * 1000L).sum(), r.durationMs(), "time");
            long reviews = inYear.stream().filter(a -> a.state() == 2).count();
            StatsReport.Retention year = r.retention().get(3);
            assertEquals(reviews, year.total().reviews(), "true retention counts review cards");
            assertEquals(inYear.stream().filter(a -> a.state() == 2 && a.rating() > 1).count(), year.total().passed());
            assertEquals(inYear.stream().filter(a -> a.state() == 2 && a.interval() >= 21).count(), year.mature().reviews());
            for (int p = 1; p < r.retention().size(); p++) {
                assertEquals(true, r.retention().get(p).total().reviews() >= r.retention().get(p - 1).total().reviews(),
                        "a longer period holds the shorter one");
            }
            long deckTopicReviews = r.topics().stream().filter(t -> t.kind() == StatsReport.TopicKind.DECK)
                    .mapToLong(StatsReport.Topic::reviews).sum();
            assertEquals(reviews, deckTopicReviews, "topics split the same review answers");
            assertEquals(6, r.states().total());
            assertEquals(6, r.topics().stream().filter(t -> t.kind() == StatsReport.TopicKind.DECK)
                    .mapToLong(StatsReport.Topic::cards).sum());
            StatsReport k8s = col.services.stats().report(Optional.of("K8s"));
            StatsReport linux = col.services.stats().report(Optional.of("Linux"));
            assertEquals(r.answers(), k8s.answers() + linux.answers(), "top-level decks split the collection");
            assertEquals(r.states().total(), k8s.states().total() + linux.states().total());
            for (int d = 0; d < r.days().size(); d++) {
                assertEquals(r.days().get(d).total(), k8s.days().get(d).total() + linux.days().get(d).total());
            }
        }
    }
}
