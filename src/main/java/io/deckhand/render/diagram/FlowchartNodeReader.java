package io.deckhand.render.diagram;

import java.util.ArrayList;
import java.util.List;

/** Reads nodes: an id, its shape and label (`[..]`, `((..))`, `@{ shape: .. }` ...), `:::class`, and `a & b` groups. */
final class FlowchartNodeReader {
    /** Opener, closer (null: one of two, decided by the label) and Mermaid's shape name; longer openers first. */
    private static final String[][] SHAPES = {
        {"(((", ")))", "doublecircle"}, {"((", "))", "circle"}, {"([", "])", "stadium"}, {"(-", "-)", "ellipse"},
        {"(", ")", "round"}, {"[[", "]]", "subroutine"}, {"[(", ")]", "cylinder"}, {"[/", null, "lean_right"},
        {"[\\", null, "lean_left"}, {"[|", "]", "rect"}, {"[", "]", "square"}, {"{{", "}}", "hexagon"},
        {"{", "}", "diamond"}, {">", "]", "odd"},
    };

    private final FlowchartCursor in;
    private final FlowchartLabelReader labels;
    private final FlowchartBuilder chart;

    FlowchartNodeReader(FlowchartCursor in, FlowchartLabelReader labels, FlowchartBuilder chart) {
        this.in = in;
        this.labels = labels;
        this.chart = chart;
    }

    /** `a & b & c`: the ids of the nodes read. */
    List<String> group() throws FlowchartSyntaxException {
        List<String> ids = new ArrayList<>();
        ids.add(node());
        while (true) {
            int save = in.pos;
            in.skipSpaces();
            if (in.at('&') && in.pos + 1 < in.src.length() && Character.isWhitespace(in.src.charAt(in.pos + 1))) {
                in.pos++;
                in.skipSpaces();
                ids.add(node());
            } else {
                in.pos = save;
                return ids;
            }
        }
    }

    private String node() throws FlowchartSyntaxException {
        int start = in.pos;
        String id = in.readId();
        if (id.isEmpty()) {
            if (in.pos < in.src.length() && "&:*\\-_".indexOf(in.src.charAt(in.pos)) >= 0) {
                id = String.valueOf(in.src.charAt(in.pos++));
            } else {
                throw in.errorAt(start, in.pos >= in.src.length() ? "unexpected end of diagram; expected a node"
                        : "unexpected `" + in.tokenAt(in.pos) + "`; expected a node");
            }
        }
        FlowchartBuilder.VertexBuilder v = chart.vertex(id);
        chart.mention(id);
        if (in.src.startsWith("@{", in.pos)) {
            shapeData(v);
        } else {
            for (String[] s : SHAPES) {
                if (in.src.startsWith(s[0], in.pos)) {
                    in.pos += s[0].length();
                    shape(v, s);
                    break;
                }
            }
        }
        if (in.src.startsWith(":::", in.pos)) {
            in.pos += 3;
            String cls = in.readId();
            if (cls.isEmpty()) {
                throw in.error("expected a class name after `:::`");
            }
            v.classes.add(cls);
        }
        return id;
    }

    private void shape(FlowchartBuilder.VertexBuilder v, String[] s) throws FlowchartSyntaxException {
        String type = s[2];
        FlowchartLabelReader.Label t;
        if (type.equals("lean_right") || type.equals("lean_left")) {
            t = labels.upTo("/]", "\\]");
            boolean slashEnd = t.closer().equals("/]");
            type = type.equals("lean_right") ? (slashEnd ? "lean_right" : "trapezoid") : (slashEnd ? "inv_trapezoid" : "lean_left");
        } else if (type.equals("rect")) {
            int bar = in.src.indexOf('|', in.pos);
            if (bar < 0) {
                throw in.error("expected `|` closing the border list");
            }
            in.pos = bar + 1;
            t = labels.upTo("]");
        } else {
            t = labels.upTo(s[1]);
        }
        v.text = t.text();
        v.type = type;
        v.labelType = t.labelType();
    }

    /** Mermaid's `@{ shape: name, label: "text" }`; other keys are read past. */
    private void shapeData(FlowchartBuilder.VertexBuilder v) throws FlowchartSyntaxException {
        int start = in.pos;
        int depth = 0;
        int i = in.pos + 1;
        boolean inQuote = false;
        for (; i < in.src.length(); i++) {
            char c = in.src.charAt(i);
            if (c == '"') {
                inQuote = !inQuote;
            } else if (!inQuote && c == '{') {
                depth++;
            } else if (!inQuote && c == '}' && --depth == 0) {
                break;
            }
        }
        if (i >= in.src.length()) {
            throw in.errorAt(start, "`@{` not closed with `}`");
        }
        String body = in.src.substring(in.pos + 2, i);
        in.pos = i + 1;
        for (String part : body.split("[,\n](?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = part.substring(0, colon).strip();
            String value = part.substring(colon + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            if (key.equals("shape")) {
                if (!value.matches("[a-z][a-z0-9-]*")) {
                    throw in.errorAt(start, "No such shape: " + value + ". Shape names should be lowercase.");
                }
                v.type = value;
            } else if (key.equals("label")) {
                v.text = value;
            }
        }
    }
}
