package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.support.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeckOptionsCommandTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliRun r = CliRun.withCollection(all);
        out = r.out();
        err = r.err();
        return r.code();
    }

    private JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void showsTheDefaultPresetOfTheBundledDeck() throws Exception {
        assertEquals(0, run("deck", "options", "Kubernetes", "--json"), err.toString());
        JsonNode o = json();
        assertEquals("Kubernetes", o.get("deck").asText());
        assertEquals("fsrs6", o.get("scheduler").asText());
        assertEquals(0.9, o.get("retention").asDouble());
        assertEquals("1m 10m", o.get("learning-steps").asText());
        assertEquals(4, o.get("day-rollover").asInt());

        assertEquals(0, run("deck", "options", "Kubernetes"));
        assertTrue(out.toString().contains("Desired retention:  90%"), out.toString());
    }

    @Test
    void setChangesSeveralOptionsAndTheyStay() throws Exception {
        assertEquals(0, run("deck", "options", "Kubernetes", "--set", "scheduler=sm2", "--set", "retention=0.85",
                "--set", "new-per-day=30", "--set", "learning-steps=30s 5m 1h", "--set", "day-rollover=3"), err.toString());
        assertEquals(0, run("deck", "options", "Kubernetes", "--json"));
        JsonNode o = json();
        assertEquals("sm2", o.get("scheduler").asText());
        assertEquals(0.85, o.get("retention").asDouble());
        assertEquals(30, o.get("new-per-day").asInt());
        assertEquals("30s 5m 1h", o.get("learning-steps").asText());
        assertEquals(3, o.get("day-rollover").asInt());
        assertEquals(0, run("decks", "--json"));
        assertEquals(30, json().get(0).get("new").asInt(), "the new limit reaches the deck counts");
    }

    @Test
    void aBadValueIsOneLineAndChangesNothing() throws Exception {
        assertEquals(1, run("deck", "options", "Kubernetes", "--set", "new-per-day=5", "--set", "learning-steps=1m 1q"));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("deckhand: Learning steps: \"1q\" is not a step"), message);
        assertEquals(1, run("deck", "options", "Kubernetes", "--set", "day-rollover=25", "--set", "new-per-day=5"));
        assertTrue(err.toString().contains("0 to 23"), err.toString());
        assertEquals(0, run("deck", "options", "Kubernetes", "--json"));
        assertEquals(20, json().get("new-per-day").asInt());
        assertEquals(4, json().get("day-rollover").asInt());

        assertEquals(1, run("deck", "options", "No such deck"));
        assertTrue(err.toString().contains("There is no deck named \"No such deck\""), err.toString());
    }
}
