package io.deckhand.ui.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.app.stats.StatsService;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StatsViewModelTest {
    private TestCollection col;

    @AfterEach
    void tearDown() {
        if (col != null) col.close();
    }

    @Test
    void loadsTheChosenRange() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s"), "Q", "A", List.of());
        StatsViewModel vm = new StatsViewModel(col.services.stats(), new SameThreadTaskRunner(),
                (e, u) -> { throw new AssertionError(e.getMessage()); });
        vm.refresh();
        assertEquals(30, vm.overviewProperty().get().studied().size());
        assertEquals(StatsViewModel.FORECAST_DAYS, vm.overviewProperty().get().forecast().size());
        vm.daysProperty().set(90);
        assertEquals(90, vm.overviewProperty().get().studied().size());
        assertEquals(1, vm.overviewProperty().get().states().newCards());
    }

    @Test
    void ninetyDaysGetAboutThirtyDistinctLabelsEndingToday() {
        java.time.LocalDate start = java.time.LocalDate.of(2026, 1, 1);
        List<java.time.LocalDate> days = java.util.stream.IntStream.range(0, 90).mapToObj(start::plusDays).toList();
        List<String> labels = StatsView.labels(days);
        assertEquals(90, new java.util.HashSet<>(labels).size(), "categories must differ");
        assertEquals(30, labels.stream().filter(l -> !l.isBlank() && !l.startsWith("\u200b")).count());
        assertEquals("31 Mar", labels.get(89));
        assertEquals(StatsView.labels(days.subList(0, 30)).get(0), "1 Jan");
    }

    @Test
    void retentionReadsAsASentence() {
        assertEquals("No review cards answered in the last 30 days yet.",
                StatsViewModel.retentionText(new StatsService.Retention(0, 0), 30));
        assertEquals("88% of 8 reviews remembered in the last 90 days",
                StatsViewModel.retentionText(new StatsService.Retention(8, 7), 90));
    }
}
