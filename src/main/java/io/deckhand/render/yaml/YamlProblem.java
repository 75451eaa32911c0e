package io.deckhand.render.yaml;

/** One problem in a YAML text, at a 1-based line and column (0 when the position is unknown). */
public record YamlProblem(int line, int column, String message) {
    public YamlProblem {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message required");
        }
        line = Math.max(0, line);
        column = Math.max(0, column);
    }

    /** {@code line:column: message}. */
    @Override
    public String toString() {
        return line + ":" + column + ": " + message;
    }
}
