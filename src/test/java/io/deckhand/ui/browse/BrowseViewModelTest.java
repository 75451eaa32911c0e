package io.deckhand.ui.browse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.browse.BrowseRow;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrowseViewModelTest {
    private TestCollection col;

    @AfterEach
    void tearDown() {
        if (col != null) col.close();
    }

    @Test
    void typingFiltersTheCardsAndRefreshSeesEdits() throws Exception {
        col = new TestCollection();
        col.services.library().addCard(new DeckName("K8s"), "# What is a **Pod**?", "Smallest unit", List.of("core"));
        col.services.library().addCard(new DeckName("K8s::Net"), "What is a Service?", "Stable address", List.of());
        BrowseViewModel vm = new BrowseViewModel(col.services.browse(), new SameThreadTaskRunner(),
                (e, u) -> { throw new AssertionError(e.getMessage()); });
        assertFalse(vm.loadedProperty().get());
        vm.refresh();
        assertTrue(vm.loadedProperty().get());
        assertEquals("2 cards", vm.countText());

        vm.queryProperty().set("tag:core");
        assertEquals(List.of("K8s"), vm.rows().stream().map(BrowseRow::deck).toList());
        vm.queryProperty().set("deck:k8s::net");
        assertEquals("1 card", vm.countText());

        col.services.library().addCard(new DeckName("K8s::Net"), "What is an Ingress?", "HTTP routing", List.of());
        vm.refresh();
        assertEquals(2, vm.rows().size());
        assertEquals("What is a Pod?", BrowseView.firstLine("\n# What is a **Pod**?\nmore"));
        assertEquals("Restart a pod?  \u00b7  Troubleshooting", BrowseView.firstLine("*Troubleshooting*\n\nRestart a pod?"));
        assertEquals("Heading only", BrowseView.firstLine("_Heading only_"));
    }
}
