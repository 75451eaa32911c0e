package io.deckhand.render.diagram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parse of a flowchart as JSON, in Mermaid's names:
 * {@code {"direction","vertices":{ID:{"text","type"}},"edges":[{"start","end","type","stroke","text"}],
 * "subgraphs":[{"id","title","nodes"}]}}.
 */
public final class FlowchartJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FlowchartJson() {
    }

    /** The JSON object as ordered maps and lists (to combine several files). */
    public static Map<String, Object> tree(Flowchart f) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("direction", f.direction());
        Map<String, Object> vertices = new LinkedHashMap<>();
        for (Flowchart.Vertex v : f.vertices().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", v.text());
            m.put("type", v.type());
            vertices.put(v.id(), m);
        }
        root.put("vertices", vertices);
        List<Object> edges = new ArrayList<>();
        for (Flowchart.Edge e : f.edges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("start", e.start());
            m.put("end", e.end());
            m.put("type", e.type());
            m.put("stroke", e.stroke());
            m.put("text", e.text());
            edges.add(m);
        }
        root.put("edges", edges);
        List<Object> subgraphs = new ArrayList<>();
        for (Flowchart.Subgraph s : f.subgraphs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", s.id());
            m.put("title", s.title());
            m.put("nodes", s.nodes());
            subgraphs.add(m);
        }
        root.put("subgraphs", subgraphs);
        return root;
    }

    /** {@code {"error":"line:column: message"}} for a file that does not parse. */
    public static Map<String, Object> error(FlowchartSyntaxException e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", e.getMessage());
        return m;
    }

    public static String write(Object tree) {
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
