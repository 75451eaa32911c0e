package io.deckhand.app.study;

import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import io.deckhand.domain.deck.DeckName;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The decks in tree order (parents before children, siblings by name, ignoring case) and their
 * sub-trees. Built in one pass over the names (each deck finds its parent by name), so its cost
 * follows the number of decks, not their pairs: a sub-tree is a run of {@link #ordered()}.
 * A deck whose parent is missing hangs under its nearest existing ancestor.
 */
final class DeckTree {
    private static final Comparator<String[]> BY_PARTS = (a, b) -> {
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int c = a[i].compareToIgnoreCase(b[i]);
            if (c != 0) return c;
        }
        return Integer.compare(a.length, b.length);
    };

    private final List<Deck> ordered = new ArrayList<>();
    private final Map<DeckId, Integer> position = new HashMap<>();
    private final int[] size;
    /** Position of each deck's parent in {@link #ordered}, -1 for a top-level deck. */
    private final int[] parent;

    DeckTree(List<Deck> decks) {
        Map<String, Deck> byName = new HashMap<>();
        for (Deck d : decks) byName.put(d.name().value(), d);
        Map<DeckId, List<Deck>> children = new HashMap<>();
        Map<DeckId, String[]> relative = new HashMap<>();
        List<Deck> roots = new ArrayList<>();
        for (Deck d : decks) {
            String name = d.name().value();
            Deck parent = null;
            int cut = name.length();
            while (parent == null && (cut = name.lastIndexOf(DeckName.SEPARATOR, cut - 1)) > 0) {
                parent = byName.get(name.substring(0, cut));
            }
            String rest = parent == null ? name : name.substring(cut + DeckName.SEPARATOR.length());
            relative.put(d.id(), rest.split(DeckName.SEPARATOR));
            if (parent == null) roots.add(d);
            else children.computeIfAbsent(parent.id(), k -> new ArrayList<>()).add(d);
        }
        Comparator<Deck> siblings = Comparator.comparing(d -> relative.get(d.id()), BY_PARTS);
        roots.sort(siblings);
        children.values().forEach(l -> l.sort(siblings));
        // depth first, without recursion: names can nest deeply
        Deque<Deck> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) stack.push(roots.get(i));
        while (!stack.isEmpty()) {
            Deck d = stack.pop();
            position.put(d.id(), ordered.size());
            ordered.add(d);
            List<Deck> kids = children.getOrDefault(d.id(), List.of());
            for (int i = kids.size() - 1; i >= 0; i--) stack.push(kids.get(i));
        }
        size = new int[ordered.size()];
        parent = new int[ordered.size()];
        Arrays.fill(size, 1);
        Arrays.fill(parent, -1);
        for (int i = ordered.size() - 1; i >= 0; i--) {
            for (Deck kid : children.getOrDefault(ordered.get(i).id(), List.of())) {
                int k = position.get(kid.id());
                size[i] += size[k];
                parent[k] = i;
            }
        }
    }

    /**
     * For each deck of {@link #ordered()} (same order), its own value plus those of all decks below it,
     * added bottom-up in one pass: each deck's total is added once into its parent's, so a chain of n
     * decks costs n additions, not n²/2.
     */
    <T> List<T> subtreeTotals(Function<Deck, T> own, BinaryOperator<T> plus) {
        List<T> totals = new ArrayList<>(ordered.size());
        for (Deck d : ordered) totals.add(own.apply(d));
        // children come after their parent in tree order, so going backwards finishes each child first
        for (int i = ordered.size() - 1; i >= 0; i--) {
            if (parent[i] >= 0) totals.set(parent[i], plus.apply(totals.get(parent[i]), totals.get(i)));
        }
        return totals;
    }

    List<Deck> ordered() {
        return ordered;
    }

    /** The deck and all decks below it. */
    List<DeckId> subtree(Deck root) {
        Integer at = position.get(root.id());
        if (at == null) return List.of(root.id());
        return ordered.subList(at, at + size[at]).stream().map(Deck::id).toList();
    }

    boolean hasChildren(Deck deck) {
        Integer at = position.get(deck.id());
        return at != null && size[at] > 1;
    }
}
