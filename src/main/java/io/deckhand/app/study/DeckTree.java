package io.deckhand.app.study;

import io.deckhand.domain.deck.Deck;
import io.deckhand.domain.deck.DeckId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The decks in tree order (parents before children, siblings by name) and their sub-trees. */
final class DeckTree {
    private final List<Deck> ordered;

    DeckTree(List<Deck> decks) {
        ordered = new ArrayList<>(decks);
        ordered.sort(Comparator.comparing(d -> d.name().parts(), DeckTree::compareParts));
    }

    private static int compareParts(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareToIgnoreCase(b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    List<Deck> ordered() {
        return ordered;
    }

    /** The deck and all decks below it. */
    List<DeckId> subtree(Deck root) {
        List<DeckId> ids = new ArrayList<>();
        for (Deck d : ordered) {
            if (d.id().equals(root.id()) || root.name().isAncestorOf(d.name())) ids.add(d.id());
        }
        return ids;
    }

    boolean hasChildren(Deck deck) {
        return ordered.stream().anyMatch(d -> deck.name().isAncestorOf(d.name()));
    }
}
