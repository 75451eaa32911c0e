package io.deckhand.domain.deck;

import java.util.List;

/** A deck's full name; "::" separates levels, as in Anki ("Kubernetes::Storage"). */
public record DeckName(String value) {
    public static final String SEPARATOR = "::";

    public DeckName {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("deck name is empty");
        value = normalise(value);
        // Only colons and spaces (": :::", ": : :::") is no name: read again it is all separators.
        if (value.chars().allMatch(c -> c == ':' || Character.isWhitespace(c))) {
            throw new IllegalArgumentException("deck name is empty");
        }
    }

    /**
     * Levels stripped, empty levels dropped. One scan with no copy when the name is already clean (the
     * usual case): names read from old collections can be thousands of levels deep.
     */
    private static String normalise(String raw) {
        StringBuilder out = null;
        int start = 0;
        while (start <= raw.length()) {
            int end = raw.indexOf(SEPARATOR, start);
            if (end < 0) end = raw.length();
            String part = raw.substring(start, end).strip();
            boolean clean = !part.isEmpty() && part.length() == end - start;
            if (!clean && out == null) out = new StringBuilder(raw.substring(0, Math.max(0, start - SEPARATOR.length())));
            if (out != null && !part.isEmpty()) {
                if (out.length() > 0) out.append(SEPARATOR);
                out.append(part);
            }
            start = end + SEPARATOR.length();
        }
        return out == null ? raw : out.toString();
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
        int levels = 0;
        for (int at = value.indexOf(SEPARATOR); at >= 0; at = value.indexOf(SEPARATOR, at + SEPARATOR.length())) levels++;
        return levels;
    }

    /** The parent's name, or null at the top level. */
    public DeckName parent() {
        int i = value.lastIndexOf(SEPARATOR);
        return i < 0 ? null : new DeckName(value.substring(0, i));
    }

    public boolean isAncestorOf(DeckName other) {
        return other.value.startsWith(value + SEPARATOR);
    }

    // Written out: the deck list's cells compare their items when first filled (start-up), and a record's
    // own equals links a method-handle tree on its first call. Same results as the record's.
    @Override
    public boolean equals(Object o) {
        return o instanceof DeckName other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
