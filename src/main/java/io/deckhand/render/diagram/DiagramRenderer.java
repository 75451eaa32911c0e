package io.deckhand.render.diagram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mermaid flowchart text to SVG: {@link FlowchartParser} (with repair of flattened one-line
 * diagrams), ELK layered layout, {@link SvgWriter}. Thread-safe.
 *
 * <p>The first layout in a JVM loads ELK (several hundred ms); call {@link #warmUp()} from a
 * background thread at start-up so the first card with a diagram does not pay for it.
 */
public final class DiagramRenderer {
    private static final Logger LOG = LoggerFactory.getLogger(DiagramRenderer.class);
    /** Larger diagrams are refused rather than laid out for seconds. */
    public static final int MAX_ELEMENTS = 2_000;

    private final FlowchartParser parser = new FlowchartParser();
    private final FlowchartLayout layout = new FlowchartLayout();
    private final SvgWriter writer = new SvgWriter();

    public Flowchart parse(String source) throws FlowchartSyntaxException {
        return parser.parse(source);
    }

    /** A standalone SVG document (embedded stylesheet and background) for export. */
    public String toSvg(String source, boolean dark) throws FlowchartSyntaxException {
        return toSvg(parser.parse(source), dark);
    }

    public String toSvg(Flowchart chart, boolean dark) throws FlowchartSyntaxException {
        return writer.write(chart, layoutOf(chart), DiagramTheme.of(dark));
    }

    /** SVG for inline use in a card page, coloured by the page's {@code dg-*} classes (follows the theme). */
    public String toInlineSvg(Flowchart chart) throws FlowchartSyntaxException {
        return writer.write(chart, layoutOf(chart), null);
    }

    private DiagramLayout layoutOf(Flowchart chart) throws FlowchartSyntaxException {
        if (chart.vertices().size() + chart.edges().size() + chart.subgraphs().size() > MAX_ELEMENTS) {
            throw new FlowchartSyntaxException(1, 1, "diagram too large to draw (more than " + MAX_ELEMENTS + " nodes and links)");
        }
        try {
            return layout.layout(chart);
        } catch (RuntimeException e) {
            // Some subgraph/edge combinations upset ELK's hierarchy handling: draw without the boxes.
            LOG.debug("layout with subgraphs failed, retrying flat", e);
            Flowchart flat = new Flowchart(chart.direction(), chart.vertices(), chart.edges(), java.util.List.of(),
                    chart.classDefs(), chart.linkStyles(), chart.repaired());
            return layout.layout(flat);
        }
    }

    /** Loads the parser, ELK and the SVG writer by drawing a small diagram; safe to call from any thread. */
    public static void warmUp() {
        try {
            new DiagramRenderer().toInlineSvg(new FlowchartParser().parse(
                    "graph LR\nsubgraph s [warm]\na([a]) -->|x| b{b}\nend\nb -.-> c[(c)] ==> a"));
        } catch (FlowchartSyntaxException | RuntimeException e) {
            LOG.debug("diagram warm-up failed", e);
        }
    }
}
