package io.deckhand.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.deckhand.app.stats.StatsReport;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatsViewModelTest {
    private TestCollection col;

    @AfterEach
    void tearDown() {
        if (col != null) col.close();
    }

    private StatsViewModel vm() {
        return new StatsViewModel(col.services.stats(), new SameThreadTaskRunner(),
                (e, u) -> { throw new AssertionError(e.getMessage()); });
    }

    @Test
    void loadsTheCollectionThenOneDeck() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s"), "Q", "A", List.of());
        col.services.library().addCard(new DeckName("Linux"), "Q", "A", List.of());
        var deck = col.services.deckOptions().deckNamed("K8s").id();
        var c = col.services.study().next(deck).orElseThrow();
        col.services.study().answer(c.card().id(), Rating.GOOD, Duration.ofSeconds(4));
        StatsViewModel vm = vm();
        vm.refresh();
        assertFalse(vm.loadingProperty().get());
        assertEquals(List.of(StatsViewModel.WHOLE_COLLECTION, "K8s", "Linux"), vm.deckChoices());
        assertEquals(2, vm.reportProperty().get().states().total());
        assertEquals(1, vm.reportProperty().get().answers());
        vm.deckProperty().set("Linux");
        assertEquals(1, vm.reportProperty().get().states().total());
        assertEquals(0, vm.reportProperty().get().answers());
        assertEquals("No reviews in the last year yet; 1 card.", StatsViewModel.summary(vm.reportProperty().get()));
    }

    @Test
    void theSummaryNeverSaysNoReviewsWhenThereAreSome() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s"), "Q", "A", List.of());
        var deck = col.services.deckOptions().deckNamed("K8s").id();
        var c = col.services.study().next(deck).orElseThrow();
        col.services.study().answer(c.card().id(), Rating.AGAIN, Duration.ofSeconds(90));
        StatsViewModel vm = vm();
        vm.refresh();
        assertEquals("1 answer on 1 day in the last year, 2 min of study; 1 card.",
                StatsViewModel.summary(vm.reportProperty().get()));
    }

    @Test
    void ninetyDaysGetDistinctLabelsWithADateEverySixDays() {
        java.time.LocalDate start = java.time.LocalDate.of(2026, 1, 1);
        List<java.time.LocalDate> days = java.util.stream.IntStream.range(0, 90).mapToObj(start::plusDays).toList();
        List<String> labels = StatsView.labels(days);
        assertEquals(90, new java.util.HashSet<>(labels).size(), "categories must differ");
        assertEquals(15, labels.stream().filter(l -> !l.startsWith("\u200b")).count());
        assertEquals("1 Jan", labels.get(0));
        assertEquals("7 Jan", labels.get(6));
    }

    @Test
    void passReadsAsShareOfReviews() {
        assertEquals("\u2013", StatsViewModel.passText(new StatsReport.Pass(0, 0)));
        assertEquals("88% of 8", StatsViewModel.passText(new StatsReport.Pass(8, 7)));
    }

    @Test
    void heatLevelsGrowWithAnswersAndTheBusiestDayIsFull() {
        assertEquals(0, Heatmap.level(0, 10));
        assertEquals(1, Heatmap.level(1, 10));
        assertEquals(2, Heatmap.level(5, 10));
        assertEquals(4, Heatmap.level(10, 10));
    }
}
