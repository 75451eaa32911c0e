package io.deckhand.render.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.support.SharedFixtures;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Cases from Mermaid's own flowchart parser tests ({@code ../shared/fixtures/mermaid/flowchart-cases.json}). */
class FlowchartSpecTest {
    private final FlowchartParser parser = new FlowchartParser();

    @TestFactory
    Stream<DynamicTest> mermaidParserCases() throws Exception {
        JsonNode root = new ObjectMapper().readTree(SharedFixtures.require("fixtures/mermaid/flowchart-cases.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            String source = c.get("source").asText();
            JsonNode expected = c.get("expected");
            tests.add(dynamicTest(c.get("name").asText() + " @" + c.path("spec_line").asInt(), () -> check(source, expected)));
        }
        return tests.stream();
    }

    private void check(String source, JsonNode expected) throws Exception {
        JsonNode error = expected.get("error");
        if (error != null && !(error.isBoolean() && !error.asBoolean())) {
            assertThrows(FlowchartSyntaxException.class, () -> parser.parseStrict(source), source);
            return;
        }
        Flowchart f = parser.parseStrict(source);
        if (expected.has("direction")) {
            assertEquals(expected.get("direction").asText(), f.direction());
        }
        if (expected.has("vertices")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("vertices").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Flowchart.Vertex v = f.vertices().get(e.getKey());
                assertTrue(v != null, "vertex " + e.getKey() + " in " + f.vertices().keySet());
                JsonNode ev = e.getValue();
                if (ev.has("text")) {
                    assertEquals(ev.get("text").asText(), v.text(), "text of " + e.getKey());
                }
                if (ev.has("type")) {
                    assertEquals(ev.get("type").asText(), v.type(), "type of " + e.getKey());
                }
                if (ev.has("style_count")) {
                    assertEquals(ev.get("style_count").asInt(), v.styles().size(), "styles of " + e.getKey());
                }
                if (ev.has("styles")) {
                    assertEquals(strings(ev.get("styles")), v.styles());
                }
                if (ev.has("classes")) {
                    assertEquals(strings(ev.get("classes")), v.classes());
                }
            }
        }
        if (expected.has("edge_count")) {
            assertEquals(expected.get("edge_count").asInt(), f.edges().size(), "edge count");
        }
        if (expected.has("edges") && expected.get("edges").isArray()) {
            JsonNode ee = expected.get("edges");
            for (int i = 0; i < ee.size(); i++) {
                JsonNode e = ee.get(i);
                Flowchart.Edge a = f.edges().get(i);
                if (e.has("start")) {
                    assertEquals(e.get("start").asText(), a.start(), "start of edge " + i);
                }
                if (e.has("end")) {
                    assertEquals(e.get("end").asText(), a.end(), "end of edge " + i);
                }
                if (e.has("type")) {
                    assertEquals(e.get("type").asText(), a.type(), "type of edge " + i);
                }
                if (e.has("stroke")) {
                    assertEquals(e.get("stroke").asText(), a.stroke(), "stroke of edge " + i);
                }
                if (e.has("text")) {
                    assertEquals(e.get("text").asText(), a.text(), "text of edge " + i);
                }
                if (e.has("length")) {
                    assertEquals(e.get("length").asInt(), a.length(), "length of edge " + i);
                }
                if (e.has("id")) {
                    assertEquals(e.get("id").asText(), a.id(), "id of edge " + i);
                }
            }
        }
        if (expected.has("subgraph_count")) {
            assertEquals(expected.get("subgraph_count").asInt(), f.subgraphs().size(), "subgraph count");
        }
        if (expected.has("subgraphs")) {
            JsonNode es = expected.get("subgraphs");
            for (int i = 0; i < es.size(); i++) {
                JsonNode e = es.get(i);
                Flowchart.Subgraph s = f.subgraphs().get(i);
                if (e.has("title")) {
                    assertEquals(e.get("title").asText(), s.title(), "title of subgraph " + i);
                }
                if (e.has("id")) {
                    assertEquals(e.get("id").asText(), s.id(), "id of subgraph " + i);
                }
                if (e.has("dir")) {
                    assertEquals(e.get("dir").asText(), s.dir(), "dir of subgraph " + i);
                }
                if (e.has("labelType")) {
                    assertEquals(e.get("labelType").asText(), s.labelType(), "label type of subgraph " + i);
                }
                if (e.has("node_count")) {
                    assertEquals(e.get("node_count").asInt(), s.nodes().size(), "nodes of subgraph " + i + ": " + s.nodes());
                }
                if (e.has("nodes")) {
                    assertEquals(strings(e.get("nodes")), s.nodes(), "nodes of subgraph " + i);
                }
                for (String n : strings(e.path("nodes_contains"))) {
                    assertTrue(s.nodes().contains(n), n + " in " + s.nodes());
                }
                for (String n : strings(e.path("nodes_not_contains"))) {
                    assertTrue(!s.nodes().contains(n), n + " not in " + s.nodes());
                }
            }
        }
        if (expected.has("classes")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("classes").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                List<String> styles = f.classDefs().get(e.getKey());
                assertTrue(styles != null, "classDef " + e.getKey());
                if (e.getValue().has("styles")) {
                    assertEquals(strings(e.getValue().get("styles")), styles);
                }
            }
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
