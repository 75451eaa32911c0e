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
    void retentionReadsAsASentence() {
        assertEquals("No review cards answered in the last 30 days yet.",
                StatsViewModel.retentionText(new StatsService.Retention(0, 0), 30));
        assertEquals("88% of 8 reviews remembered in the last 90 days",
                StatsViewModel.retentionText(new StatsService.Retention(8, 7), 90));
    }
}
