package io.deckhand.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.app.error.InvalidInputException;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.fsrs.FsrsOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a file shaped like the FSRS reference vectors: {@code suites} by name, each with
 * {@code parameters} (ts-fsrs names) and {@code histories} of ratings and review times. Expected
 * values in the file are ignored.
 */
final class FsrsReplayReader {

    record Review(int step, Rating rating, Instant time) {
    }

    record History(String id, Instant start, List<Review> reviews) {
    }

    record Suite(String name, FsrsOptions options, List<History> histories) {
    }

    private static final long MAX_BYTES = 64L << 20;

    private FsrsReplayReader() {
    }

    static List<Suite> read(Path file) throws InvalidInputException {
        JsonNode root;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new InvalidInputException(file + " is not a regular file (a folder, pipe, device or socket).");
            }
            if (Files.size(file) > MAX_BYTES) throw new InvalidInputException(file + " is larger than 64 MB.");
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("Cannot find " + file + ".", e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + " is not valid JSON (line "
                    + e.getLocation().getLineNr() + ").", e);
        } catch (IOException e) {
            throw new InvalidInputException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        JsonNode suites = root == null ? null : root.get("suites");
        if (suites == null || !suites.isObject() || suites.isEmpty()) {
            throw new InvalidInputException(file + " has no \"suites\" object; expected {\"suites\": {NAME: {...}}}.");
        }
        List<Suite> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = suites.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.add(suite(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static Suite suite(String name, JsonNode s) throws InvalidInputException {
        String where = "suite \"" + name + "\"";
        FsrsOptions options = options(where, s.path("parameters"));
        JsonNode histories = s.get("histories");
        if (histories == null || !histories.isArray()) {
            throw new InvalidInputException(where + " has no \"histories\" list.");
        }
        List<History> list = new ArrayList<>();
        int index = 0;
        for (JsonNode h : histories) {
            index++;
            list.add(history(where, index, h));
        }
        return new Suite(name, options, list);
    }

    private static History history(String suite, int index, JsonNode h) throws InvalidInputException {
        String id = h.hasNonNull("id") ? h.get("id").asText() : String.valueOf(index);
        String where = suite + ", history \"" + id + "\"";
        JsonNode reviews = h.get("reviews");
        if (reviews == null || !reviews.isArray()) throw new InvalidInputException(where + " has no \"reviews\" list.");
        List<Review> list = new ArrayList<>();
        int n = 0;
        for (JsonNode r : reviews) {
            n++;
            String at = where + ", review " + n;
            JsonNode rating = r.get("rating");
            if (rating == null || !rating.canConvertToInt() || rating.asInt() < 1 || rating.asInt() > 4) {
                throw new InvalidInputException(at + ": \"rating\" must be 1 (Again) to 4 (Easy).");
            }
            int step = r.hasNonNull("step") ? r.get("step").asInt() : n;
            list.add(new Review(step, Rating.fromCode(rating.asInt()), time(at, r, "review_time")));
        }
        Instant start = h.hasNonNull("start") ? time(where, h, "start")
                : list.isEmpty() ? Instant.EPOCH : list.get(0).time();
        return new History(id, start, list);
    }

    /** A time given as {@code NAME_ms} (epoch milliseconds) or {@code NAME} (ISO-8601). */
    private static Instant time(String where, JsonNode node, String name) throws InvalidInputException {
        JsonNode ms = node.get(name + "_ms");
        if (ms != null && ms.canConvertToLong()) return Instant.ofEpochMilli(ms.asLong());
        JsonNode text = node.get(name);
        if (text != null && text.canConvertToLong() && !text.isTextual()) return Instant.ofEpochMilli(text.asLong());
        if (text != null && text.isTextual()) {
            try {
                return Instant.parse(text.asText());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(where + ": \"" + name + "\" is not an ISO-8601 time: " + text.asText());
            }
        }
        throw new InvalidInputException(where + " has no \"" + name + "\" (ISO-8601) or \"" + name + "_ms\".");
    }

    private static FsrsOptions options(String where, JsonNode p) throws InvalidInputException {
        List<Double> w = new ArrayList<>(DeckPreset.DEFAULT_FSRS6_WEIGHTS);
        JsonNode wn = p.get("w");
        if (wn != null) {
            if (!wn.isArray() || wn.size() != 21) {
                throw new InvalidInputException(where + ": \"w\" must list the 21 FSRS-6 parameters.");
            }
            w.clear();
            for (JsonNode x : wn) {
                if (!x.isNumber()) throw new InvalidInputException(where + ": \"w\" holds a value that is not a number.");
                w.add(x.asDouble());
            }
        }
        double retention = p.path("request_retention").asDouble(0.9);
        int max = p.path("maximum_interval").asInt(36500);
        try {
            return new FsrsOptions(w, retention, max,
                    steps(where, p.get("learning_steps"), List.of(Duration.ofMinutes(1), Duration.ofMinutes(10))),
                    steps(where, p.get("relearning_steps"), List.of(Duration.ofMinutes(10))),
                    p.path("enable_short_term").asBoolean(true), p.path("enable_fuzz").asBoolean(false));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(where + ": " + e.getMessage(), e);
        }
    }

    private static List<Duration> steps(String where, JsonNode n, List<Duration> fallback) throws InvalidInputException {
        if (n == null || n.isNull()) return fallback;
        if (!n.isArray()) throw new InvalidInputException(where + ": steps must be a list like [\"1m\", \"10m\"].");
        List<Duration> out = new ArrayList<>();
        for (JsonNode s : n) out.add(step(where, s.asText()));
        return out;
    }

    private static Duration step(String where, String text) throws InvalidInputException {
        String t = text.trim();
        if (t.length() >= 2) {
            try {
                long v = Long.parseLong(t.substring(0, t.length() - 1));
                if (v > 0) {
                    switch (t.charAt(t.length() - 1)) {
                        case 's': return Duration.ofSeconds(v);
                        case 'm': return Duration.ofMinutes(v);
                        case 'h': return Duration.ofHours(v);
                        case 'd': return Duration.ofDays(v);
                        default: break;
                    }
                }
            } catch (NumberFormatException e) {
                // falls through to the message below
            }
        }
        throw new InvalidInputException(where + ": step \"" + text + "\" should look like 1m, 10m, 1h or 1d.");
    }
}
