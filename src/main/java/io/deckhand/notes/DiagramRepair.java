package io.deckhand.notes;

import io.deckhand.render.diagram.Flowchart;
import io.deckhand.render.diagram.FlowchartParser;
import io.deckhand.render.diagram.FlowchartSyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid flowchart whose statements were run together on one line when the note was flattened,
 * restored at extraction: the card view's {@link FlowchartParser} finds the statement boundaries and
 * the diagram is written back one statement a line. Kept as written when Mermaid reads it already,
 * when the diagram uses what this writer does not write (subgraphs, styles, long links), or when the
 * result does not read back as the same diagram.
 */
final class DiagramRepair {
    private static final FlowchartParser PARSER = new FlowchartParser();
    private static final Map<String, String[]> SHAPES = Map.ofEntries(
            Map.entry("square", new String[] {"[", "]"}), Map.entry("round", new String[] {"(", ")"}),
            Map.entry("stadium", new String[] {"([", "])"}), Map.entry("subroutine", new String[] {"[[", "]]"}),
            Map.entry("cylinder", new String[] {"[(", ")]"}), Map.entry("circle", new String[] {"((", "))"}),
            Map.entry("doublecircle", new String[] {"(((", ")))"}), Map.entry("diamond", new String[] {"{", "}"}),
            Map.entry("hexagon", new String[] {"{{", "}}"}), Map.entry("odd", new String[] {">", "]"}),
            Map.entry("lean_right", new String[] {"[/", "/]"}), Map.entry("lean_left", new String[] {"[\\", "\\]"}),
            Map.entry("trapezoid", new String[] {"[/", "\\]"}), Map.entry("inv_trapezoid", new String[] {"[\\", "/]"}));

    /** A label Mermaid reads without quotes. */
    private static final java.util.regex.Pattern PLAIN_LABEL = java.util.regex.Pattern.compile("[\\w .,:;!?'/+*=-]+");

    private DiagramRepair() {
    }

    /** The diagram with its statements on lines of their own, or null when it needs (or allows) no repair. */
    static String restore(String source) {
        if (!FlowchartParser.isFlowchart(source)) return null;
        try {
            PARSER.parseStrict(source);
            return null;
        } catch (FlowchartSyntaxException | RuntimeException strictFailed) {
            // Not Mermaid as written: try the lenient reading below.
        }
        try {
            Flowchart chart = PARSER.parse(source);
            if (!chart.repaired()) return null;
            String written = write(source.strip().startsWith("flowchart") ? "flowchart" : "graph", chart);
            if (written == null) return null;
            return same(chart, PARSER.parseStrict(written)) ? written : null;
        } catch (FlowchartSyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static String write(String header, Flowchart chart) {
        if (!chart.subgraphs().isEmpty() || !chart.classDefs().isEmpty() || !chart.linkStyles().isEmpty()) return null;
        StringBuilder sb = new StringBuilder(header).append(' ').append(chart.direction() == null ? "TD" : chart.direction());
        Set<String> declared = new HashSet<>();
        for (Flowchart.Edge e : chart.edges()) {
            String link = link(e);
            String a = node(chart.vertices().get(e.start()), e.start(), declared);
            String b = node(chart.vertices().get(e.end()), e.end(), declared);
            if (link == null || a == null || b == null) return null;
            sb.append("\n    ").append(a).append(' ').append(link).append(' ').append(b);
        }
        for (Map.Entry<String, Flowchart.Vertex> v : chart.vertices().entrySet()) {
            if (declared.contains(v.getKey())) continue;
            String n = node(v.getValue(), v.getKey(), declared);
            if (n == null) return null;
            sb.append("\n    ").append(n);
        }
        return sb.toString();
    }

    /** The node as first written (id with shape and label), later only its id. */
    private static String node(Flowchart.Vertex v, String id, Set<String> declared) {
        if (!declared.add(id) || v == null || v.type() == null) return id;
        if (!v.classes().isEmpty() || !v.styles().isEmpty()) return null;
        String[] shape = SHAPES.get(v.type());
        if (shape == null || v.text() == null || v.text().contains("\"")) return null;
        boolean plain = !"markdown".equals(v.labelType()) && PLAIN_LABEL.matcher(v.text()).matches();
        String label = plain ? v.text() : "markdown".equals(v.labelType()) ? "\"`" + v.text() + "`\"" : "\"" + v.text() + "\"";
        return id + shape[0] + label + shape[1];
    }

    private static String link(Flowchart.Edge e) {
        if (e.length() != 1 || e.text() != null && (e.text().contains("|") || e.text().contains("\""))) return null;
        boolean both = e.type().startsWith("double_arrow_");
        String head = e.type().substring(e.type().lastIndexOf('_') + 1);
        String end = switch (head) {
            case "point" -> ">";
            case "cross" -> "x";
            case "circle" -> "o";
            case "open" -> "";
            default -> null;
        };
        if (end == null) return null;
        String start = both ? end.equals(">") ? "<" : end : "";
        String body = switch (e.stroke()) {
            case "normal" -> end.isEmpty() ? "---" : "--" + end;
            case "thick" -> end.isEmpty() ? "===" : "==" + end;
            case "dotted" -> "-.-" + end;
            case "invisible" -> both || !end.isEmpty() ? null : "~~~";
            default -> null;
        };
        if (body == null) return null;
        String label = e.text() == null || e.text().isBlank() ? "" : "|" + e.text() + "|";
        return start + body + label;
    }

    /** The same nodes (ids, labels, shapes) and links (ends, kind, stroke, label). */
    private static boolean same(Flowchart a, Flowchart b) {
        if (!a.vertices().keySet().equals(b.vertices().keySet()) || a.edges().size() != b.edges().size()) return false;
        for (Map.Entry<String, Flowchart.Vertex> v : a.vertices().entrySet()) {
            Flowchart.Vertex w = b.vertices().get(v.getKey());
            if (!java.util.Objects.equals(v.getValue().text(), w.text())
                    || !java.util.Objects.equals(v.getValue().type(), w.type())) {
                return false;
            }
        }
        List<Flowchart.Edge> ea = a.edges();
        List<Flowchart.Edge> eb = b.edges();
        for (int i = 0; i < ea.size(); i++) {
            Flowchart.Edge x = ea.get(i);
            Flowchart.Edge y = eb.get(i);
            if (!x.start().equals(y.start()) || !x.end().equals(y.end()) || !x.type().equals(y.type())
                    || !x.stroke().equals(y.stroke()) || !java.util.Objects.equals(blank(x.text()), blank(y.text()))) {
                return false;
            }
        }
        return true;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
