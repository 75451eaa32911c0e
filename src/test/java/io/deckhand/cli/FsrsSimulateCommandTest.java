package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.app.AppServices;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.deck.DeckName;
import io.deckhand.support.CliRun;
import io.deckhand.support.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fsrs simulate --deck} on a collection. */
class FsrsSimulateCommandTest {
    @TempDir
    Path dir;

    private CliRun run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.withCollection(all);
    }

    private void deck(String name, int cards) throws Exception {
        try (AppServices services = Bootstrap.open(dir, new MutableClock(Instant.parse("2026-03-02T10:00:00Z")))) {
            for (int i = 0; i < cards; i++) services.library().addCard(new DeckName(name), "Q" + i, "A" + i, List.of());
        }
    }

    @Test
    void printsTheSweepWithThePresetsRetentionMarked() throws Exception {
        deck("Geo", 120);
        CliRun r = run("fsrs", "simulate", "--deck", "Geo", "--days", "90");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Deck \"Geo\" (preset \"Default\"): 120 cards, 0 studied; 20 new a day over 90 days."), r.out());
        assertTrue(r.out().contains("*90%"), r.out());
        assertTrue(r.out().contains(" 70%") && r.out().contains(" 97%"), r.out());
        assertTrue(r.out().contains("Answer times: fsrs-rs's defaults"), r.out());
    }

    @Test
    void jsonSaysWhichAnswerTimesAreTheLearnersOwn() throws Exception {
        try (AppServices services = Bootstrap.open(dir, new MutableClock(Instant.parse("2026-03-02T10:00:00Z")))) {
            for (int i = 0; i < 30; i++) {
                var card = services.library().addCard(new DeckName("Geo"), "Q" + i, "A" + i, List.of());
                services.study().answerOutsideSession(card.id(), io.deckhand.domain.schedule.Rating.EASY,
                        java.time.Duration.ofMillis(3500));
            }
        }
        CliRun r = run("fsrs", "simulate", "--deck", "Geo", "--days", "30", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode easy = new ObjectMapper().readTree(r.out()).get("answer_times").get(6);
        assertEquals("learn", easy.get("kind").asText(), r.out());
        assertEquals("easy", easy.get("rating").asText());
        assertEquals("review_log", easy.get("source").asText());
        assertEquals(30, easy.get("answers").asInt());
        assertEquals(3.5, easy.get("seconds").asDouble());
    }

    @Test
    void jsonHoldsTheSweepTheDailyRunAndTheExamPlan() throws Exception {
        deck("Geo", 200);
        String exam = LocalDate.now().plusDays(100).toString();
        CliRun r = run("fsrs", "simulate", "--deck", "Geo", "--days", "60", "--new-per-day", "10",
                "--exam", exam, "--target", "0.8", "--json");
        assertEquals(0, r.code(), r.err());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(28, o.get("sweep").size());
        assertEquals(60, o.get("daily").get("reviews").size());
        assertEquals(61, o.get("daily").get("memorised").size());
        assertEquals(10, o.get("daily").get("learned").get(0).asInt());
        JsonNode plan = o.get("exam");
        assertTrue(plan.get("reachable").asBoolean(), r.out());
        assertTrue(plan.get("message").asText().startsWith("To know 80% of this deck on"), r.out());
        // no answers yet: every answer time is fsrs-rs's default, and says so
        assertEquals(8, o.get("answer_times").size(), r.out());
        for (JsonNode t : o.get("answer_times")) {
            assertEquals("default", t.get("source").asText(), r.out());
            assertEquals(0, t.get("answers").asInt());
        }
        assertEquals("learn", o.get("answer_times").get(0).get("kind").asText());
        assertEquals(33.79, o.get("answer_times").get(0).get("seconds").asDouble());
        // more reviews at 97 % than at 70 %
        assertTrue(o.get("sweep").get(27).get("reviews_per_day").asDouble() > o.get("sweep").get(0).get("reviews_per_day").asDouble());
    }

    @Test
    void aBadDateOrUnknownDeckFailsWithAMessage() throws Exception {
        deck("Geo", 3);
        CliRun bad = run("fsrs", "simulate", "--deck", "Geo", "--exam", "14 March");
        assertNotEquals(0, bad.code());
        assertTrue(bad.err().contains("The exam date must look like 2027-03-14, not \"14 March\"."), bad.err());
        CliRun missing = run("fsrs", "simulate", "--deck", "Nope");
        assertNotEquals(0, missing.code());
        assertTrue(missing.err().contains("There is no deck named \"Nope\"."), missing.err());
        CliRun past = run("fsrs", "simulate", "--deck", "Geo", "--exam", "2001-01-01");
        assertNotEquals(0, past.code());
        assertTrue(past.err().contains("The exam date must be after today"), past.err());
    }
}
