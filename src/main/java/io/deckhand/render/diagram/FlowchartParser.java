package io.deckhand.render.diagram;

/**
 * Deckhand's own parser for Mermaid flowcharts ({@code graph}/{@code flowchart}): directions, all
 * node shapes, every edge kind with both label syntaxes, chaining, {@code &}, nested subgraphs,
 * classDef/class/:::/style/linkStyle, comments, quoted and markdown strings.
 *
 * <p>{@link #parse} first reads the text as Mermaid would; if that fails it tries again restoring
 * statement boundaries that were lost when a note was flattened onto one line
 * ({@code graph LR; a --> b --> c n1 --> p12}); the result is then marked {@code repaired}. If both
 * fail, the error of the strict reading is thrown. Thread-safe; inputs above {@link #MAX_CHARS}
 * are refused.
 */
public final class FlowchartParser {
    public static final int MAX_CHARS = 200_000;

    /** Strict Mermaid reading, falling back to repair of flattened diagrams. */
    public Flowchart parse(String source) throws FlowchartSyntaxException {
        check(source);
        try {
            return new FlowchartReader(source, false).read();
        } catch (FlowchartSyntaxException strict) {
            try {
                return new FlowchartReader(source, true).read();
            } catch (FlowchartSyntaxException | RuntimeException ignored) {
                throw strict;
            }
        }
    }

    /** Only what Mermaid itself accepts. */
    public Flowchart parseStrict(String source) throws FlowchartSyntaxException {
        check(source);
        return new FlowchartReader(source, false).read();
    }

    /** Whether the text declares a flowchart (as opposed to another Mermaid diagram type). */
    public static boolean isFlowchart(String source) {
        int i = 0;
        String s = source;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("%%", i)) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? s.length() : nl + 1;
            } else if (s.startsWith("---", i)) {
                // front matter
                int end = s.indexOf("\n---", i + 3);
                i = end < 0 ? s.length() : end + 4;
            } else {
                break;
            }
        }
        return s.startsWith("graph", i) || s.startsWith("flowchart", i);
    }

    private static void check(String source) throws FlowchartSyntaxException {
        if (source == null) {
            throw new FlowchartSyntaxException(1, 1, "empty diagram");
        }
        if (source.length() > MAX_CHARS) {
            throw new FlowchartSyntaxException(1, 1, "diagram too large (" + source.length() / 1024 + " KB; limit "
                    + MAX_CHARS / 1024 + " KB)");
        }
    }
}
