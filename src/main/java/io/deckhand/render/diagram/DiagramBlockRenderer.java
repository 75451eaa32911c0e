package io.deckhand.render.diagram;

import io.deckhand.render.html.Html;
import java.util.regex.Pattern;

/**
 * A Mermaid block in a card. Flowcharts are parsed (repairing flattened one-line diagrams), laid out
 * and drawn as inline SVG; a syntax error shows the message and the source with the position
 * marked, never a blank card. Other diagram types become {@code <div class="mermaid">} holding the
 * escaped source, for the bundled Mermaid script in the card view (see {@code CardPage}).
 */
public final class DiagramBlockRenderer {
    private static final Pattern MERMAID_START = Pattern.compile(
            "(?s)\\s*(%%[^\\n]*\\n\\s*)*(graph|flowchart|sequenceDiagram|classDiagram(-v2)?|stateDiagram(-v2)?|erDiagram|gantt|pie"
                    + "|mindmap|journey|gitGraph|timeline|quadrantChart|requirementDiagram|C4Context|sankey-beta|xychart-beta|block-beta)\\b.*");
    private final DiagramRenderer renderer = new DiagramRenderer();

    public static boolean looksLikeMermaid(String code) {
        return MERMAID_START.matcher(code).matches();
    }

    public String render(String source) {
        if (!FlowchartParser.isFlowchart(source)) {
            return "<div class=\"mermaid\">" + Html.escape(source) + "</div>";
        }
        try {
            Flowchart chart = renderer.parse(source);
            String svg = renderer.toInlineSvg(chart);
            // The source travels with the drawing so the card view can export it (SVG/PNG).
            return "<figure class=\"diagram\" data-source=\"" + Html.escape(source) + "\">" + (chart.repaired()
                    ? "<div class=\"block-status quiet\"><span class=\"badge\">repaired</span>statement breaks restored</div>" : "")
                    + svg + "</figure>";
        } catch (FlowchartSyntaxException e) {
            return error(source, e);
        } catch (RuntimeException e) {
            return error(source, new FlowchartSyntaxException(1, 1, "the diagram could not be drawn"));
        }
    }

    private static String error(String source, FlowchartSyntaxException e) {
        StringBuilder b = new StringBuilder("<figure class=\"diagram-error\"><ul class=\"problems\"><li>line ")
                .append(e.line()).append(", column ").append(e.column()).append(": ").append(Html.escape(e.reason()))
                .append("</li></ul><pre class=\"code\"><code class=\"language-plain\">");
        String[] lines = source.split("\n", -1);
        // Around the error only: a huge diagram must not become a huge card.
        int from = Math.max(0, e.line() - 40);
        int to = Math.min(lines.length, e.line() + 40);
        for (int i = from; i < to; i++) {
            if (i > from) {
                b.append('\n');
            }
            if (i + 1 == e.line()) {
                b.append("<span class=\"line err\">").append(Html.escape(lines[i])).append("</span>\n")
                        .append(" ".repeat(Math.max(0, e.column() - 1))).append("^");
            } else {
                b.append(Html.escape(lines[i]));
            }
        }
        return b.append("</code></pre></figure>").toString();
    }
}
