package io.deckhand.exchange.apkg;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import java.time.Duration;
import java.time.Instant;

/**
 * Turns one row of Anki's {@code cards} table into Deckhand scheduling values. Anki stores due
 * dates three ways: a queue position for new cards, epoch seconds for intraday learning, and days
 * since the collection was created ({@code col.crt}) for review and day-learning cards.
 */
final class AnkiCardMapper {
    /** Anki's raw card row (the columns the importer needs). */
    record Row(long id, long noteId, long deckId, long originalDeckId, int ordinal, int type, int queue, long due,
               long originalDue, int interval, int factor, int reps, int lapses, int flags, String data) {
    }

    /** FSRS memory state from {@code cards.data} ({@code s}, {@code d}), if Anki had one. */
    record Memory(double stability, double difficulty, Instant lastReview) {
    }

    /** Made on first use: Jackson loads some 370 classes at a command's start, and only cards whose data may hold FSRS memory need it. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final long EPOCH_SECONDS_THRESHOLD = 1_000_000_000L;

    private final Instant collectionCreated;

    AnkiCardMapper(Instant collectionCreated) {
        this.collectionCreated = collectionCreated;
    }

    static CardKind kindOf(boolean cloze, int templateCount) {
        if (cloze) return CardKind.CLOZE;
        return templateCount >= 2 ? CardKind.REVERSED : CardKind.BASIC;
    }

    boolean suspended(Row row) {
        return row.queue() == -1;
    }

    boolean buried(Row row) {
        return row.queue() == -2 || row.queue() == -3;
    }

    Memory memory(Row row) {
        if (row.data() == null || row.data().isBlank() || row.data().equals("{}")) return null;
        if (!mayHaveKey(row.data(), "\"s\"") || !mayHaveKey(row.data(), "\"d\"")) return null;
        try {
            JsonNode d = Json.MAPPER.readTree(row.data());
            if (!d.path("s").isNumber() || !d.path("d").isNumber()) return null;
            double s = d.path("s").asDouble();
            double diff = d.path("d").asDouble();
            if (!(s > 0) || !(diff >= 1 && diff <= 10)) return null;
            Instant lrt = d.path("lrt").isNumber() ? Instant.ofEpochSecond(d.path("lrt").asLong()) : null;
            return new Memory(s, diff, lrt);
        } catch (java.io.IOException | RuntimeException e) {
            return null; // custom data we do not understand is not an error
        }
    }

    /**
     * False when the JSON text cannot hold this key: it is not there as written and nothing in the text
     * is escaped (an escape could spell it). Anki writes {@code {"pos":3,"lrt":...}} for cards without
     * FSRS memory, and parsing each of those cost an import a tree per card.
     */
    private static boolean mayHaveKey(String json, String quotedKey) {
        return json.contains(quotedKey) || json.indexOf('\\') >= 0;
    }

    /**
     * Scheduling for a card; {@code lastReview} comes from the review log (null when none).
     * A card in a filtered deck is scheduled by its original due date.
     */
    SchedulingState scheduling(Row row, Memory memory, Instant lastReview) {
        CardState state = stateOf(row.type());
        long due = row.originalDeckId() != 0 && row.originalDue() != 0 ? row.originalDue() : row.due();
        Instant created = row.id() > EPOCH_SECONDS_THRESHOLD * 10 ? Instant.ofEpochMilli(row.id()) : collectionCreated;
        int reps = Math.max(0, row.reps());
        int lapses = Math.max(0, row.lapses());
        double ease = row.factor() > 0 ? row.factor() / 1000.0 : SchedulingState.DEFAULT_EASE;
        if (state == CardState.NEW) {
            return new SchedulingState(CardState.NEW, created, 0, 0, 0, reps, lapses, 0, null, ease);
        }
        Instant dueAt = due > EPOCH_SECONDS_THRESHOLD ? Instant.ofEpochSecond(due)
                : collectionCreated.plus(Duration.ofDays(Math.max(0, due)));
        int days = state == CardState.REVIEW ? Math.max(0, row.interval()) : 0;
        Instant last = lastReview;
        if (memory != null && memory.lastReview() != null) last = memory.lastReview();
        if (last == null && state == CardState.REVIEW) last = dueAt.minus(Duration.ofDays(days));
        double s = memory == null ? 0 : memory.stability();
        double d = memory == null ? 0 : memory.difficulty();
        return new SchedulingState(state, dueAt, s, d, days, reps, lapses, 0, last, ease);
    }

    private static CardState stateOf(int type) {
        return switch (type) {
            case 1 -> CardState.LEARNING;
            case 2 -> CardState.REVIEW;
            case 3 -> CardState.RELEARNING;
            default -> CardState.NEW;
        };
    }
}
