package io.deckhand.domain.card;

import java.util.List;
import java.util.Objects;

/**
 * Where in a person's notes a card came from: file path (relative to the imported root),
 * 1-based first and last line, and the heading path above it.
 */
public record SourceRef(String path, int firstLine, int lastLine, List<String> headingPath) {
    public SourceRef {
        Objects.requireNonNull(path, "path");
        if (firstLine < 0 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad line range " + firstLine + ".." + lastLine);
        }
        headingPath = List.copyOf(headingPath);
    }

    /** Headings joined as "A > B > C", or empty. */
    public String heading() {
        return String.join(" > ", headingPath);
    }
}
