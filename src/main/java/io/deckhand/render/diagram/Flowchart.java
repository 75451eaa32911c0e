package io.deckhand.render.diagram;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed Mermaid flowchart, named as Mermaid names things: vertex types ({@code square},
 * {@code round}, {@code diamond}, ... or null for a bare id), edge types ({@code arrow_point},
 * {@code arrow_open}, {@code double_arrow_cross}, ...) and strokes ({@code normal}, {@code thick},
 * {@code dotted}, {@code invisible}).
 *
 * @param repaired true when statement boundaries had to be restored (a flattened one-line diagram)
 */
public record Flowchart(String direction, Map<String, Vertex> vertices, List<Edge> edges, List<Subgraph> subgraphs,
                        Map<String, List<String>> classDefs, Map<String, List<String>> linkStyles, boolean repaired) {
    public Flowchart {
        vertices = Collections.unmodifiableMap(new LinkedHashMap<>(vertices));
        edges = List.copyOf(edges);
        subgraphs = List.copyOf(subgraphs);
        classDefs = Collections.unmodifiableMap(new LinkedHashMap<>(classDefs));
        linkStyles = Collections.unmodifiableMap(new LinkedHashMap<>(linkStyles));
    }

    /** @param labelType "text" or "markdown" */
    public record Vertex(String id, String text, String type, List<String> classes, List<String> styles, String labelType) {
        public Vertex {
            classes = List.copyOf(classes);
            styles = List.copyOf(styles);
        }
    }

    public record Edge(String id, String start, String end, String type, String stroke, String text, int length,
                       String labelType) {
    }

    /** @param nodes vertex and nested subgraph ids directly inside, in Mermaid's (reverse) order */
    public record Subgraph(String id, String title, List<String> nodes, String dir, String labelType, List<String> classes) {
        public Subgraph {
            nodes = List.copyOf(nodes);
            classes = List.copyOf(classes);
        }
    }
}
