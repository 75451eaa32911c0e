package io.deckhand.render.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a flowchart out with Eclipse ELK's layered algorithm (subgraphs as nested compound nodes,
 * edges routed across the hierarchy). Thread-safe: each call builds its own ELK graph.
 */
final class FlowchartLayout {
    static final double PAD_X = 16;
    static final double PAD_Y = 10;
    static final double CLUSTER_TITLE = 26;

    static {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    DiagramLayout layout(Flowchart chart) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, direction(chart.direction()));
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 44.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 16.0);
        root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
        root.setProperty(LayeredOptions.EDGE_LABELS_INLINE, true);
        // Keep the author's order of nodes where the layering allows (as Mermaid does).
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(12));

        // Parent of each vertex / subgraph: the first subgraph that lists it (Mermaid's rule).
        Map<String, String> parent = new HashMap<>();
        Map<String, Flowchart.Subgraph> subgraphById = new LinkedHashMap<>();
        for (Flowchart.Subgraph s : chart.subgraphs()) {
            subgraphById.put(s.id(), s);
        }
        for (Flowchart.Subgraph s : chart.subgraphs()) {
            for (String n : s.nodes()) {
                if (!n.equals(s.id()) && !createsCycle(parent, n, s.id())) {
                    parent.putIfAbsent(n, s.id());
                }
            }
        }
        Map<String, ElkNode> elk = new HashMap<>();
        for (Flowchart.Subgraph s : chart.subgraphs()) {
            compound(s.id(), root, parent, subgraphById, elk);
        }
        for (Flowchart.Vertex v : chart.vertices().values()) {
            if (subgraphById.containsKey(v.id())) {
                continue;
            }
            ElkNode container = parent.containsKey(v.id()) ? compound(parent.get(v.id()), root, parent, subgraphById, elk) : root;
            ElkNode n = ElkGraphUtil.createNode(container);
            double[] size = VertexShapes.size(v);
            n.setDimensions(size[0], size[1]);
            n.setIdentifier(v.id());
            elk.put(v.id(), n);
        }
        List<ElkEdge> elkEdges = new ArrayList<>();
        for (Flowchart.Edge e : chart.edges()) {
            ElkNode a = elk.get(e.start());
            ElkNode b = elk.get(e.end());
            ElkEdge edge = ElkGraphUtil.createSimpleEdge(a, b);
            if (!e.text().isEmpty()) {
                List<String> lines = LabelText.lines(e.text(), e.labelType());
                ElkLabel label = ElkGraphUtil.createLabel(String.join(" ", lines), edge);
                label.setDimensions(LabelText.width(lines) + 8, LabelText.height(lines) + 4);
                label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, org.eclipse.elk.core.options.EdgeLabelPlacement.CENTER);
            }
            elkEdges.add(edge);
        }
        ownDirections(chart, parent, subgraphById, elk);
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        Map<String, DiagramLayout.Box> nodes = new LinkedHashMap<>();
        Map<String, DiagramLayout.Box> clusters = new LinkedHashMap<>();
        for (Map.Entry<String, ElkNode> e : elk.entrySet()) {
            DiagramLayout.Box box = absolute(e.getValue());
            if (subgraphById.containsKey(e.getKey())) {
                clusters.put(e.getKey(), box);
            } else {
                nodes.put(e.getKey(), box);
            }
        }
        List<DiagramLayout.Route> routes = new ArrayList<>();
        for (int i = 0; i < elkEdges.size(); i++) {
            routes.add(route(i, elkEdges.get(i)));
        }
        return new DiagramLayout(root.getWidth(), root.getHeight(), nodes, orderOuterFirst(clusters), routes);
    }

    /**
     * A subgraph's own {@code direction} counts, as in Mermaid, only when no edge crosses its border;
     * such a subgraph is laid out on its own in that direction. Only for subgraphs without nested
     * subgraphs: a separate layout run cannot route edges between compounds inside it.
     */
    private void ownDirections(Flowchart chart, Map<String, String> parent, Map<String, Flowchart.Subgraph> subgraphs,
                               Map<String, ElkNode> elk) {
        for (Flowchart.Subgraph s : subgraphs.values()) {
            if (s.dir() == null || s.dir().isEmpty()) continue;
            boolean nested = subgraphs.keySet().stream().anyMatch(other -> s.id().equals(parent.get(other)));
            if (nested) continue;
            java.util.Set<String> inside = new java.util.HashSet<>();
            for (Map.Entry<String, String> e : parent.entrySet()) {
                if (e.getValue().equals(s.id())) inside.add(e.getKey());
            }
            boolean crosses = chart.edges().stream().anyMatch(e -> inside.contains(e.start()) != inside.contains(e.end())
                    || e.start().equals(s.id()) && inside.contains(e.end())
                    || e.end().equals(s.id()) && inside.contains(e.start()));
            ElkNode n = elk.get(s.id());
            if (crosses || n == null) continue;
            n.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
            n.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
            n.setProperty(CoreOptions.DIRECTION, direction(s.dir()));
            n.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
            n.setProperty(CoreOptions.SPACING_NODE_NODE, 28.0);
            n.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 44.0);
            n.setProperty(LayeredOptions.EDGE_LABELS_INLINE, true);
            n.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY,
                    org.eclipse.elk.alg.layered.options.OrderingStrategy.NODES_AND_EDGES);
        }
    }

    private static Map<String, DiagramLayout.Box> orderOuterFirst(Map<String, DiagramLayout.Box> clusters) {
        List<Map.Entry<String, DiagramLayout.Box>> list = new ArrayList<>(clusters.entrySet());
        list.sort((a, b) -> Double.compare(b.getValue().w() * b.getValue().h(), a.getValue().w() * a.getValue().h()));
        Map<String, DiagramLayout.Box> out = new LinkedHashMap<>();
        list.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static boolean createsCycle(Map<String, String> parent, String child, String newParent) {
        String p = newParent;
        for (int guard = 0; p != null && guard < 10_000; guard++) {
            if (p.equals(child)) {
                return true;
            }
            p = parent.get(p);
        }
        return false;
    }

    private ElkNode compound(String id, ElkNode root, Map<String, String> parent, Map<String, Flowchart.Subgraph> subgraphs,
                             Map<String, ElkNode> elk) {
        ElkNode existing = elk.get(id);
        if (existing != null) {
            return existing;
        }
        ElkNode container = parent.containsKey(id) ? compound(parent.get(id), root, parent, subgraphs, elk) : root;
        ElkNode n = ElkGraphUtil.createNode(container);
        n.setIdentifier(id);
        double titleWidth = LabelText.width(LabelText.lines(subgraphs.get(id).title(), subgraphs.get(id).labelType()));
        n.setProperty(CoreOptions.PADDING, new ElkPadding(CLUSTER_TITLE + 6, 14, 14, 14));
        n.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new org.eclipse.elk.core.math.KVector(titleWidth + 28, 40));
        n.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, java.util.EnumSet.of(org.eclipse.elk.core.options.SizeConstraint.MINIMUM_SIZE));
        elk.put(id, n);
        return n;
    }

    private static DiagramLayout.Box absolute(ElkNode n) {
        double x = n.getX();
        double y = n.getY();
        for (ElkNode p = n.getParent(); p != null && p.getParent() != null; p = p.getParent()) {
            x += p.getX();
            y += p.getY();
        }
        return new DiagramLayout.Box(x, y, n.getWidth(), n.getHeight());
    }

    private static DiagramLayout.Route route(int index, ElkEdge edge) {
        double ox = 0;
        double oy = 0;
        ElkNode container = edge.getContainingNode();
        for (ElkNode p = container; p != null && p.getParent() != null; p = p.getParent()) {
            ox += p.getX();
            oy += p.getY();
        }
        List<double[]> points = new ArrayList<>();
        for (ElkEdgeSection s : edge.getSections()) {
            points.add(new double[] {s.getStartX() + ox, s.getStartY() + oy});
            for (ElkBendPoint b : s.getBendPoints()) {
                points.add(new double[] {b.getX() + ox, b.getY() + oy});
            }
            points.add(new double[] {s.getEndX() + ox, s.getEndY() + oy});
        }
        if (points.size() < 2) {
            DiagramLayout.Box a = absolute(ElkGraphUtil.connectableShapeToNode(edge.getSources().get(0)));
            DiagramLayout.Box b = absolute(ElkGraphUtil.connectableShapeToNode(edge.getTargets().get(0)));
            points.clear();
            points.add(new double[] {a.cx(), a.cy()});
            points.add(new double[] {b.cx(), b.cy()});
        }
        DiagramLayout.Box label = null;
        if (!edge.getLabels().isEmpty()) {
            // ELK keeps room for the label beside the edge; like Mermaid, draw it on the edge's middle.
            ElkLabel l = edge.getLabels().get(0);
            double[] mid = midpoint(points);
            label = new DiagramLayout.Box(mid[0] - l.getWidth() / 2, mid[1] - l.getHeight() / 2, l.getWidth(), l.getHeight());
        }
        return new DiagramLayout.Route(index, points, label);
    }

    /** The point halfway along a polyline. */
    static double[] midpoint(List<double[]> points) {
        double total = 0;
        for (int i = 1; i < points.size(); i++) {
            total += Math.hypot(points.get(i)[0] - points.get(i - 1)[0], points.get(i)[1] - points.get(i - 1)[1]);
        }
        double half = total / 2;
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            double len = Math.hypot(b[0] - a[0], b[1] - a[1]);
            if (len >= half && len > 0) {
                return new double[] {a[0] + (b[0] - a[0]) * half / len, a[1] + (b[1] - a[1]) * half / len};
            }
            half -= len;
        }
        return points.get(points.size() - 1);
    }

    private static Direction direction(String d) {
        return switch (d == null ? "TB" : d) {
            case "LR" -> Direction.RIGHT;
            case "RL" -> Direction.LEFT;
            case "BT" -> Direction.UP;
            default -> Direction.DOWN;
        };
    }
}
