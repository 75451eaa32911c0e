package io.deckhand.render.diagram;

import java.util.List;
import java.util.Locale;

/** Size and SVG outline of each Mermaid node shape. */
final class VertexShapes {
    private VertexShapes() {
    }

    /** Width and height for the vertex's label and shape. */
    static double[] size(Flowchart.Vertex v) {
        List<String> lines = LabelText.lines(v.text(), v.labelType());
        double w = Math.max(LabelText.width(lines), 10) + 2 * FlowchartLayout.PAD_X;
        double h = LabelText.height(lines) + 2 * FlowchartLayout.PAD_Y;
        String type = v.type() == null ? "square" : v.type();
        return switch (type) {
            case "circle", "doublecircle", "sm-circ", "f-circ" -> {
                double d = Math.max(w, h) + (type.equals("doublecircle") ? 10 : 0);
                yield new double[] {d, d};
            }
            case "diamond", "diam", "decision" -> {
                double s = Math.max(w, h) * 1.1 + h * 0.6;
                yield new double[] {Math.max(s, w + h), Math.max(h * 1.6, s * 0.6)};
            }
            case "hexagon", "hex" -> new double[] {w + h * 0.8, h};
            case "lean_right", "lean_left", "trapezoid", "inv_trapezoid" -> new double[] {w + h * 0.8, h};
            case "odd" -> new double[] {w + h * 0.5, h};
            case "cylinder", "cyl" -> new double[] {w, h + 16};
            case "subroutine" -> new double[] {w + 16, h};
            case "ellipse" -> new double[] {w * 1.2, h * 1.3};
            default -> new double[] {w, h};
        };
    }

    /** SVG elements for the outline in the box; {@code attrs} carries class or explicit colours. */
    static String outline(String type, DiagramLayout.Box b, String attrs) {
        double x = b.x();
        double y = b.y();
        double w = b.w();
        double h = b.h();
        String t = type == null ? "square" : type.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "round", "rounded", "event" -> rect(x, y, w, h, 8, attrs);
            case "stadium", "pill", "terminal" -> rect(x, y, w, h, h / 2, attrs);
            case "subroutine", "fr-rect", "subproc", "subprocess" -> rect(x, y, w, h, 0, attrs)
                    + line(x + 8, y, x + 8, y + h, attrs) + line(x + w - 8, y, x + w - 8, y + h, attrs);
            case "circle", "sm-circ", "f-circ" -> circle(b.cx(), b.cy(), Math.min(w, h) / 2, attrs);
            case "doublecircle", "dbl-circ" -> circle(b.cx(), b.cy(), Math.min(w, h) / 2, attrs)
                    + circle(b.cx(), b.cy(), Math.min(w, h) / 2 - 5, attrs);
            case "ellipse" -> "<ellipse cx=\"" + f(b.cx()) + "\" cy=\"" + f(b.cy()) + "\" rx=\"" + f(w / 2) + "\" ry=\""
                    + f(h / 2) + "\" " + attrs + "/>";
            case "diamond", "diam", "decision" -> polygon(attrs, b.cx(), y, x + w, b.cy(), b.cx(), y + h, x, b.cy());
            case "hexagon", "hex" -> polygon(attrs, x + h / 2.5, y, x + w - h / 2.5, y, x + w, b.cy(), x + w - h / 2.5, y + h,
                    x + h / 2.5, y + h, x, b.cy());
            case "lean_right" -> polygon(attrs, x + h * 0.4, y, x + w, y, x + w - h * 0.4, y + h, x, y + h);
            case "lean_left" -> polygon(attrs, x, y, x + w - h * 0.4, y, x + w, y + h, x + h * 0.4, y + h);
            case "trapezoid" -> polygon(attrs, x + h * 0.4, y, x + w - h * 0.4, y, x + w, y + h, x, y + h);
            case "inv_trapezoid" -> polygon(attrs, x, y, x + w, y, x + w - h * 0.4, y + h, x + h * 0.4, y + h);
            case "odd" -> polygon(attrs, x, y, x + w, y, x + w, y + h, x, y + h, x + h / 2, b.cy());
            case "cylinder", "cyl", "database", "db" -> {
                double ry = 7;
                yield "<path d=\"M" + f(x) + "," + f(y + ry) + " a" + f(w / 2) + "," + f(ry) + " 0 0,0 " + f(w) + ",0 a" + f(w / 2)
                        + "," + f(ry) + " 0 0,0 " + f(-w) + ",0 l0," + f(h - 2 * ry) + " a" + f(w / 2) + "," + f(ry) + " 0 0,0 "
                        + f(w) + ",0 l0," + f(-(h - 2 * ry)) + "\" " + attrs + "/>";
            }
            default -> rect(x, y, w, h, 2, attrs);
        };
    }

    private static String rect(double x, double y, double w, double h, double r, String attrs) {
        return "<rect x=\"" + f(x) + "\" y=\"" + f(y) + "\" width=\"" + f(w) + "\" height=\"" + f(h) + "\""
                + (r > 0 ? " rx=\"" + f(r) + "\" ry=\"" + f(r) + "\"" : "") + " " + attrs + "/>";
    }

    private static String circle(double cx, double cy, double r, String attrs) {
        return "<circle cx=\"" + f(cx) + "\" cy=\"" + f(cy) + "\" r=\"" + f(r) + "\" " + attrs + "/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String attrs) {
        return "<line x1=\"" + f(x1) + "\" y1=\"" + f(y1) + "\" x2=\"" + f(x2) + "\" y2=\"" + f(y2) + "\" " + attrs + "/>";
    }

    private static String polygon(String attrs, double... xy) {
        StringBuilder b = new StringBuilder("<polygon points=\"");
        for (int i = 0; i < xy.length; i += 2) {
            b.append(i == 0 ? "" : " ").append(f(xy[i])).append(',').append(f(xy[i + 1]));
        }
        return b.append("\" ").append(attrs).append("/>").toString();
    }

    static String f(double v) {
        double r = Math.round(v * 10) / 10.0;
        return r == (long) r ? Long.toString((long) r) : Double.toString(r);
    }
}
