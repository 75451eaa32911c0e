package io.deckhand.render.diagram;

import java.util.List;

/** Reads the styling statements: `classDef`, `class`, `style` and `linkStyle` (the cursor is on the keyword). */
final class FlowchartStyleStatements {
    private final FlowchartCursor in;
    private final FlowchartBuilder chart;

    FlowchartStyleStatements(FlowchartCursor in, FlowchartBuilder chart) {
        this.in = in;
        this.chart = chart;
    }

    void classDef() {
        in.pos += "classDef".length();
        in.skipSpaces();
        String names = in.readUntilSpace();
        in.skipSpaces();
        List<String> styles = FlowchartCursor.styles(in.restOfStatement());
        for (String n : names.split(",")) {
            if (!n.isBlank()) {
                chart.classDef(n.strip(), styles);
            }
        }
    }

    void classStatement() throws FlowchartSyntaxException {
        in.pos += "class".length();
        in.skipSpaces();
        String ids = in.readUntilSpace();
        in.skipSpaces();
        String cls = in.readUntilSpace();
        if (ids.isEmpty() || cls.isEmpty()) {
            throw in.error("expected `class ids className`");
        }
        for (String id : ids.split(",")) {
            chart.applyClass(id.strip(), cls);
        }
    }

    void style() throws FlowchartSyntaxException {
        in.pos += "style".length();
        in.skipSpaces();
        String id = in.readUntilSpace();
        in.skipSpaces();
        if (id.isEmpty()) {
            throw in.error("expected `style id styles`");
        }
        chart.vertex(id).styles.addAll(FlowchartCursor.styles(in.restOfStatement()));
    }

    void linkStyle() throws FlowchartSyntaxException {
        in.pos += "linkStyle".length();
        in.skipSpaces();
        String which = in.readUntilSpace();
        in.skipSpaces();
        if (which.isEmpty()) {
            throw in.error("expected `linkStyle default|n styles`");
        }
        String rest = in.restOfStatement().strip();
        if (rest.startsWith("interpolate ")) {
            int sp = rest.indexOf(' ', "interpolate ".length());
            rest = sp < 0 ? "" : rest.substring(sp + 1);
        }
        List<String> styles = FlowchartCursor.styles(rest);
        for (String w : which.split(",")) {
            if (!w.equals("default") && !w.matches("\\d+")) {
                throw in.error("linkStyle takes `default` or link numbers, not `" + w + "`");
            }
            chart.linkStyle(w, styles);
        }
    }
}
