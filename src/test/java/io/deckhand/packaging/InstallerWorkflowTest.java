package io.deckhand.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The release workflow is only run on GitHub: here it is at least valid and builds on every OS. */
class InstallerWorkflowTest {
    private static final Path WORKFLOW = Path.of(".github/workflows/installers.yml");

    @Test
    void buildsTheInstallerOnEachOsWithTheSameScript() throws Exception {
        JsonNode wf = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(WORKFLOW));
        JsonNode job = wf.path("jobs").path("installer");
        List<String> oses = new ArrayList<>();
        job.path("strategy").path("matrix").path("os").forEach(n -> oses.add(n.asText()));
        assertEquals(3, oses.size(), "one job per OS");
        assertTrue(oses.stream().anyMatch(o -> o.startsWith("ubuntu")));
        assertTrue(oses.stream().anyMatch(o -> o.startsWith("windows")));
        assertTrue(oses.stream().anyMatch(o -> o.startsWith("macos")));
        assertEquals("${{ matrix.os }}", job.path("runs-on").asText());
        List<String> runs = new ArrayList<>();
        job.path("steps").forEach(s -> runs.add(s.path("run").asText()));
        assertTrue(runs.stream().anyMatch(r -> r.contains("packaging/build-installer.sh")), runs.toString());
        for (String r : runs) {
            for (String script : r.split("\\s+")) {
                if (script.startsWith("packaging/") && script.endsWith(".sh")) {
                    assertTrue(Files.isRegularFile(Path.of(script)), script + " exists");
                }
            }
        }
    }
}
