package io.deckhand.app.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.domain.deck.PresetId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DeckTreeTest {
    private static List<Deck> decks(String... names) {
        List<Deck> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) out.add(new Deck(new DeckId(i + 1), new DeckName(names[i]), PresetId.DEFAULT));
        return out;
    }

    private static List<String> names(List<Deck> decks) {
        return decks.stream().map(d -> d.name().value()).toList();
    }

    @Test
    void treeOrderSubtreesAndChildren() {
        List<Deck> all = decks("k8s::storage", "B", "k8s", "a", "k8s::Net", "k8s::storage::pv", "Orphan::Child", "Orphan::a");
        Collections.reverse(all);
        DeckTree tree = new DeckTree(all);
        assertEquals(List.of("a", "B", "k8s", "k8s::Net", "k8s::storage", "k8s::storage::pv", "Orphan::a", "Orphan::Child"),
                names(tree.ordered()));
        Deck k8s = tree.ordered().get(2);
        assertEquals(4, tree.subtree(k8s).size());
        assertEquals(true, tree.hasChildren(k8s));
        assertEquals(false, tree.hasChildren(tree.ordered().get(3)));
        assertEquals(List.of(tree.ordered().get(4).id(), tree.ordered().get(5).id()), tree.subtree(tree.ordered().get(4)));
    }

    /** A collection imported before depth was limited: every start walked every pair of decks. */
    @Test
    @Timeout(10)
    void aChainOfThousandsOfLevelsIsQuick() {
        int depth = 5_000;
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder("d0");
        for (int i = 1; i <= depth; i++) {
            names.add(name.toString());
            name.append("::d").append(i);
        }
        Collections.reverse(names);
        DeckTree tree = new DeckTree(decks(names.toArray(String[]::new)));
        long total = 0;
        for (Deck d : tree.ordered()) {
            total += tree.subtree(d).size();
            tree.hasChildren(d);
        }
        assertEquals((long) depth * (depth + 1) / 2, total);
        assertEquals("d0", tree.ordered().get(0).name().value());
    }

    @Test
    void subtreeTotalsAddEachDeckOnceIntoItsParent() {
        DeckTree tree = new DeckTree(decks("k8s", "k8s::storage", "k8s::storage::pv", "k8s::Net", "Linux", "Orphan::Child"));
        int[] additions = {0};
        List<Integer> totals = tree.subtreeTotals(d -> d.name().value().length(), (a, b) -> {
            additions[0]++;
            return a + b;
        });
        List<String> order = names(tree.ordered());
        assertEquals(List.of("k8s", "k8s::Net", "k8s::storage", "k8s::storage::pv", "Linux", "Orphan::Child"), order);
        assertEquals(List.of(3 + 8 + 12 + 16, 8, 12 + 16, 16, 5, 13), totals);
        assertEquals(3, additions[0], "one addition per deck that has a parent");
    }

    @Test
    void subtreeTotalsOfADeepChainCostOneAdditionPerLevel() {
        int depth = 5_000;
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder("d0");
        for (int i = 1; i <= depth; i++) {
            names.add(name.toString());
            name.append("::d").append(i);
        }
        DeckTree tree = new DeckTree(decks(names.toArray(String[]::new)));
        long[] additions = {0};
        List<Long> totals = tree.subtreeTotals(d -> 1L, (a, b) -> {
            additions[0]++;
            return a + b;
        });
        assertEquals(depth - 1, additions[0]);
        assertEquals(depth, totals.get(0));
        assertEquals(1L, totals.get(depth - 1));
    }
}
