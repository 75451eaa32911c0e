package io.deckhand.render.diagram;

import static io.deckhand.render.diagram.VertexShapes.f;

import io.deckhand.render.html.Html;
import java.util.List;
import java.util.Map;

/**
 * Draws a laid-out flowchart as SVG. Colours come from {@code dg-*} classes (styled by the card
 * page, or by an embedded stylesheet for standalone files) unless the diagram sets its own with
 * classDef/style/linkStyle, which become explicit attributes.
 */
final class SvgWriter {
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'DejaVu Sans', sans-serif";

    String write(Flowchart chart, DiagramLayout layout, DiagramTheme standaloneTheme) {
        StringBuilder b = new StringBuilder(4096);
        double w = Math.ceil(layout.width());
        double h = Math.ceil(layout.height());
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(f(w)).append(' ').append(f(h))
                .append("\" width=\"").append(f(w)).append("\" height=\"").append(f(h))
                .append("\" role=\"img\" aria-label=\"flowchart\" class=\"dg\" font-family=\"").append(FONT)
                .append("\" font-size=\"").append(f(LabelText.FONT_SIZE)).append("\">");
        if (standaloneTheme != null) {
            b.append("<style>").append(standaloneTheme.css()).append("</style>");
            b.append("<rect x=\"0\" y=\"0\" width=\"").append(f(w)).append("\" height=\"").append(f(h))
                    .append("\" fill=\"").append(standaloneTheme.bg()).append("\"/>");
        }
        for (Map.Entry<String, DiagramLayout.Box> c : layout.clusters().entrySet()) {
            cluster(b, chart, c.getKey(), c.getValue());
        }
        for (DiagramLayout.Route r : layout.edges()) {
            edge(b, chart, chart.edges().get(r.index()), r);
        }
        for (Map.Entry<String, DiagramLayout.Box> n : layout.nodes().entrySet()) {
            vertex(b, chart, chart.vertices().get(n.getKey()), n.getValue());
        }
        return b.append("</svg>").toString();
    }

    private void cluster(StringBuilder b, Flowchart chart, String id, DiagramLayout.Box box) {
        Flowchart.Subgraph s = chart.subgraphs().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        Flowchart.Vertex asVertex = chart.vertices().get(id);
        List<String> classes = s.classes().isEmpty() && asVertex != null ? asVertex.classes() : s.classes();
        Map<String, String> p = DiagramStyles.resolve(classes, asVertex == null ? List.of() : asVertex.styles(), chart.classDefs());
        b.append("<g class=\"dg-cluster\">");
        b.append(VertexShapes.outline("round", box, paint(p, "dg-cluster-fill", "dg-cluster-stroke")));
        List<String> lines = LabelText.lines(s.title(), s.labelType());
        String color = textColor(p, DiagramTheme.LIGHT.clusterBg(), DiagramTheme.DARK.clusterBg());
        text(b, lines, box.cx(), box.y() + 8 + LabelText.LINE_HEIGHT / 2, color, "dg-cluster-label", true);
        b.append("</g>");
    }

    private void vertex(StringBuilder b, Flowchart chart, Flowchart.Vertex v, DiagramLayout.Box box) {
        if (v == null) {
            return;
        }
        Map<String, String> p = DiagramStyles.resolve(v.classes(), v.styles(), chart.classDefs());
        b.append("<g class=\"dg-node\">");
        b.append(VertexShapes.outline(v.type(), box, paint(p, "dg-fill", "dg-stroke")));
        String color = textColor(p, DiagramTheme.LIGHT.nodeBg(), DiagramTheme.DARK.nodeBg());
        text(b, LabelText.lines(v.text(), v.labelType()), box.cx(), box.cy(), color, "dg-label", false);
        b.append("</g>");
    }

    private void edge(StringBuilder b, Flowchart chart, Flowchart.Edge e, DiagramLayout.Route r) {
        if (e.stroke().equals("invisible")) {
            return;
        }
        Map<String, String> p = new java.util.LinkedHashMap<>();
        DiagramStyles.add(p, chart.linkStyles().getOrDefault("default", List.of()));
        DiagramStyles.add(p, chart.linkStyles().getOrDefault(Integer.toString(r.index()), List.of()));
        String strokeAttr = p.containsKey("stroke") ? "stroke=\"" + Html.escape(p.get("stroke")) + "\"" : "";
        String width = p.getOrDefault("stroke-width", e.stroke().equals("thick") ? "3.5" : "1.5").replace("px", "");
        List<double[]> pts = r.points();
        String end = head(e.type());
        String start = e.type().startsWith("double_") ? end : "none";
        double[] last = pts.get(pts.size() - 1);
        double[] first = pts.get(0);
        b.append("<g class=\"dg-edge-group\"><path d=\"");
        for (int i = 0; i < pts.size(); i++) {
            double[] pt = pts.get(i);
            if (i == pts.size() - 1 && !end.equals("none")) {
                pt = shorten(pts.get(i - 1), pt, end.equals("point") ? 7 : 4);
            } else if (i == 0 && !start.equals("none")) {
                pt = shorten(pts.get(1), pt, start.equals("point") ? 7 : 4);
            }
            b.append(i == 0 ? "M" : " L").append(f(pt[0])).append(',').append(f(pt[1]));
        }
        b.append("\" class=\"dg-line").append(strokeAttr.isEmpty() ? " dg-edge" : "").append("\" ").append(strokeAttr)
                .append(" stroke-width=\"").append(Html.escape(width)).append('"');
        if (e.stroke().equals("dotted")) {
            b.append(" stroke-dasharray=\"3 4\"");
        }
        b.append("/>");
        String arrowPaint = strokeAttr.isEmpty() ? "class=\"dg-arrow\"" : strokeAttr + " fill=\"" + Html.escape(p.get("stroke")) + "\"";
        marker(b, end, pts.get(pts.size() - 2), last, arrowPaint);
        marker(b, start, pts.get(1), first, arrowPaint);
        if (r.label() != null && !e.text().isEmpty()) {
            DiagramLayout.Box l = r.label();
            b.append("<rect x=\"").append(f(l.x())).append("\" y=\"").append(f(l.y())).append("\" width=\"").append(f(l.w()))
                    .append("\" height=\"").append(f(l.h())).append("\" rx=\"3\" class=\"dg-edge-label-bg\"/>");
            text(b, LabelText.lines(e.text(), e.labelType()), l.cx(), l.cy(), null, "dg-edge-label", false);
        }
        b.append("</g>");
    }

    private static String head(String type) {
        if (type.endsWith("point")) {
            return "point";
        }
        if (type.endsWith("cross")) {
            return "cross";
        }
        return type.endsWith("circle") ? "circle" : "none";
    }

    private static double[] shorten(double[] from, double[] to, double by) {
        double dx = to[0] - from[0];
        double dy = to[1] - from[1];
        double len = Math.hypot(dx, dy);
        if (len < by * 1.5) {
            return to;
        }
        return new double[] {to[0] - dx / len * by, to[1] - dy / len * by};
    }

    private static void marker(StringBuilder b, String kind, double[] from, double[] tip, String paint) {
        if (kind.equals("none")) {
            return;
        }
        double dx = tip[0] - from[0];
        double dy = tip[1] - from[1];
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        switch (kind) {
            case "point" -> {
                double bx = tip[0] - ux * 9;
                double by = tip[1] - uy * 9;
                b.append("<polygon points=\"").append(f(tip[0])).append(',').append(f(tip[1])).append(' ')
                        .append(f(bx - uy * 4.5)).append(',').append(f(by + ux * 4.5)).append(' ')
                        .append(f(bx + uy * 4.5)).append(',').append(f(by - ux * 4.5)).append("\" ").append(paint).append("/>");
            }
            case "circle" -> b.append("<circle cx=\"").append(f(tip[0] - ux * 4)).append("\" cy=\"").append(f(tip[1] - uy * 4))
                    .append("\" r=\"4\" ").append(paint).append("/>");
            default -> {
                double cx = tip[0] - ux * 5;
                double cy = tip[1] - uy * 5;
                for (int s = -1; s <= 1; s += 2) {
                    double ax = (ux + s * uy) * 4;
                    double ay = (uy - s * ux) * 4;
                    b.append("<line x1=\"").append(f(cx - ax)).append("\" y1=\"").append(f(cy - ay)).append("\" x2=\"")
                            .append(f(cx + ax)).append("\" y2=\"").append(f(cy + ay)).append("\" stroke-width=\"2\" ")
                            .append(paint).append("/>");
                }
            }
        }
    }

    /** Fill and stroke attributes: explicit when the diagram styles them, else the theme classes. */
    private static String paint(Map<String, String> p, String fillClass, String strokeClass) {
        StringBuilder classes = new StringBuilder();
        StringBuilder attrs = new StringBuilder();
        if (p.containsKey("fill")) {
            attrs.append(" fill=\"").append(Html.escape(p.get("fill"))).append('"');
        } else {
            classes.append(fillClass);
        }
        if (p.containsKey("stroke")) {
            attrs.append(" stroke=\"").append(Html.escape(p.get("stroke"))).append('"');
        } else {
            classes.append(classes.length() > 0 ? " " : "").append(strokeClass);
        }
        String sw = p.getOrDefault("stroke-width", "1.5").replace("px", "");
        attrs.append(" stroke-width=\"").append(Html.escape(sw)).append('"');
        if (p.containsKey("stroke-dasharray")) {
            attrs.append(" stroke-dasharray=\"").append(Html.escape(p.get("stroke-dasharray"))).append('"');
        }
        return (classes.length() > 0 ? "class=\"" + classes + "\"" : "") + attrs;
    }

    /** Explicit text colour when the shape has its own fill or the diagram asks for one; null means theme class. */
    private static String textColor(Map<String, String> p, String lightBg, String darkBg) {
        if (p.containsKey("fill")) {
            return DiagramStyles.readableOn(p.get("fill"), p.get("color"));
        }
        String c = p.get("color");
        return c != null && DiagramStyles.readableOnThemes(c, lightBg, darkBg) ? c : null;
    }

    private static void text(StringBuilder b, List<String> lines, double cx, double cy, String color, String cls, boolean bold) {
        double first = cy - (lines.size() - 1) * LabelText.LINE_HEIGHT / 2 + LabelText.FONT_SIZE * 0.35;
        b.append("<text x=\"").append(f(cx)).append("\" y=\"").append(f(first)).append("\" text-anchor=\"middle\"");
        if (color != null) {
            b.append(" fill=\"").append(Html.escape(color)).append('"');
        } else {
            b.append(" class=\"").append(cls).append('"');
        }
        if (bold) {
            b.append(" font-weight=\"600\"");
        }
        b.append('>');
        for (int i = 0; i < lines.size(); i++) {
            b.append("<tspan x=\"").append(f(cx)).append("\" dy=\"").append(i == 0 ? "0" : f(LabelText.LINE_HEIGHT)).append("\">")
                    .append(Html.escape(lines.get(i))).append("</tspan>");
        }
        b.append("</text>");
    }
}
