package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade command|manifest|text} as a user or a script runs it. */
class GradeCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private CliRun grade(String kind, String expected, String answer, String... more) throws Exception {
        String[] args = new String[6 + more.length];
        args[0] = "grade";
        args[1] = kind;
        args[2] = "--expected";
        args[3] = file("expected", expected).toString();
        args[4] = "--answer";
        args[5] = file("answer", answer).toString();
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.withoutCollection(args);
    }

    @Test
    void anEquivalentCommandIsRight() throws Exception {
        CliRun r = grade("command", "kubectl get pods -n dev -o yaml\n", "k get po --output=yaml --namespace dev\n");
        assertEquals(0, r.code(), r.err());
        assertEquals("right (score 1.00)", r.out().strip());
    }

    @Test
    void aWrongCommandSaysWhatDifferedAndStillExitsZero() throws Exception {
        CliRun r = grade("command", "kubectl scale deploy web --replicas=3", "kubectl scale deploy web --replicas=2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrong (score 0.80)"), r.out());
        assertTrue(r.out().contains("wrong    --replicas: expected 3, got 2"), r.out());
    }

    @Test
    void manifestJsonListsDifferencesByPath() throws Exception {
        String expected = "kind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.25\n";
        String answer = "kind: Pod\nmetadata:\n  name: web\n  labels: {a: b}\nspec:\n  containers:\n  - image: nginx:1.24\n    name: nginx\n";
        CliRun r = grade("manifest", expected, answer, "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertFalse(j.get("correct").asBoolean());
        assertEquals(3.0 / 4.5, j.get("score").asDouble(), 1e-9);
        assertEquals("wrong", j.at("/differences/0/kind").asText());
        assertEquals("spec.containers[nginx].image", j.at("/differences/0/where").asText());
        assertEquals("nginx:1.25", j.at("/differences/0/expected").asText());
        assertEquals("nginx:1.24", j.at("/differences/0/actual").asText());
        assertEquals("extra", j.at("/differences/1/kind").asText());
        assertTrue(j.at("/differences/1/expected").isNull());
    }

    @Test
    void invalidYamlIsGradedZeroNotAnError() throws Exception {
        CliRun r = grade("manifest", "kind: Pod\n", "kind: Pod\n  x: [\n", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(0, j.get("score").asDouble());
        assertEquals("answer", j.at("/differences/0/where").asText());
    }

    @Test
    void textForgivesATypoAndShowsTheSpelling() throws Exception {
        CliRun r = grade("text", "PersistentVolumeClaim", "persistentvolumeclam");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("right"), r.out());
        assertTrue(r.out().contains("spelling: expected PersistentVolumeClaim, got persistentvolumeclam"), r.out());
    }

    @Test
    void anUnknownKindOrMissingFileIsAUsageError() throws Exception {
        CliRun unknown = grade("essay", "a", "b");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("use command, manifest or text"), unknown.err());
        CliRun missing = CliRun.withoutCollection("grade", "text", "--expected", dir.resolve("nope").toString(),
                "--answer", file("a", "x").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertEquals("", missing.out());
    }
}
