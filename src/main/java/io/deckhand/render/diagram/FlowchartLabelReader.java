package io.deckhand.render.diagram;

/** Reads the text of a node, subgraph or edge label: quoted, markdown (`"`...`"`) or bare up to its closer. */
final class FlowchartLabelReader {
    private final FlowchartCursor in;

    FlowchartLabelReader(FlowchartCursor in) {
        this.in = in;
    }

    /** A label's text, its label type ("text" or "markdown") and the closer that ended it. */
    record Label(String text, String labelType, String closer) {
    }

    /** Reads a label up to one of the closers; quoted strings must be followed by the closer. */
    Label upTo(String... closers) throws FlowchartSyntaxException {
        int start = in.pos;
        in.skipSpaces();
        if (in.at('"')) {
            Label q = quoted();
            in.skipSpaces();
            for (String c : closers) {
                if (in.src.startsWith(c, in.pos)) {
                    in.pos += c.length();
                    return new Label(q.text, q.labelType, c);
                }
            }
            throw in.error("expected `" + closers[0] + "` after the quoted label");
        }
        in.pos = start;
        int i = in.pos;
        while (i < in.src.length()) {
            for (String c : closers) {
                if (in.src.startsWith(c, i)) {
                    String text = FlowchartCursor.escapeLoneAngle(in.src.substring(in.pos, i).strip());
                    in.pos = i + c.length();
                    return new Label(text, "text", c);
                }
            }
            char ch = in.src.charAt(i);
            if (ch == '"') {
                throw in.errorAt(i, "a quote inside an unquoted label; put the whole label in quotes");
            }
            if (closers[0].equals(")") && ch == '(' || closers[0].equals("]") && ch == '[' && !closers[0].equals("]]")) {
                throw in.errorAt(i, "unexpected `" + ch + "` inside a label; put the label in quotes");
            }
            i++;
        }
        throw in.errorAt(start, "label not closed with `" + closers[0] + "`");
    }

    /** A string in double quotes at the cursor; backticks just inside the quotes make it markdown. */
    Label quoted() throws FlowchartSyntaxException {
        int start = in.pos;
        int close = in.src.indexOf('"', in.pos + 1);
        if (close < 0) {
            throw in.errorAt(start, "string not closed with `\"`");
        }
        String text = in.src.substring(in.pos + 1, close);
        in.pos = close + 1;
        if (text.length() >= 2 && text.startsWith("`") && text.endsWith("`")) {
            return new Label(text.substring(1, text.length() - 1), "markdown", "");
        }
        return new Label(text, "text", "");
    }

    /** An edge label already cut out of the text: quotes removed when they enclose it all, markdown when backticked. */
    static Label edgeLabel(String text) {
        if (isQuoted(text)) {
            String inner = text.substring(1, text.length() - 1);
            if (inner.length() >= 2 && inner.startsWith("`") && inner.endsWith("`")) {
                return new Label(inner.substring(1, inner.length() - 1), "markdown", "");
            }
            return new Label(inner, "text", "");
        }
        return new Label(text, "text", "");
    }

    static boolean isQuoted(String text) {
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"");
    }
}
