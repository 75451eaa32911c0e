package io.deckhand.domain.schedule.fsrs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.support.SharedFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Reads ../shared/fixtures/fsrs/fsrs6-vectors.json (ts-fsrs reference output). */
final class FsrsVectors {
    private FsrsVectors() {
    }

    static JsonNode load() {
        try {
            return new ObjectMapper().readTree(SharedFixtures.require("fixtures/fsrs/fsrs6-vectors.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FsrsOptions options(JsonNode p) {
        List<Double> w = new ArrayList<>();
        p.get("w").forEach(n -> w.add(n.asDouble()));
        boolean shortTerm = p.path("enable_short_term").asBoolean(true);
        return new FsrsOptions(w, p.get("request_retention").asDouble(), p.get("maximum_interval").asInt(),
                steps(p.get("learning_steps"), List.of("1m", "10m")), steps(p.get("relearning_steps"), List.of("10m")),
                shortTerm, p.path("enable_fuzz").asBoolean(false));
    }

    private static List<Duration> steps(JsonNode n, List<String> fallback) {
        List<String> texts = new ArrayList<>();
        if (n == null || n.isNull()) texts.addAll(fallback);
        else n.forEach(s -> texts.add(s.asText()));
        List<Duration> out = new ArrayList<>();
        for (String t : texts) {
            long v = Long.parseLong(t.substring(0, t.length() - 1));
            out.add(switch (t.charAt(t.length() - 1)) {
                case 'm' -> Duration.ofMinutes(v);
                case 'h' -> Duration.ofHours(v);
                case 'd' -> Duration.ofDays(v);
                default -> throw new IllegalArgumentException(t);
            });
        }
        return out;
    }

    /** A card as given in next_state_options. */
    static SchedulingState card(JsonNode c) {
        JsonNode last = c.get("last_review");
        return new SchedulingState(CardState.fromCode(c.get("state").asInt()), Instant.parse(c.get("due").asText()),
                c.get("stability").asDouble(), c.get("difficulty").asDouble(), c.get("scheduled_days").asInt(),
                c.get("reps").asInt(), c.get("lapses").asInt(), c.get("learning_steps").asInt(),
                last == null || last.isNull() ? null : Instant.parse(last.asText()), SchedulingState.DEFAULT_EASE);
    }
}
