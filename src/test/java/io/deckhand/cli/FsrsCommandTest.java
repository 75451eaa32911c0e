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

    @Test
    void optimizesARevlogFile() throws Exception {
        Path csv = SharedFixtures.require("fixtures/fsrs/synthetic-revlog-10k.csv");
        CliRun r = run("fsrs", "optimize", csv.toString(), "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("trained", o.get("outcome").asText());
        assertEquals(7695, o.get("reviews").asInt());
        assertEquals(500, o.get("cards").asInt());
        assertEquals(21, o.get("parameters").size());
        assertTrue(o.get("milliseconds").asLong() >= 0);
        double before = o.at("/before/logLoss").asDouble();
        double after = o.at("/after/logLoss").asDouble();
        assertEquals(after < before, o.get("better").asBoolean());
        assertEquals(o.get("better").asBoolean() ? "fitted" : "current", o.get("keep").asText());
        assertTrue(o.at("/after/rmseBins").asDouble() > 0 && o.at("/after/rmseBins").asDouble() < 0.2);

        CliRun text = run("fsrs", "optimize", csv.toString());
        assertEquals(0, text.code(), text.err());
        assertTrue(text.out().contains("log loss") && text.out().contains("RMSE (bins)"), text.out());
        assertTrue(text.out().contains("Fitted parameters:"), text.out());
    }

    @Test
    void tooLittleHistoryAndBadFilesAreExplained(@TempDir Path dir) throws Exception {
        Path tiny = dir.resolve("tiny.csv");
        Files.writeString(tiny, "card_id,review_time,review_rating,review_state\n1,1704099658000,3,0\n1,1704299658000,3,2\n");
        CliRun r = run("fsrs", "optimize", tiny.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("Too little review history") && r.err().contains("at least 8"), r.err());

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "card_id,review_time,review_rating,review_state\n1,1704099658000,7,0\n");
        CliRun b = run("fsrs", "optimize", bad.toString());
        assertEquals(1, b.code());
        assertTrue(b.err().contains("line 2") && b.err().contains("rating 7"), b.err());

        Path header = dir.resolve("header.csv");
        Files.writeString(header, "id,time\n1,2\n");
        CliRun h = run("fsrs", "optimize", header.toString());
        assertEquals(1, h.code());
        assertTrue(h.err().contains("card_id"), h.err());

        CliRun missing = run("fsrs", "optimize", dir.resolve("nope.csv").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("Cannot find"), missing.err());

        CliRun neither = run("fsrs", "optimize");
        assertEquals(2, neither.code());
        assertTrue(neither.err().contains("Give either REVLOG.csv or --deck NAME"), neither.err());
    }
}
