package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.support.SharedFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.deckhand.support.CliRun;

/** Runs {@code fsrs replay} on the reference vectors and on broken files, as a user would. */
class FsrsCommandTest {

    private static CliRun run(String... args) {
        return CliRun.withoutCollection(args);
    }

    @Test
    void replaysTheReferenceVectors() throws Exception {
        Path vectors = SharedFixtures.require("fixtures/fsrs/fsrs6-vectors.json");
        CliRun r = run("fsrs", "replay", vectors.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        ObjectMapper mapper = new ObjectMapper();
        JsonNode expected = mapper.readTree(vectors.toFile()).get("suites");
        JsonNode actual = mapper.readTree(r.out()).get("suites");
        assertEquals(expected.size(), actual.size());
        int checked = 0;
        Iterator<Map.Entry<String, JsonNode>> it = expected.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> suite = it.next();
            JsonNode gotHistories = actual.get(suite.getKey()).get("histories");
            JsonNode wantHistories = suite.getValue().get("histories");
            assertEquals(wantHistories.size(), gotHistories.size());
            for (int h = 0; h < wantHistories.size(); h++) {
                JsonNode want = wantHistories.get(h);
                JsonNode got = gotHistories.get(h);
                assertEquals(want.get("id").asText(), got.get("id").asText());
                assertEquals(want.get("reviews").size(), got.get("reviews").size());
                for (int i = 0; i < want.get("reviews").size(); i++) {
                    JsonNode w = want.get("reviews").get(i);
                    JsonNode g = got.get("reviews").get(i);
                    String where = suite.getKey() + "/" + want.get("id").asText() + " step " + w.get("step").asInt();
                    assertEquals(w.get("step").asInt(), g.get("step").asInt(), where);
                    assertEquals(w.get("state").asInt(), g.get("state").asInt(), where);
                    assertEquals(w.get("scheduled_days").asInt(), g.get("scheduled_days").asInt(), where);
                    assertEquals(w.get("due_ms").asLong(), g.get("due_ms").asLong(), where);
                    assertRelative(w.get("stability").asDouble(), g.get("stability").asDouble(), where);
                    assertRelative(w.get("difficulty").asDouble(), g.get("difficulty").asDouble(), where);
                    checked++;
                }
            }
        }
        assertTrue(checked > 200, "checked " + checked + " reviews");
    }

    private static void assertRelative(double want, double got, String where) {
        assertTrue(Math.abs(want - got) <= 1e-4 * Math.abs(want), where + ": " + want + " vs " + got);
    }

    @Test
    void minimalFileWithDefaults(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("h.json");
        Files.writeString(f, """
                {"suites": {"mine": {"histories": [{"id": "a", "reviews": [
                  {"rating": 3, "review_time": "2024-01-01T08:00:00Z"},
                  {"rating": 3, "review_time_ms": 1704096600000}]}]}}}
                """);
        CliRun r = run("fsrs", "replay", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode reviews = new ObjectMapper().readTree(r.out()).at("/suites/mine/histories/0/reviews");
        assertEquals(1, reviews.get(0).get("step").asInt());
        assertEquals(1, reviews.get(0).get("state").asInt());
        assertEquals(1704096600000L, reviews.get(0).get("due_ms").asLong());
        assertEquals(2, reviews.get(1).get("state").asInt());
        assertEquals(2, reviews.get(1).get("scheduled_days").asInt());
    }

    @Test
    void badFilesGiveOneClearLine(@TempDir Path dir) throws Exception {
        Map<String, String> cases = Map.of(
                "{not json", "not valid JSON",
                "{\"histories\": []}", "no \"suites\"",
                "{\"suites\": {\"s\": {\"histories\": [{\"reviews\": [{\"rating\": 7, \"review_time\": \"2024-01-01T00:00:00Z\"}]}]}}}", "rating",
                "{\"suites\": {\"s\": {\"histories\": [{\"reviews\": [{\"rating\": 3, \"review_time\": \"yesterday\"}]}]}}}", "ISO-8601",
                "{\"suites\": {\"s\": {\"parameters\": {\"w\": [1, 2]}, \"histories\": []}}}", "21",
                "{\"suites\": {\"s\": {\"parameters\": {\"learning_steps\": [\"ten\"]}, \"histories\": []}}}", "step",
                "{\"suites\": {\"s\": {\"parameters\": {\"request_retention\": 3}, \"histories\": []}}}", "retention");
        int i = 0;
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path f = dir.resolve("bad" + i++ + ".json");
            Files.writeString(f, c.getKey());
            CliRun r = run("fsrs", "replay", f.toString());
            assertEquals(1, r.code(), c.getKey());
            assertEquals("", r.out(), c.getKey());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertTrue(r.err().contains(c.getValue()), r.err());
        }
        CliRun missing = run("fsrs", "replay", dir.resolve("nope.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("Cannot find"), missing.err());
    }
}
