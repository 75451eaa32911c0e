package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.SyncStore;
import io.deckhand.domain.card.CardId;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.review.ReviewLogEntry;
import io.deckhand.domain.schedule.Rating;
import io.deckhand.domain.schedule.SchedulingState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Sync's tables (schema 6) and its writes by sync identity; values arrive as JSON and are read with SQLite's JSON functions. */
public final class SqliteSyncStore implements SyncStore {
    private static final SchedulingColumns PLAIN = new SchedulingColumns("");
    private static final SchedulingColumns BEFORE = new SchedulingColumns("before_");
    private static final SchedulingColumns AFTER = new SchedulingColumns("after_");
    private static final Set<String> PRESET_COLUMNS = Set.of("name", "scheduler", "desired_retention", "learning_steps",
            "relearning_steps", "max_interval", "new_per_day", "reviews_per_day", "fuzz", "fsrs_weights");
    private static final Set<String> CARD_COLUMNS = Set.of("kind", "front", "back", "tags", "suspended", "flag");

    private final Database db;
    private final SqlitePresetRepository presets;

    public SqliteSyncStore(Database db) {
        this.db = db;
        this.presets = new SqlitePresetRepository(db);
    }

    @Override
    public String deviceId() throws DeckhandException {
        return Rows.list(db, "read the sync state", "SELECT device_id FROM sync_state", rs -> rs.getString(1)).get(0);
    }

    @Override
    public boolean recording() throws DeckhandException {
        try {
            return Rows.number(db, "read the sync state", "SELECT recording FROM sync_state") == 1 && SyncTriggers.present(db);
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "read the sync state");
        }
    }

    @Override
    public void startRecording() throws DeckhandException {
        if (recording()) return;
        giveIdentities();
        try {
            SyncTriggers.create(db);
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "start recording changes");
        }
        // What the collection holds already goes first, stamped when each row last changed (a device's
        // older edit must not lose to another device's untouched copy merely because sync started later).
        update("start recording changes", "INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) "
                + "SELECT 0, 'preset', 'add', guid, data FROM sync_preset_json ORDER BY id");
        update("start recording changes", "INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) "
                + "SELECT d.created_ms, 'deck', 'add', v.guid, v.data FROM sync_deck_json v JOIN decks d ON d.id = v.id ORDER BY v.id");
        update("start recording changes", "INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) "
                + "SELECT n.modified_ms, 'note', 'add', v.guid, v.data FROM sync_note_json v JOIN notes n ON n.id = v.id ORDER BY v.id");
        update("start recording changes", "INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) "
                + "SELECT c.modified_ms, 'card', 'add', v.guid, v.data FROM sync_card_json v JOIN cards c ON c.id = v.id ORDER BY v.id");
        update("start recording changes", "INSERT INTO sync_outbox(ts_ms, kind, action, entity, data) "
                + "SELECT r.reviewed_ms, 'review', 'add', v.guid, v.data FROM sync_review_json v JOIN review_log r ON r.id = v.id "
                + "ORDER BY r.reviewed_ms, v.id");
        update("start recording changes", "UPDATE sync_state SET recording = 1, "
                + "hlc_ms = max(hlc_ms, coalesce((SELECT max(ts_ms) FROM sync_outbox), 0))");
    }

    /**
     * Identities of the notes, cards and answers added while nothing was recorded (no triggers then),
     * as the recording triggers give them: a note its guid ("#row id" after a twin), a card its note's
     * and its place among the note's cards, an answer its card's and its millisecond.
     */
    private void giveIdentities() throws DeckhandException {
        update("start recording changes", "UPDATE notes SET sync_guid = guid || CASE WHEN EXISTS (SELECT 1 FROM notes n2 "
                + "WHERE n2.sync_guid = notes.guid OR (n2.sync_guid IS NULL AND n2.guid = notes.guid AND n2.id < notes.id)) "
                + "THEN '#' || id ELSE '' END WHERE sync_guid IS NULL");
        // in id order: each card follows the note's numbered cards and the unnumbered ones before it
        update("start recording changes", "UPDATE cards SET ord = coalesce((SELECT max(c2.ord) FROM cards c2 "
                + "WHERE c2.note_id = cards.note_id AND c2.ord IS NOT NULL AND c2.id <> cards.id), -1) + 1 "
                + "+ (SELECT count(*) FROM cards c2 WHERE c2.note_id = cards.note_id AND c2.ord IS NULL AND c2.id < cards.id) "
                + "WHERE ord IS NULL");
        update("start recording changes", "UPDATE cards SET guid = (SELECT sync_guid FROM notes WHERE notes.id = cards.note_id) "
                + "|| '/' || ord WHERE guid IS NULL");
        update("start recording changes", "UPDATE review_log SET guid = (SELECT c.guid FROM cards c WHERE c.id = review_log.card_id) "
                + "|| '@' || reviewed_ms || CASE WHEN EXISTS (SELECT 1 FROM review_log r2 WHERE r2.card_id = review_log.card_id "
                + "AND r2.reviewed_ms = review_log.reviewed_ms AND r2.id < review_log.id) THEN '#' || id ELSE '' END "
                + "WHERE guid IS NULL");
    }

    @Override
    public void restartRecording(long continueAfter) throws DeckhandException {
        update("start recording changes", "DELETE FROM sync_outbox");
        update("start recording changes", "UPDATE sync_state SET recording = 0, journal_seq = ?", continueAfter);
        startRecording();
    }

    @Override
    public void setApplying(boolean applying) throws DeckhandException {
        update("apply other devices' changes", "UPDATE sync_state SET applying = ?", applying ? 1 : 0);
    }

    @Override
    public void observe(long ts) throws DeckhandException {
        update("apply other devices' changes", "UPDATE sync_state SET hlc_ms = max(hlc_ms, ?)", ts);
    }

    @Override
    public List<OutboxRow> outbox(long afterSeq, int limit) throws DeckhandException {
        return Rows.list(db, "read the sync outbox", "SELECT seq, ts_ms, kind, action, entity, data, jseq, line "
                + "FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?", SqliteSyncStore::outboxRow, afterSeq, limit);
    }

    @Override
    public long outboxCount() throws DeckhandException {
        return Rows.number(db, "read the sync outbox", "SELECT count(*) FROM sync_outbox WHERE line IS NULL OR line <> ''");
    }

    @Override
    public List<OutboxRow> unfolded(int limit) throws DeckhandException {
        return Rows.list(db, "read the sync outbox", "SELECT seq, ts_ms, kind, action, entity, data, jseq, line "
                + "FROM sync_outbox WHERE line IS NULL ORDER BY seq LIMIT ?", SqliteSyncStore::outboxRow, limit);
    }

    private static OutboxRow outboxRow(ResultSet rs) throws SQLException {
        long jseq = rs.getLong(7);
        Long journalSeq = rs.wasNull() ? null : jseq;
        return new OutboxRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), journalSeq, rs.getString(8));
    }

    @Override
    public void setLine(long outboxSeq, Long journalSeq, String line) throws DeckhandException {
        update("record a change for sync", "UPDATE sync_outbox SET jseq = ?, line = ? WHERE seq = ?",
                journalSeq, line, outboxSeq);
        if (journalSeq != null) {
            update("record a change for sync", "UPDATE sync_state SET journal_seq = max(journal_seq, ?)", journalSeq);
        }
    }

    @Override
    public void dropWritten(long journalSeq) throws DeckhandException {
        update("tidy the sync outbox", "DELETE FROM sync_outbox WHERE line = '' OR jseq <= ?", journalSeq);
    }

    @Override
    public long nextJournalSeq() throws DeckhandException {
        return Rows.number(db, "read the sync state", "SELECT journal_seq + 1 FROM sync_state");
    }

    @Override
    public void journalHolds(long last) throws DeckhandException {
        update("record a change for sync", "UPDATE sync_state SET journal_seq = max(journal_seq, ?)", last);
    }

    @Override
    public Optional<Register> register(String entity, String field) throws DeckhandException {
        return Rows.list(db, "read the sync registers", "SELECT ts_ms, device, value, prev FROM sync_registers "
                        + "WHERE entity = ? AND field = ?",
                rs -> new Register(new Stamp(rs.getLong(1), rs.getString(2)), rs.getString(3),
                        rs.getString(4) == null ? null : Stamp.parse(rs.getString(4))), entity, field)
                .stream().findFirst();
    }

    @Override
    public void putRegister(String entity, String field, Register r) throws DeckhandException {
        update("record a synced value", "INSERT OR REPLACE INTO sync_registers(entity, field, ts_ms, device, value, prev) "
                        + "VALUES (?, ?, ?, ?, ?, ?)", entity, field, r.stamp().ts(), r.stamp().device(), r.valueJson(),
                r.prev() == null ? null : r.prev().toString());
    }

    @Override
    public boolean tombstoned(String entity) throws DeckhandException {
        return Rows.number(db, "read the sync state", "SELECT count(*) FROM sync_tombstones WHERE entity = ?", entity) > 0;
    }

    @Override
    public void tombstone(String entity, long ts) throws DeckhandException {
        update("record a deletion for sync", "INSERT OR IGNORE INTO sync_tombstones(entity, ts_ms) VALUES (?, ?)", entity, ts);
    }

    @Override
    public boolean exists(String kind, String id) throws DeckhandException {
        return Rows.number(db, "read the collection", "SELECT count(*) FROM " + table(kind) + " WHERE "
                + guidColumn(kind) + " = ?", id) > 0;
    }

    @Override
    public Optional<String> create(String kind, String id, Map<String, String> v, long ts) throws DeckhandException {
        switch (kind) {
            case "preset" -> {
                update("add a preset from another device", "INSERT INTO presets(guid, name, scheduler, desired_retention, "
                                + "learning_steps, relearning_steps, max_interval, new_per_day, reviews_per_day, fuzz, fsrs_weights) "
                                + "VALUES (?, " + "json_extract(?, '$'), ".repeat(9) + "json_extract(?, '$'))", id,
                        v.get("name"), v.get("scheduler"), v.get("desired_retention"), v.get("learning_steps"),
                        v.get("relearning_steps"), v.get("max_interval"), v.get("new_per_day"), v.get("reviews_per_day"),
                        v.get("fuzz"), v.get("fsrs_weights"));
            }
            case "deck" -> {
                Optional<Long> preset = idOf("preset", v.get("preset"));
                if (preset.isEmpty()) return Optional.of("its deck options preset has not arrived yet");
                if (Rows.number(db, "read the decks", "SELECT count(*) FROM decks WHERE name = json_extract(?, '$')",
                        v.get("name")) > 0) {
                    return Optional.of("a different deck here is already named " + v.get("name"));
                }
                update("add a deck from another device", "INSERT INTO decks(guid, name, preset_id, created_ms) "
                        + "VALUES (?, json_extract(?, '$'), ?, coalesce(json_extract(?, '$'), ?))", id, v.get("name"),
                        preset.get(), v.get("created_ms"), ts);
            }
            case "note" -> {
                if (Rows.number(db, "read the notes", "SELECT count(*) FROM notes WHERE guid = json_extract(?, '$')",
                        v.get("guid")) > 0) {
                    return Optional.of("a different note here has the same content id " + v.get("guid"));
                }
                List<String> fields = Rows.list(db, "read a note's fields", "SELECT value FROM json_each(?) ORDER BY key",
                        rs -> rs.getString(1), v.getOrDefault("fields", "[]"));
                update("add a note from another device", "INSERT INTO notes(sync_guid, guid, note_type, fields, content_hash, "
                                + "modified_ms) VALUES (?, json_extract(?, '$'), json_extract(?, '$'), ?, "
                                + "coalesce(json_extract(?, '$'), ''), ?)", id, v.get("guid"), v.get("type"),
                        Rows.joinList(fields), v.get("content_hash"), ts);
            }
            case "card" -> {
                Optional<Long> note = idOf("note", v.get("note"));
                if (note.isEmpty()) return Optional.of("its note has not arrived yet");
                Optional<Long> deck = idOf("deck", v.get("deck"));
                if (deck.isEmpty()) return Optional.of("its deck has not arrived yet");
                int slash = id.lastIndexOf('/');
                Integer ord = slash < 0 ? null : parseIntOrNull(id.substring(slash + 1));
                StringBuilder sched = new StringBuilder();
                for (int i = 0; i < SchedulingColumns.COUNT; i++) sched.append(", json_extract(?, '$[").append(i).append("]')");
                Object[] params = new Object[14 + SchedulingColumns.COUNT];
                int i = 0;
                params[i++] = id;
                params[i++] = ord;
                params[i++] = note.get();
                params[i++] = deck.get();
                for (String f : List.of("kind", "front", "back", "tags", "suspended", "flag", "buried")) params[i++] = v.get(f);
                for (int k = 0; k < SchedulingColumns.COUNT; k++) params[i++] = v.get("sched");
                params[i++] = ts;
                update("add a card from another device", "INSERT INTO cards(guid, ord, note_id, deck_id, kind, front, back, tags, "
                        + "suspended, flag, buried_until_ms, " + PLAIN.names() + ", modified_ms) VALUES (?, ?, ?, ?, "
                        + "json_extract(?, '$'), json_extract(?, '$'), json_extract(?, '$'), coalesce(json_extract(?, '$'), ''), "
                        + "coalesce(json_extract(?, '$'), 0), coalesce(json_extract(?, '$'), 0), "
                        + "coalesce(json_extract(?, '$'), 0)" + sched + ", ?)",
                        java.util.Arrays.copyOf(params, i));
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
        return Optional.empty();
    }

    private static Integer parseIntOrNull(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public Optional<String> write(String kind, String id, String field, String value) throws DeckhandException {
        String action = "apply another device's change";
        switch (kind) {
            case "preset" -> {
                if (PRESET_COLUMNS.contains(field)) {
                    update(action, "UPDATE presets SET " + field + " = json_extract(?, '$') WHERE guid = ?", value, id);
                }
            }
            case "deck" -> {
                if (field.equals("name")) {
                    if (Rows.number(db, "read the decks", "SELECT count(*) FROM decks WHERE name = json_extract(?, '$') "
                            + "AND guid <> ?", value, id) > 0) {
                        return Optional.of("a different deck here is already named " + value);
                    }
                    update(action, "UPDATE decks SET name = json_extract(?, '$') WHERE guid = ?", value, id);
                } else if (field.equals("preset")) {
                    Optional<Long> preset = idOf("preset", value);
                    if (preset.isEmpty()) return Optional.of("its deck options preset has not arrived yet");
                    update(action, "UPDATE decks SET preset_id = ? WHERE guid = ?", preset.get(), id);
                }
            }
            case "note" -> {
                if (field.equals("guid")) {
                    update(action, "UPDATE notes SET guid = json_extract(?, '$') WHERE sync_guid = ?", value, id);
                } else if (field.equals("type")) {
                    update(action, "UPDATE notes SET note_type = json_extract(?, '$') WHERE sync_guid = ?", value, id);
                } else if (field.equals("content_hash")) {
                    update(action, "UPDATE notes SET content_hash = json_extract(?, '$') WHERE sync_guid = ?", value, id);
                } else if (field.matches("f\\d{1,4}")) {
                    int index = Integer.parseInt(field.substring(1));
                    String fields = Rows.list(db, "read a note", "SELECT fields FROM notes WHERE sync_guid = ?",
                            rs -> rs.getString(1), id).get(0);
                    List<String> list = new java.util.ArrayList<>(fields.isEmpty() ? List.of() : Rows.splitList(fields));
                    while (list.size() <= index) list.add("");
                    String text = Rows.list(db, "read a value", "SELECT json_extract(?, '$')", rs -> rs.getString(1),
                            value).get(0);
                    list.set(index, text == null ? "" : text);
                    update(action, "UPDATE notes SET fields = ? WHERE sync_guid = ?", Rows.joinList(list), id);
                }
            }
            case "card" -> {
                if (field.equals("deck")) {
                    Optional<Long> deck = idOf("deck", value);
                    if (deck.isEmpty()) return Optional.of("it moves a card to a deck that has not arrived yet");
                    update(action, "UPDATE cards SET deck_id = ? WHERE guid = ?", deck.get(), id);
                } else if (field.equals("buried")) {
                    update(action, "UPDATE cards SET buried_until_ms = coalesce(json_extract(?, '$'), 0) WHERE guid = ?",
                            value, id);
                } else if (CARD_COLUMNS.contains(field)) {
                    update(action, "UPDATE cards SET " + field + " = json_extract(?, '$') WHERE guid = ?", value, id);
                }
            }
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        }
        return Optional.empty();
    }

    @Override
    public void delete(String kind, String id, long ts) throws DeckhandException {
        if (kind.equals("deck")
                && Rows.number(db, "read the cards", "SELECT count(*) FROM cards WHERE deck_id = "
                + "(SELECT id FROM decks WHERE guid = ?)", id) > 0) {
            String recovery = recoveryDeck();
            if (recovery.equals(id)) return;
            update("apply another device's deletion", "UPDATE cards SET deck_id = (SELECT id FROM decks WHERE guid = ?) "
                    + "WHERE deck_id = (SELECT id FROM decks WHERE guid = ?)", recovery, id);
        }
        if (kind.equals("note")) {
            // the cascade takes cards this device may have added to the note meanwhile: they stay deleted
            update("apply another device's deletion", "INSERT OR IGNORE INTO sync_tombstones(entity, ts_ms) "
                    + "SELECT 'card:' || guid, ? FROM cards WHERE note_id = (SELECT id FROM notes WHERE sync_guid = ?)",
                    ts, id);
        }
        if (kind.equals("preset")) {
            // decks on it keep working on the first other preset (there is always one: the default)
            update("delete a preset", "UPDATE decks SET preset_id = (SELECT min(id) FROM presets WHERE guid <> ?) "
                    + "WHERE preset_id = (SELECT id FROM presets WHERE guid = ?) "
                    + "AND EXISTS (SELECT 1 FROM presets WHERE guid <> ?)", id, id, id);
            if (Rows.number(db, "read the presets", "SELECT count(*) FROM decks WHERE preset_id = "
                    + "(SELECT id FROM presets WHERE guid = ?)", id) > 0) return;
        }
        update("apply another device's deletion", "DELETE FROM " + table(kind) + " WHERE " + guidColumn(kind) + " = ?", id);
    }

    static final String RECOVERY_GUID = "sync:recovered";
    static final String RECOVERY_NAME = "Recovered (sync)";

    @Override
    public String recoveryDeck() throws DeckhandException {
        List<String> found = Rows.list(db, "read the decks", "SELECT guid FROM decks WHERE guid = ? OR name = ? "
                + "ORDER BY guid = ? DESC LIMIT 1", rs -> rs.getString(1), RECOVERY_GUID, RECOVERY_NAME, RECOVERY_GUID);
        if (!found.isEmpty()) return found.get(0);
        // recorded as this device's own change: every device then holds the same deck
        update("make the recovery deck", "UPDATE sync_state SET applying = 0");
        update("make the recovery deck", "INSERT INTO decks(guid, name, preset_id, created_ms) "
                + "VALUES (?, ?, (SELECT min(id) FROM presets), 0)", RECOVERY_GUID, RECOVERY_NAME);
        update("make the recovery deck", "UPDATE sync_state SET applying = 1");
        return RECOVERY_GUID;
    }

    @Override
    public boolean hasReview(String id) throws DeckhandException {
        return Rows.number(db, "read the review log", "SELECT count(*) FROM review_log WHERE guid = ?", id) > 0;
    }

    // OR IGNORE: an answer already here (same sync id) adds nothing, and says so by the count
    private static final String INSERT_REVIEW = "INSERT OR IGNORE INTO review_log(guid, card_id, deck_id, reviewed_ms, rating, "
            + "elapsed_days, duration_ms, " + BEFORE.names() + ", " + AFTER.names() + ") SELECT ?, c.id, "
            + "coalesce((SELECT id FROM decks WHERE guid = ?), c.deck_id), ?, ?, ?, ?, "
            + Rows.placeholders(2 * SchedulingColumns.COUNT) + " FROM cards c WHERE c.guid = ?";

    @Override
    public boolean insertReview(ForeignReview r) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare(INSERT_REVIEW);
            ps.setString(1, r.id());
            ps.setString(2, r.deck());
            ps.setLong(3, r.atMs());
            ps.setInt(4, r.rating());
            ps.setInt(5, r.elapsedDays());
            ps.setLong(6, r.tookMs());
            int next = SchedulingColumns.bind(ps, 7, r.before());
            next = SchedulingColumns.bind(ps, next, r.after());
            ps.setString(next, r.card());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "add another device's answer");
        }
    }

    @Override
    public Optional<Map.Entry<String, SchedulingState>> deleteReview(String id) throws DeckhandException {
        List<Map.Entry<String, SchedulingState>> found = Rows.list(db, "read the review log", "SELECT c.guid, "
                + BEFORE.names() + " FROM review_log r JOIN cards c ON c.id = r.card_id WHERE r.guid = ?",
                rs -> Map.entry(rs.getString(1), SchedulingColumns.read(rs, 2)), id);
        update("undo another device's answer", "DELETE FROM review_log WHERE guid = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<SyncedReview> reviewsOf(String cardId) throws DeckhandException {
        return Rows.list(db, "read the review log", "SELECT r.guid, r.card_id, r.reviewed_ms, r.rating, r.elapsed_days, "
                        + "r.duration_ms, " + prefixed("r.", BEFORE) + ", " + prefixed("r.", AFTER)
                        + " FROM review_log r JOIN cards c ON c.id = r.card_id WHERE c.guid = ? ORDER BY r.reviewed_ms, r.guid",
                rs -> new SyncedReview(rs.getString(1), new ReviewLogEntry(new CardId(rs.getLong(2)),
                        Instant.ofEpochMilli(rs.getLong(3)), Rating.fromCode(rs.getInt(4)), SchedulingColumns.read(rs, 7),
                        SchedulingColumns.read(rs, 7 + SchedulingColumns.COUNT), rs.getInt(5),
                        Duration.ofMillis(rs.getLong(6)))), cardId);
    }

    private static String prefixed(String alias, SchedulingColumns columns) {
        return alias + columns.names().replace(", ", ", " + alias);
    }

    @Override
    public Optional<DeckPreset> presetOf(String cardId) throws DeckhandException {
        List<Long> ids = Rows.list(db, "read the decks", "SELECT d.preset_id FROM cards c JOIN decks d ON d.id = c.deck_id "
                + "WHERE c.guid = ?", rs -> rs.getLong(1), cardId);
        if (ids.isEmpty()) return Optional.empty();
        return Optional.of(presets.get(new PresetId(ids.get(0))));
    }

    @Override
    public List<String> answeredCardsUnder(String kind, String id) throws DeckhandException {
        String where = switch (kind) {
            case "preset" -> "d.preset_id = (SELECT id FROM presets WHERE guid = ?)";
            case "deck" -> "d.guid = ?";
            default -> throw new IllegalArgumentException("no cards under a " + kind);
        };
        return Rows.list(db, "read the cards", "SELECT c.guid FROM cards c JOIN decks d ON d.id = c.deck_id WHERE " + where
                + " AND EXISTS (SELECT 1 FROM review_log r WHERE r.card_id = c.id) ORDER BY c.guid", rs -> rs.getString(1), id);
    }

    @Override
    public Optional<SchedulingState> scheduling(String cardId) throws DeckhandException {
        return Rows.list(db, "read a card", "SELECT " + PLAIN.names() + " FROM cards WHERE guid = ?",
                rs -> SchedulingColumns.read(rs, 1), cardId).stream().findFirst();
    }

    @Override
    public void setScheduling(String cardId, SchedulingState state) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("UPDATE cards SET " + PLAIN.assignments() + " WHERE guid = ?");
            int next = SchedulingColumns.bind(ps, 1, state);
            ps.setString(next, cardId);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "reschedule a card from its merged answers");
        }
    }

    @Override
    public Map<String, Applied> applied() throws DeckhandException {
        Map<String, Applied> out = new LinkedHashMap<>();
        for (Applied a : Rows.list(db, "read the sync state", "SELECT device, seq, applied_ms FROM sync_applied ORDER BY device",
                rs -> new Applied(rs.getString(1), rs.getLong(2), rs.getLong(3)))) {
            out.put(a.device(), a);
        }
        return out;
    }

    @Override
    public void setApplied(String device, long seq, long appliedMs) throws DeckhandException {
        update("record how far sync got", "INSERT OR REPLACE INTO sync_applied(device, seq, applied_ms) VALUES (?, ?, ?)",
                device, seq, appliedMs);
    }

    @Override
    public void replaceWaiting(List<Waiting> waiting) throws DeckhandException {
        update("record what waits", "DELETE FROM sync_waiting");
        for (Waiting w : waiting) {
            update("record what waits", "INSERT OR REPLACE INTO sync_waiting(device, seq, reason) VALUES (?, ?, ?)",
                    w.device(), w.seq(), w.reason());
        }
    }

    @Override
    public List<Waiting> waiting() throws DeckhandException {
        return Rows.list(db, "read the sync state", "SELECT device, seq, reason FROM sync_waiting ORDER BY device, seq",
                rs -> new Waiting(rs.getString(1), rs.getLong(2), rs.getString(3)));
    }

    @Override
    public void addConflict(String entity, String field, String keptValueJson, String keptDevice, String lostValueJson,
                            String lostDevice, long lostTs, long foundMs) throws DeckhandException {
        update("keep an edit that lost", "INSERT INTO sync_conflicts(entity, field, kept_value, kept_device, lost_value, "
                        + "lost_device, lost_ts_ms, found_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", entity, field, keptValueJson,
                keptDevice, lostValueJson, lostDevice, lostTs, foundMs);
    }

    @Override
    public List<Conflict> conflicts() throws DeckhandException {
        return Rows.list(db, "read the sync conflicts", "SELECT id, entity, field, kept_value, kept_device, lost_value, "
                        + "lost_device, lost_ts_ms, found_ms FROM sync_conflicts WHERE closed_ms IS NULL ORDER BY id",
                SqliteSyncStore::conflictOf);
    }

    @Override
    public Optional<String> label(String kind, String id) throws DeckhandException {
        String column = switch (kind) {
            case "card" -> "front";
            case "note" -> "fields";
            case "deck", "preset" -> "name";
            default -> null;
        };
        if (column == null) return Optional.empty();
        return Rows.list(db, "read the collection", "SELECT " + column + " FROM " + table(kind) + " WHERE "
                        + guidColumn(kind) + " = ?", rs -> rs.getString(1), id).stream().findFirst()
                .map(text -> kind.equals("note") ? text.split("\u001f", -1)[0] : text);
    }

    @Override
    public Optional<Conflict> openConflict(long id) throws DeckhandException {
        return Rows.list(db, "read a sync conflict", "SELECT id, entity, field, kept_value, kept_device, lost_value, "
                        + "lost_device, lost_ts_ms, found_ms FROM sync_conflicts WHERE id = ? AND closed_ms IS NULL",
                SqliteSyncStore::conflictOf, id).stream().findFirst();
    }

    @Override
    public boolean closeConflict(long id, String resolution, long closedMs) throws DeckhandException {
        return update("close a sync conflict", "UPDATE sync_conflicts SET closed_ms = ?, resolution = ? "
                + "WHERE id = ? AND closed_ms IS NULL", closedMs, resolution, id) > 0;
    }

    private static Conflict conflictOf(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Conflict(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getLong(8), rs.getLong(9));
    }

    private Optional<Long> idOf(String kind, String guidJson) throws DeckhandException {
        if (guidJson == null) return Optional.empty();
        return Rows.list(db, "read the collection", "SELECT id FROM " + table(kind) + " WHERE " + guidColumn(kind)
                + " = json_extract(?, '$')", rs -> rs.getLong(1), guidJson).stream().findFirst();
    }

    private static String table(String kind) {
        return switch (kind) {
            case "preset" -> "presets";
            case "deck" -> "decks";
            case "note" -> "notes";
            case "card" -> "cards";
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    private static String guidColumn(String kind) {
        return kind.equals("note") ? "sync_guid" : "guid";
    }

    private int update(String action, String sql, Object... params) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare(sql);
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, action);
        }
    }
}
