package io.deckhand.notes;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function of one text: the rules ask the same question of the same
 * heading for every card under it ({@link Names#bare}, {@link Vocabulary#isSectionLabel}). Only a
 * function whose answer depends on nothing but its text may be remembered, so the answers are the
 * same with or without it. Shared by the threads that read notes; emptied when it holds
 * {@code capacity} texts, so it stays small however large the vault.
 */
final class Memo<V> {
    private final Map<String, V> answers = new ConcurrentHashMap<>();
    private final int capacity;
    private final Function<String, V> function;

    Memo(int capacity, Function<String, V> function) {
        this.capacity = capacity;
        this.function = function;
    }

    V of(String text) {
        V v = answers.get(text);
        if (v != null) return v;
        v = function.apply(text);
        if (answers.size() >= capacity) answers.clear();
        answers.put(text, v);
        return v;
    }
}
