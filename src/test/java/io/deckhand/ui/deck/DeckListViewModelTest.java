package io.deckhand.ui.deck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.study.DeckSummary;
import io.deckhand.domain.card.Card;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.support.TestCollection;
import io.deckhand.ui.common.SameThreadTaskRunner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeckListViewModelTest {
    private TestCollection col;
    private final List<DeckhandException> errors = new ArrayList<>();
    private DeckListViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        col = new TestCollection();
        vm = new DeckListViewModel(col.services.study(), new SameThreadTaskRunner(), (e, u) -> errors.add(e));
    }

    @AfterEach
    void tearDown() {
        col.close();
    }

    private Card add(String deck) throws DeckhandException {
        return col.services.library().addCard(new DeckName(deck), "Q", "A", List.of());
    }

    @Test
    void anEmptyCollectionIsOnlyEmptyOnceLoaded() throws Exception {
        boolean noUserDecks = col.services.study().deckTree().isEmpty();
        assertFalse(vm.isEmptyCollection(), "not known before the first load");
        vm.refresh();
        assertTrue(vm.loadedProperty().get());
        assertEquals(noUserDecks, vm.isEmptyCollection());
    }

    @Test
    void listsDecksParentsFirstAndSelectsTheFirst() throws Exception {
        add("K8s::Storage");
        add("K8s::Networking");
        add("Linux");
        vm.refresh();
        List<String> names = vm.decks().stream().map(d -> d.name().value()).toList();
        assertTrue(names.indexOf("K8s") < names.indexOf("K8s::Storage"));
        assertTrue(names.indexOf("K8s") < names.indexOf("K8s::Networking"));
        assertEquals(vm.decks().get(0), vm.selectedProperty().get());
        DeckSummary k8s = vm.decks().stream().filter(d -> d.name().value().equals("K8s")).findFirst().orElseThrow();
        assertEquals(2, k8s.counts().newCount(), "parent counts include sub-decks");
    }

    @Test
    void refreshKeepsTheSelectionAndUpdatesItsCounts() throws Exception {
        add("A");
        Card b = add("B");
        vm.refresh();
        DeckSummary deckB = vm.decks().stream().filter(d -> d.name().value().equals("B")).findFirst().orElseThrow();
        vm.selectedProperty().set(deckB);
        assertFalse(vm.hasHistory());

        col.services.study().answer(b.id(), Rating.GOOD, Duration.ofSeconds(3));
        vm.refresh();
        assertEquals("B", vm.selectedProperty().get().name().value());
        assertEquals(0, vm.selectedProperty().get().counts().newCount());
        assertTrue(vm.hasHistory(), "today's review shows in the chart");
        assertEquals(DeckListViewModel.HISTORY_DAYS, vm.historyProperty().get().size());
        assertTrue(errors.isEmpty());
    }

    @Test
    void aTreeReadAtStartUpShowsAsARefreshWould() throws Exception {
        add("K8s::Storage");
        add("Linux");
        List<DeckSummary> tree = col.services.study().deckTree();
        vm.show(tree);
        assertTrue(vm.loadedProperty().get());
        assertEquals(tree, List.copyOf(vm.decks()));
        assertEquals(tree.get(0), vm.selectedProperty().get());
        vm.refresh();
        assertEquals(tree, List.copyOf(vm.decks()), "same as loading it through refresh");
    }

    /** The deck list of one program goes stale when another (the command line) writes the same collection file. */
    @Test
    void aDeckAddedByAnotherProgramAppearsAfterTheLook(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var clock = new io.deckhand.support.MutableClock(java.time.Instant.parse("2026-03-02T10:00:00Z"));
        try (var app = io.deckhand.bootstrap.Bootstrap.open(dir, clock);
             var other = io.deckhand.bootstrap.Bootstrap.open(dir, clock)) {
            DeckListViewModel list = new DeckListViewModel(app.study(), new SameThreadTaskRunner(), (e, u) -> errors.add(e));
            list.refresh();
            int before = list.decks().size();

            list.refreshIfChangedElsewhere(app.changes());
            assertEquals(before, list.decks().size(), "nothing changed, nothing read");

            other.library().addCard(new DeckName("Written elsewhere"), "Q", "A", List.of());
            list.refreshIfChangedElsewhere(app.changes());
            assertTrue(list.decks().stream().anyMatch(d -> d.name().value().equals("Written elsewhere")),
                    list.decks().toString());
            assertTrue(errors.isEmpty(), errors.toString());
        }
    }
}
