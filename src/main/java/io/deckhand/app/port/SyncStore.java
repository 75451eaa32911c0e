package io.deckhand.app.port;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.SchedulingState;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The collection's side of sync (docs/sync.md): the outbox the collection's own commits fill, the
 * last writer of each synced field, deletions, and writes of other devices' changes by sync identity
 * (never by local row id). Values cross this port as JSON text. Callers are inside a transaction.
 */
public interface SyncStore {
    /** Who wrote a value: last writer wins by time, then by device id. */
    record Stamp(long ts, String device) implements Comparable<Stamp> {
        /** "ts:device", as the journal writes it. */
        public static Stamp parse(String text) {
            int colon = text.indexOf(':');
            return new Stamp(Long.parseLong(text.substring(0, colon)), text.substring(colon + 1));
        }

        @Override
        public String toString() {
            return ts + ":" + device;
        }

        @Override
        public int compareTo(Stamp o) {
            int c = Long.compare(ts, o.ts);
            return c != 0 ? c : device.compareTo(o.device);
        }
    }

    /** A field's last writer and value; {@code prev} the writer of the value it replaced (null: none). */
    record Register(Stamp stamp, String valueJson, Stamp prev) {
    }

    /** A committed change not yet in the journal; {@code line} once folded (empty: it changed nothing synced). */
    record OutboxRow(long seq, long ts, String kind, String action, String entity, String dataJson,
                     Long journalSeq, String line) {
    }

    /** An answer with its sync identity. */
    record SyncedReview(String id, ReviewLogEntry entry) {
    }

    record Applied(String device, long seq, long appliedMs) {
    }

    record Waiting(String device, long seq, String reason) {
    }

    record Conflict(long id, String entity, String field, String keptValueJson, String keptDevice,
                    String lostValueJson, String lostDevice, long lostTs, long foundMs) {
    }

    String deviceId() throws DeckhandException;

    boolean recording() throws DeckhandException;

    /** Starts recording, with every row of the collection put in the outbox as added (a device's first journal). */
    void startRecording() throws DeckhandException;

    /**
     * Starts this device's journal anew (a new sync folder): the outbox is emptied, its lines are
     * numbered on after {@code continueAfter}, and the whole collection goes in as added.
     */
    void restartRecording(long continueAfter) throws DeckhandException;

    /** Marks what follows as another device's change (not recorded again), or ends that. */
    void setApplying(boolean applying) throws DeckhandException;

    /** Brings this device's clock-and-counter stamp past {@code ts}, so later local changes are stamped after it. */
    void observe(long ts) throws DeckhandException;

    /** Outbox rows after {@code afterSeq}, oldest first, at most {@code limit}. */
    List<OutboxRow> outbox(long afterSeq, int limit) throws DeckhandException;

    /** Changes not yet in the journal (rows that changed something synced, or not folded yet). */
    long outboxCount() throws DeckhandException;

    /** Rows not folded yet (no line), oldest first, at most {@code limit}. */
    List<OutboxRow> unfolded(int limit) throws DeckhandException;

    void setLine(long outboxSeq, Long journalSeq, String line) throws DeckhandException;

    /** Takes out the rows whose line is in the journal (journal seq at most {@code journalSeq}) or empty. */
    void dropWritten(long journalSeq) throws DeckhandException;

    long nextJournalSeq() throws DeckhandException;

    /** Numbers new journal lines after {@code last} at least (the journal holds more than the collection knows: a restored backup). */
    void journalHolds(long last) throws DeckhandException;

    Optional<Register> register(String entity, String field) throws DeckhandException;

    void putRegister(String entity, String field, Register register) throws DeckhandException;

    boolean tombstoned(String entity) throws DeckhandException;

    void tombstone(String entity, long ts) throws DeckhandException;

    boolean exists(String kind, String id) throws DeckhandException;

    /**
     * The sync id of the deck that takes cards whose deck another device deleted ("Recovered (sync)"),
     * made (and recorded, so every device holds it) when first needed.
     */
    String recoveryDeck() throws DeckhandException;

    /**
     * Makes a row from another device's values (field → JSON); the reason it cannot yet (a row it
     * refers to is not here), or empty when made.
     */
    Optional<String> create(String kind, String id, Map<String, String> values, long ts) throws DeckhandException;

    /** Writes one field of an existing row; the reason it cannot yet, or empty when written. */
    Optional<String> write(String kind, String id, String field, String valueJson) throws DeckhandException;

    /**
     * Deletes a row. A deck's cards go to the {@link #recoveryDeck()} first (a card moved out of it
     * later, anywhere, still moves); a note's cards go with it and are remembered as deleted.
     */
    void delete(String kind, String id, long ts) throws DeckhandException;

    boolean hasReview(String id) throws DeckhandException;

    /** Another device's answer, by sync identities ({@code deck}: where the card was when answered; may be gone). */
    record ForeignReview(String id, String card, String deck, long atMs, int rating, int elapsedDays, long tookMs,
                         SchedulingState before, SchedulingState after) {
    }

    /** Adds another device's answer; false when its card is not here or the answer already is. */
    boolean insertReview(ForeignReview review) throws DeckhandException;

    /** Deletes an answer; its card's identity and the state before it, when it was here. */
    Optional<Map.Entry<String, SchedulingState>> deleteReview(String id) throws DeckhandException;

    /** The card's answers, oldest first (ties by identity). */
    List<SyncedReview> reviewsOf(String cardId) throws DeckhandException;

    Optional<DeckPreset> presetOf(String cardId) throws DeckhandException;

    /**
     * The answered cards whose scheduler {@code kind} ("preset" or "deck") {@code id} decides: the
     * cards in the decks on that preset, or in that deck. Sync identities.
     */
    List<String> answeredCardsUnder(String kind, String id) throws DeckhandException;

    Optional<SchedulingState> scheduling(String cardId) throws DeckhandException;

    void setScheduling(String cardId, SchedulingState state) throws DeckhandException;

    Map<String, Applied> applied() throws DeckhandException;

    void setApplied(String device, long seq, long appliedMs) throws DeckhandException;

    void replaceWaiting(List<Waiting> waiting) throws DeckhandException;

    List<Waiting> waiting() throws DeckhandException;

    void addConflict(String entity, String field, String keptValueJson, String keptDevice, String lostValueJson,
                     String lostDevice, long lostTs, long foundMs) throws DeckhandException;

    /** The conflicts not closed yet, oldest first. */
    List<Conflict> conflicts() throws DeckhandException;

    /** How a person knows a row (a card's front, a note's first field, a deck's name); empty when it is gone. */
    Optional<String> label(String kind, String id) throws DeckhandException;

    /** An open conflict by id; empty when there is none or it is closed. */
    Optional<Conflict> openConflict(long id) throws DeckhandException;

    /** Closes an open conflict ({@code resolution}: "kept" or "used"); false when it was not open. */
    boolean closeConflict(long id, String resolution, long closedMs) throws DeckhandException;
}
