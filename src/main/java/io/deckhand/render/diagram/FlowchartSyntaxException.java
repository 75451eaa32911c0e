package io.deckhand.render.diagram;

/** A flowchart that does not parse; line and column are 1-based. */
public final class FlowchartSyntaxException extends Exception {
    private final int line;
    private final int column;
    private final String reason;

    public FlowchartSyntaxException(int line, int column, String reason) {
        super(line + ":" + column + ": " + reason);
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
