package io.deckhand.domain.schedule.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.deckhand.domain.schedule.NextStates;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Replays every reference history of every suite and checks each step against ts-fsrs. */
class Fsrs6VectorsTest {

    @TestFactory
    List<DynamicTest> everyHistoryOfEverySuite() {
        JsonNode root = FsrsVectors.load();
        List<DynamicTest> tests = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> suites = root.get("suites").fields();
        int histories = 0;
        while (suites.hasNext()) {
            Map.Entry<String, JsonNode> suite = suites.next();
            Fsrs6Scheduler scheduler = new Fsrs6Scheduler(FsrsVectors.options(suite.getValue().get("parameters")));
            JsonNode im = suite.getValue().get("interval_modifier");
            if (im != null) {
                tests.add(DynamicTest.dynamicTest(suite.getKey() + " interval modifier",
                        () -> assertEquals(im.asDouble(), scheduler.intervalModifier(), 1e-8)));
            }
            for (JsonNode h : suite.getValue().get("histories")) {
                histories++;
                tests.add(DynamicTest.dynamicTest(suite.getKey() + "/" + h.get("id").asText(), () -> replay(scheduler, h)));
            }
        }
        assertEquals(root.at("/counts/histories").asInt(), histories, "every history is replayed");
        return tests;
    }

    private static void replay(Fsrs6Scheduler scheduler, JsonNode history) {
        SchedulingState card = SchedulingState.newCard(Instant.parse(history.get("start").asText()));
        for (JsonNode r : history.get("reviews")) {
            Instant at = Instant.ofEpochMilli(r.get("review_time_ms").asLong());
            card = scheduler.answer(card, Rating.fromCode(r.get("rating").asInt()), at, 42L);
            assertMatches(r, card, history.get("id").asText() + " step " + r.get("step").asInt());
        }
    }

    static void assertMatches(JsonNode expected, SchedulingState actual, String where) {
        assertEquals(expected.get("state").asInt(), actual.state().code(), where + " state");
        assertRelative(expected.get("stability").asDouble(), actual.stability(), where + " stability");
        assertRelative(expected.get("difficulty").asDouble(), actual.difficulty(), where + " difficulty");
        assertEquals(expected.get("scheduled_days").asInt(), actual.scheduledDays(), where + " scheduled_days");
        Instant due = expected.has("due_ms") ? Instant.ofEpochMilli(expected.get("due_ms").asLong())
                : Instant.parse(expected.get("due").asText());
        assertEquals(due, actual.due(), where + " due");
        assertEquals(expected.get("learning_steps").asInt(), actual.step(), where + " learning_steps");
        assertEquals(expected.get("reps").asInt(), actual.reps(), where + " reps");
        assertEquals(expected.get("lapses").asInt(), actual.lapses(), where + " lapses");
    }

    static void assertRelative(double expected, double actual, String what) {
        double tolerance = 1e-4 * Math.max(Math.abs(expected), 1e-12);
        assertTrue(Math.abs(expected - actual) <= tolerance, what + ": expected " + expected + " but was " + actual);
    }

    @TestFactory
    List<DynamicTest> nextStateOptions() {
        JsonNode root = FsrsVectors.load();
        Fsrs6Scheduler scheduler = new Fsrs6Scheduler(FsrsVectors.options(root.at("/suites/default/parameters")));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("next_state_options")) {
            tests.add(DynamicTest.dynamicTest(c.get("label").asText(), () -> {
                SchedulingState card = FsrsVectors.card(c.get("card"));
                NextStates next = scheduler.preview(card, Instant.parse(c.get("now").asText()), 7L);
                for (Rating g : Rating.values()) {
                    String name = g.name().charAt(0) + g.name().substring(1).toLowerCase();
                    assertMatches(c.at("/options/" + name), next.of(g), c.get("label").asText() + " " + name);
                }
            }));
        }
        return tests;
    }
}
