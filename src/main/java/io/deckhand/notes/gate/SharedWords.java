package io.deckhand.notes.gate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The near-duplicate checks' index: which earlier cards hold each word, and for a new card how many
 * of its words each earlier card shares. Counts live in arrays indexed by card (not a map of boxed
 * numbers per card): a card's count touches up to hundreds of earlier cards per word.
 */
final class SharedWords {
    private final int maxPostings;
    private final Map<String, Cards> postings = new HashMap<>();
    private int[] counts = new int[64];
    private int[] touched = new int[64];
    private int touchedCount;

    /** Words on more than {@code maxPostings} cards are too common to find duplicates by. */
    SharedWords(int maxPostings) {
        this.maxPostings = maxPostings;
    }

    /** Counts, per earlier card, how many of {@code words} it holds; read with {@link #candidates()}. */
    void count(Set<String> words) {
        for (int k = 0; k < touchedCount; k++) counts[touched[k]] = 0;
        touchedCount = 0;
        for (String word : words) {
            Cards seen = postings.get(word);
            if (seen == null || seen.size > maxPostings) continue;
            for (int k = 0; k < seen.size; k++) {
                int card = seen.cards[k];
                if (counts[card]++ == 0) touched[touchedCount++] = card;
            }
        }
    }

    /** How many earlier cards share a word with the last counted card. */
    int candidates() {
        return touchedCount;
    }

    /** The {@code k}th of them (in no particular order). */
    int candidate(int k) {
        return touched[k];
    }

    /** How many words {@code card} shares with the last counted card. */
    int shared(int card) {
        return counts[card];
    }

    /** Indexes card number {@code card} (numbers rise by one per card checked) under its words. */
    void add(int card, Set<String> words) {
        if (card >= counts.length) {
            int size = Math.max(card + 1, counts.length * 2);
            counts = Arrays.copyOf(counts, size);
            touched = Arrays.copyOf(touched, size);
        }
        for (String word : words) postings.computeIfAbsent(word, w -> new Cards()).add(card, maxPostings);
    }

    private static final class Cards {
        int[] cards = new int[4];
        int size;

        /** Past {@code max} cards the word is never read again: its list is dropped (memory of a large vault). */
        void add(int card, int max) {
            if (size > max) return;
            if (size == cards.length) cards = Arrays.copyOf(cards, size * 2);
            cards[size++] = card;
            if (size > max) cards = null;
        }
    }
}
