package io.deckhand.render.diagram;

/** Reads `subgraph id[title]` / `subgraph "title"` and `end` (the cursor is on the keyword). */
final class FlowchartSubgraphStatements {
    static final int MAX_NESTING = 50;

    private final FlowchartCursor in;
    private final FlowchartLabelReader labels;
    private final FlowchartBuilder chart;
    private final FlowchartRepair repair;

    FlowchartSubgraphStatements(FlowchartCursor in, FlowchartLabelReader labels, FlowchartBuilder chart, FlowchartRepair repair) {
        this.in = in;
        this.labels = labels;
        this.chart = chart;
        this.repair = repair;
    }

    void subgraph() throws FlowchartSyntaxException {
        if (chart.openSubgraphs() >= MAX_NESTING) {
            throw in.error("subgraphs are nested too deeply (more than " + MAX_NESTING + " levels)");
        }
        in.pos += "subgraph".length();
        in.skipSpaces();
        String id;
        String title;
        String labelType = "text";
        if (in.at('"')) {
            FlowchartLabelReader.Label t = labels.quoted();
            title = t.text();
            labelType = t.labelType();
            id = chart.nextAnonymousSubgraphId();
        } else {
            id = in.readId();
            if (id.isEmpty()) {
                throw in.error("a subgraph needs a name");
            }
            title = id;
            int afterId = in.pos;
            in.skipSpaces();
            if (!in.at('[')) {
                in.pos = afterId;
            }
            if (in.at('[')) {
                in.pos++;
                FlowchartLabelReader.Label t = labels.upTo("]");
                title = t.text();
                labelType = t.labelType();
            } else if (!repair.lenient()) {
                // Strict: the rest of the line is the title. Lenient: it may be the next statement of a flattened note.
                String rest = in.restOfStatement().strip();
                if (!rest.isEmpty()) {
                    title = id + " " + rest;
                    id = chart.nextAnonymousSubgraphId();
                }
            }
        }
        chart.openSubgraph(id, title, labelType);
    }

    void end() throws FlowchartSyntaxException {
        if (chart.openSubgraphs() == 0) {
            repair.readPast(() -> in.error("`end` without a subgraph"));
            in.pos += 3;
            return;
        }
        in.pos += 3;
        chart.closeSubgraph();
    }

    /** At the end of the text: strict refuses an open subgraph, lenient closes them all. */
    void closeAllAtEnd() throws FlowchartSyntaxException {
        if (chart.openSubgraphs() == 0) {
            return;
        }
        repair.readPast(() -> in.error("subgraph `" + chart.innermostOpenSubgraph() + "` is not closed with `end`"));
        while (chart.openSubgraphs() > 0) {
            chart.closeSubgraph();
        }
    }
}
