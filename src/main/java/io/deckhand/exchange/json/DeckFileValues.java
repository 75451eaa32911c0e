package io.deckhand.exchange.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulerKind;
import io.deckhand.domain.schedule.SchedulingState;
import io.deckhand.exchange.FormatException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The version 2 values (scheduling, review rows, presets) to and from JSON nodes. */
final class DeckFileValues {
    private DeckFileValues() {
    }

    static void putScheduling(ObjectNode n, SchedulingState s) {
        n.put("state", s.state().name().toLowerCase(Locale.ROOT));
        n.put("due", s.due().toString());
        n.put("stability", s.stability());
        n.put("difficulty", s.difficulty());
        n.put("scheduledDays", s.scheduledDays());
        n.put("reps", s.reps());
        n.put("lapses", s.lapses());
        n.put("step", s.step());
        if (s.lastReview() == null) n.putNull("lastReview");
        else n.put("lastReview", s.lastReview().toString());
        n.put("ease", s.ease());
    }

    static SchedulingState scheduling(JsonNode n, String where) throws FormatException {
        if (!n.isObject()) throw new FormatException(where + " is not an object.");
        CardState state;
        try {
            state = CardState.valueOf(n.path("state").asText("").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FormatException(where + " has an unknown \"state\" \"" + n.path("state").asText() + "\".");
        }
        JsonNode last = n.path("lastReview");
        try {
            return new SchedulingState(state, instant(n, "due", where),
                    number(n, "stability", where), number(n, "difficulty", where), integer(n, "scheduledDays", where),
                    integer(n, "reps", where), integer(n, "lapses", where), integer(n, "step", where),
                    last.isMissingNode() || last.isNull() ? null : instant(n, "lastReview", where),
                    n.has("ease") ? number(n, "ease", where) : SchedulingState.DEFAULT_EASE);
        } catch (IllegalArgumentException e) {
            throw new FormatException(where + ": " + e.getMessage() + ".");
        }
    }

    static void putReview(ObjectNode n, DeckFile.Review r) {
        n.put("time", r.reviewedAt().toString());
        n.put("rating", r.rating().code());
        n.put("elapsedDays", r.elapsedDays());
        n.put("durationMs", r.answerTime().toMillis());
        putScheduling(n.putObject("before"), r.before());
        putScheduling(n.putObject("after"), r.after());
    }

    static DeckFile.Review review(JsonNode n, String where) throws FormatException {
        if (!n.isObject()) throw new FormatException(where + " is not an object.");
        Rating rating;
        try {
            rating = Rating.fromCode(integer(n, "rating", where));
        } catch (IllegalArgumentException e) {
            throw new FormatException(where + " has a \"rating\" outside 1-4.");
        }
        try {
            return new DeckFile.Review(instant(n, "time", where), rating, integer(n, "elapsedDays", where),
                    Duration.ofMillis(integer(n, "durationMs", where)),
                    scheduling(n.path("before"), where + " \"before\""), scheduling(n.path("after"), where + " \"after\""));
        } catch (IllegalArgumentException e) {
            throw new FormatException(where + ": " + e.getMessage() + ".");
        }
    }

    static void putPreset(ObjectNode n, DeckPreset p) {
        n.put("name", p.name());
        n.put("scheduler", p.scheduler().code());
        n.put("desiredRetention", p.desiredRetention());
        ArrayNode learning = n.putArray("learningStepsSeconds");
        p.learningSteps().forEach(d -> learning.add(d.toSeconds()));
        ArrayNode relearning = n.putArray("relearningStepsSeconds");
        p.relearningSteps().forEach(d -> relearning.add(d.toSeconds()));
        n.put("maximumIntervalDays", p.maximumIntervalDays());
        n.put("newPerDay", p.newPerDay());
        n.put("reviewsPerDay", p.reviewsPerDay());
        n.put("fuzz", p.fuzz());
        ArrayNode w = n.putArray("fsrsWeights");
        p.fsrsWeights().forEach(w::add);
    }

    /** {@code id} only links the preset inside the file. */
    static DeckPreset preset(JsonNode n, long id, String where) throws FormatException {
        if (!n.isObject()) throw new FormatException(where + " is not an object.");
        String name = n.path("name").asText("");
        if (name.isBlank()) throw new FormatException(where + " has no \"name\".");
        where = "preset \"" + name + "\"";
        SchedulerKind kind;
        try {
            kind = SchedulerKind.fromCode(n.path("scheduler").asText(""));
        } catch (IllegalArgumentException e) {
            throw new FormatException(where + " has an unknown \"scheduler\" \"" + n.path("scheduler").asText() + "\".");
        }
        List<Double> weights = new ArrayList<>();
        for (JsonNode w : n.path("fsrsWeights")) {
            if (!w.isNumber()) throw new FormatException(where + " has a weight that is not a number.");
            weights.add(w.asDouble());
        }
        try {
            return new DeckPreset(new PresetId(id), name, kind, number(n, "desiredRetention", where),
                    steps(n, "learningStepsSeconds", where), steps(n, "relearningStepsSeconds", where),
                    integer(n, "maximumIntervalDays", where), integer(n, "newPerDay", where),
                    integer(n, "reviewsPerDay", where), n.path("fuzz").asBoolean(true), weights);
        } catch (IllegalArgumentException e) {
            throw new FormatException(where + ": " + e.getMessage() + ".");
        }
    }

    private static List<Duration> steps(JsonNode n, String field, String where) throws FormatException {
        List<Duration> steps = new ArrayList<>();
        for (JsonNode s : n.path(field)) {
            if (!s.canConvertToLong() || s.asLong() <= 0) {
                throw new FormatException(where + " has a step in \"" + field + "\" that is not a positive number of seconds.");
            }
            steps.add(Duration.ofSeconds(s.asLong()));
        }
        return steps;
    }

    private static Instant instant(JsonNode n, String field, String where) throws FormatException {
        try {
            return Instant.parse(n.path(field).asText(""));
        } catch (DateTimeParseException e) {
            throw new FormatException(where + " has no valid \"" + field + "\" (an ISO-8601 UTC time such as 2026-03-02T10:00:00Z).");
        }
    }

    private static double number(JsonNode n, String field, String where) throws FormatException {
        JsonNode v = n.path(field);
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) throw new FormatException(where + " has no number \"" + field + "\".");
        return v.asDouble();
    }

    private static int integer(JsonNode n, String field, String where) throws FormatException {
        JsonNode v = n.path(field);
        if (!v.isIntegralNumber() || !v.canConvertToInt()) throw new FormatException(where + " has no whole number \"" + field + "\".");
        return v.asInt();
    }
}
