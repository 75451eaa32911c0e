package io.deckhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.app.AppServices;
import io.deckhand.bootstrap.Bootstrap;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.support.CliRun;
import io.deckhand.support.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** stats prints the service's figures: five answers today in the bundled Kubernetes deck. */
class StatsCommandTest {
    @TempDir
    static Path dir;
    static long cards;

    @BeforeAll
    static void study() throws Exception {
        // the same fixed clock as CliRun's, so the answers are today's for the command too
        try (AppServices services = Bootstrap.open(dir, new MutableClock(Instant.parse("2026-03-02T10:00:00Z")))) {
            var deck = services.deckOptions().deckNamed("Kubernetes").id();
            Rating[] ratings = {Rating.GOOD, Rating.AGAIN, Rating.EASY, Rating.GOOD, Rating.HARD};
            for (Rating r : ratings) {
                var c = services.study().next(deck).orElseThrow();
                services.study().answer(c.card().id(), r, Duration.ofSeconds(6));
            }
            cards = services.library().cardCount();
        }
    }

    private static CliRun stats(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--data-dir";
        all[1] = dir.toString();
        all[2] = "stats";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.withCollection(all);
    }

    @Test
    void jsonFiguresAgreeWithEachOther() throws Exception {
        CliRun run = stats("--json");
        assertEquals(0, run.code(), run.err());
        JsonNode o = new ObjectMapper().readTree(run.out());
        assertTrue(o.get("deck").isNull());
        assertEquals(5, o.get("answers").asLong());
        assertEquals(30_000, o.get("studyMs").asLong());
        assertEquals(365, o.get("heatmap").size());
        long heat = 0;
        for (JsonNode d : o.get("heatmap")) heat += d.get("answers").asLong();
        assertEquals(5, heat);
        long buttons = 0;
        for (JsonNode b : o.get("buttons")) buttons += b.get("again").asLong() + b.get("hard").asLong()
                + b.get("good").asLong() + b.get("easy").asLong();
        assertEquals(5, buttons);
        assertEquals(1, o.get("buttons").get(0).get("again").asLong());
        assertEquals(cards, o.get("states").get("total").asLong());
        assertEquals(5, o.get("heatmap").get(364).get("new").asLong(), "all five were new cards, today");
        assertEquals(0, o.get("retention").get(3).get("all").get("reviews").asLong());
        assertTrue(o.get("retention").get(3).get("all").get("rate").isNull());
        assertEquals(90, o.get("forecast").get("days").size());
        boolean kubernetes = false;
        for (JsonNode t : o.get("topics")) {
            if (t.get("kind").asText().equals("deck") && t.get("name").asText().equals("Kubernetes")) {
                kubernetes = true;
                assertEquals(0, t.get("reviews").asLong(), "new cards only: no review answers yet");
                assertTrue(t.get("retention").isNull());
            }
        }
        assertTrue(kubernetes, o.get("topics").toString());
    }

    @Test
    void textNamesTheDeckAndTheFigures() {
        CliRun run = stats("--deck", "kubernetes");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("deck Kubernetes (with sub-decks)"), run.out());
        assertTrue(run.out().contains("Reviews in the last year: 5 answers on 1 day, 1 min of study"), run.out());
        assertTrue(run.out().contains("Topics, weakest first"), run.out());
    }

    @Test
    void anUnknownDeckIsOneLineAndExitOne() {
        CliRun run = stats("--deck", "Nope");
        assertEquals(1, run.code());
        assertTrue(run.err().contains("There is no deck named \"Nope\"."), run.err());
    }
}
