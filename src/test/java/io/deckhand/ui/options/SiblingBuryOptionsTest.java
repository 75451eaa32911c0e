package io.deckhand.ui.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.deckoptions.DeckOptionsService;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.SiblingBury;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The options dialog shows and saves the preset's sibling burying (default all on). */
class SiblingBuryOptionsTest {
    @Test
    void untickingBuryNewIsSavedForThePreset() throws Exception {
        try (TestCollection col = new TestCollection()) {
            col.services.library().addCard(new DeckName("K8s"), "Q", "A", List.of());
            DeckOptionsService service = col.services.deckOptions();
            var deck = service.deckNamed("K8s");
            DeckOptionsViewModel vm = new DeckOptionsViewModel(service, new SameThreadTaskRunner(),
                    (e, u) -> { throw new AssertionError(e.getMessage()); }, deck.id());
            vm.load();
            assertTrue(vm.buryNewProperty().get() && vm.buryReviewsProperty().get() && vm.buryInterdayLearningProperty().get());
            vm.buryNewProperty().set(false);
            vm.save(saved -> { });
            assertEquals(new SiblingBury(false, true, true), service.siblingBury(deck.presetId()));

            DeckOptionsViewModel again = new DeckOptionsViewModel(service, new SameThreadTaskRunner(),
                    (e, u) -> { throw new AssertionError(e.getMessage()); }, deck.id());
            again.load();
            assertEquals(new SiblingBury(false, true, true), again.siblingBury());
        }
    }
}
