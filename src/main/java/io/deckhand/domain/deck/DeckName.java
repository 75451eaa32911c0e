package io.deckhand.domain.deck;

import java.util.Arrays;
import java.util.List;

/** A deck's full name; "::" separates levels, as in Anki ("Kubernetes::Storage"). */
public record DeckName(String value) {
    public static final String SEPARATOR = "::";

    public DeckName {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("deck name is empty");
        value = normalise(value);
        if (value.isEmpty()) throw new IllegalArgumentException("deck name is empty");
    }

    private static String normalise(String raw) {
        return String.join(SEPARATOR, Arrays.stream(raw.split(SEPARATOR, -1))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList());
    }

    public List<String> parts() {
        return List.of(value.split(SEPARATOR));
    }

    /** The last level of the name, shown in the tree. */
    public String leaf() {
        List<String> p = parts();
        return p.get(p.size() - 1);
    }

    public int depth() {
        return parts().size() - 1;
    }

    /** The parent's name, or null at the top level. */
    public DeckName parent() {
        int i = value.lastIndexOf(SEPARATOR);
        return i < 0 ? null : new DeckName(value.substring(0, i));
    }

    public boolean isAncestorOf(DeckName other) {
        return other.value.startsWith(value + SEPARATOR);
    }

    @Override
    public String toString() {
        return value;
    }
}
