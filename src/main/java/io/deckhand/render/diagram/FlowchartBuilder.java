package io.deckhand.render.diagram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a reading has found so far: vertices, edges, open and closed subgraphs, classes and styles. */
final class FlowchartBuilder {
    private final Map<String, VertexBuilder> vertices = new LinkedHashMap<>();
    private final List<Flowchart.Edge> edges = new ArrayList<>();
    private final List<Flowchart.Subgraph> subgraphs = new ArrayList<>();
    private final Deque<SubgraphBuilder> open = new ArrayDeque<>();
    private final Map<String, List<String>> classDefs = new LinkedHashMap<>();
    private final Map<String, List<String>> linkStyles = new LinkedHashMap<>();
    private final Map<String, List<String>> subgraphClasses = new LinkedHashMap<>();
    private int subgraphCounter;

    VertexBuilder vertex(String id) {
        return vertices.computeIfAbsent(id, VertexBuilder::new);
    }

    /** Makes the id a member of the innermost open subgraph (unless it is that subgraph). */
    void mention(String id) {
        if (!open.isEmpty() && !open.peek().id.equals(id)) {
            open.peek().members.add(id);
        }
    }

    void edge(FlowchartLink link, String from, String to) {
        edges.add(new Flowchart.Edge(link.id(), from, to, link.type(), link.stroke(), link.text(), link.length(), link.labelType()));
    }

    /** The id Mermaid gives the next subgraph that has only a title. */
    String nextAnonymousSubgraphId() {
        return "subGraph" + subgraphCounter;
    }

    void openSubgraph(String id, String title, String labelType) {
        subgraphCounter++;
        mention(id);
        open.push(new SubgraphBuilder(id, title, labelType));
    }

    int openSubgraphs() {
        return open.size();
    }

    String innermostOpenSubgraph() {
        return open.peek().id;
    }

    void closeSubgraph() {
        SubgraphBuilder s = open.pop();
        List<String> nodes = new ArrayList<>(s.members);
        Collections.reverse(nodes);
        subgraphs.add(new Flowchart.Subgraph(s.id, s.title, nodes, s.dir, s.labelType, List.of()));
    }

    /** Sets the direction of the innermost open subgraph; false when none is open. */
    boolean setSubgraphDirection(String direction) {
        if (open.isEmpty()) {
            return false;
        }
        open.peek().dir = direction;
        return true;
    }

    void classDef(String name, List<String> styles) {
        classDefs.put(name, styles);
    }

    void linkStyle(String which, List<String> styles) {
        linkStyles.put(which, styles);
    }

    /** `class id cls`: a subgraph's id names the subgraph unless a vertex has the same id too. */
    void applyClass(String id, String cls) {
        if (id.isEmpty()) {
            return;
        }
        boolean isSubgraph = subgraphs.stream().anyMatch(s -> s.id().equals(id)) || open.stream().anyMatch(s -> s.id.equals(id));
        if (isSubgraph && !vertices.containsKey(id)) {
            subgraphClasses.computeIfAbsent(id, k -> new ArrayList<>()).add(cls);
        } else {
            vertex(id).classes.add(cls);
            if (isSubgraph) {
                subgraphClasses.computeIfAbsent(id, k -> new ArrayList<>()).add(cls);
            }
        }
    }

    Flowchart build(String direction, boolean repaired) {
        Map<String, Flowchart.Vertex> vs = new LinkedHashMap<>();
        vertices.forEach((id, v) -> vs.put(id, v.build()));
        List<Flowchart.Subgraph> sgs = new ArrayList<>();
        for (Flowchart.Subgraph s : subgraphs) {
            sgs.add(new Flowchart.Subgraph(s.id(), s.title(), s.nodes(), s.dir(), s.labelType(),
                    subgraphClasses.getOrDefault(s.id(), List.of())));
        }
        return new Flowchart(direction, vs, edges, sgs, classDefs, linkStyles, repaired);
    }

    static final class VertexBuilder {
        final String id;
        String text;
        String type;
        String labelType = "text";
        final List<String> classes = new ArrayList<>();
        final List<String> styles = new ArrayList<>();

        VertexBuilder(String id) {
            this.id = id;
        }

        Flowchart.Vertex build() {
            return new Flowchart.Vertex(id, text == null ? id : text, type, classes, styles, labelType);
        }
    }

    private static final class SubgraphBuilder {
        final String id;
        final String title;
        final String labelType;
        String dir;
        final Set<String> members = new LinkedHashSet<>();

        SubgraphBuilder(String id, String title, String labelType) {
            this.id = id;
            this.title = title;
            this.labelType = labelType;
        }
    }
}
