package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The gate's apiVersion/kind pairs and quantity maps agree with the Kubernetes structure data the
 * app bundles (k8s-structure.json), so the two cannot drift apart.
 */
class ApiKindsTest {
    private static JsonNode structure() throws IOException {
        try (InputStream in = ApiKindsTest.class.getResourceAsStream("/io/deckhand/render/yaml/k8s-structure.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyKindOfTheStructureDataIsListedAtItsApiVersion() throws IOException {
        Set<String> pairs = new HashSet<>();
        for (String line : GateConfig.linesOf("gate-api-kinds.txt")) pairs.add(line.replaceAll("\\s+", " "));
        Iterator<String> keys = structure().get("kinds").fieldNames();
        int checked = 0;
        while (keys.hasNext()) {
            String key = keys.next().replaceAll("\\s*\\(.*\\)$", "");
            int slash = key.lastIndexOf('/');
            String pair = key.substring(0, slash) + " " + key.substring(slash + 1);
            assertTrue(pairs.contains(pair), () -> "gate-api-kinds.txt lacks " + pair);
            checked++;
        }
        assertTrue(checked >= 10, "the structure data lists kinds");
    }

    @Test
    void everyQuantityMapOfTheStructureDataIsAQuantityMapOfTheGate() throws IOException {
        List<String> gate = GateConfig.linesOf("gate-quantities.txt");
        JsonNode types = structure().get("types");
        int checked = 0;
        for (String type : List.of("ResourceRequirements", "VolumeResourceRequirements", "PersistentVolumeSpec")) {
            Iterator<java.util.Map.Entry<String, JsonNode>> fields = types.get(type).fields();
            while (fields.hasNext()) {
                var f = fields.next();
                // {s}: a free-form map of scalars; in these types that is a map of resource name to quantity.
                if (!f.getValue().asText().equals("{s}")) continue;
                String map = "map " + f.getKey();
                assertTrue(gate.contains(map), () -> "gate-quantities.txt lacks " + map);
                checked++;
            }
        }
        assertTrue(checked >= 3);
        assertTrue(gate.contains("field sizeLimit"));
    }
}
