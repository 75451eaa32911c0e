package io.deckhand.storage;

import io.deckhand.app.error.DeckhandException;
import io.deckhand.app.port.PresetRepository;
import io.deckhand.domain.deck.DeckPreset;
import io.deckhand.domain.deck.PresetId;
import io.deckhand.domain.schedule.SchedulerKind;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

public final class SqlitePresetRepository implements PresetRepository {
    private static final String COLUMNS = "id, name, scheduler, desired_retention, learning_steps, relearning_steps, "
            + "max_interval, new_per_day, reviews_per_day, fuzz, fsrs_weights";
    private final Database db;

    public SqlitePresetRepository(Database db) {
        this.db = db;
    }

    @Override
    public DeckPreset get(PresetId id) throws DeckhandException {
        List<DeckPreset> found = query("SELECT " + COLUMNS + " FROM presets WHERE id = ?", id.value());
        if (!found.isEmpty()) return found.get(0);
        List<DeckPreset> fallback = query("SELECT " + COLUMNS + " FROM presets ORDER BY id LIMIT 1");
        return fallback.isEmpty() ? DeckPreset.defaults(PresetId.DEFAULT, "Default") : fallback.get(0);
    }

    @Override
    public List<DeckPreset> all() throws DeckhandException {
        return query("SELECT " + COLUMNS + " FROM presets ORDER BY id");
    }

    @Override
    public DeckPreset create(String name) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("INSERT INTO presets(" + COLUMNS.substring("id, ".length())
                    + ") VALUES (" + Rows.placeholders(10) + ")");
            DeckPreset template = DeckPreset.defaults(PresetId.DEFAULT, name);
            bind(ps, template);
            ps.executeUpdate();
            return DeckPreset.defaults(new PresetId(Rows.lastId(db)), name);
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "create the options preset");
        }
    }

    @Override
    public void delete(PresetId id) throws DeckhandException {
        if (id.equals(PresetId.DEFAULT)) return;
        try {
            PreparedStatement ps = db.prepare("DELETE FROM presets WHERE id = ? AND NOT EXISTS (SELECT 1 FROM decks WHERE preset_id = ?)");
            ps.setLong(1, id.value());
            ps.setLong(2, id.value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "delete the options preset");
        }
    }

    @Override
    public void update(DeckPreset preset) throws DeckhandException {
        try {
            PreparedStatement ps = db.prepare("UPDATE presets SET name = ?, scheduler = ?, desired_retention = ?, "
                    + "learning_steps = ?, relearning_steps = ?, max_interval = ?, new_per_day = ?, "
                    + "reviews_per_day = ?, fuzz = ?, fsrs_weights = ? WHERE id = ?");
            bind(ps, preset);
            ps.setLong(11, preset.id().value());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, "save the deck options");
        }
    }

    private static void bind(PreparedStatement ps, DeckPreset p) throws SQLException {
        ps.setString(1, p.name());
        ps.setString(2, p.scheduler().code());
        ps.setDouble(3, p.desiredRetention());
        ps.setString(4, steps(p.learningSteps()));
        ps.setString(5, steps(p.relearningSteps()));
        ps.setInt(6, p.maximumIntervalDays());
        ps.setInt(7, p.newPerDay());
        ps.setInt(8, p.reviewsPerDay());
        ps.setInt(9, p.fuzz() ? 1 : 0);
        ps.setString(10, p.fsrsWeights().stream().map(String::valueOf).collect(Collectors.joining(" ")));
    }

    private static String steps(List<Duration> steps) {
        return steps.stream().map(d -> String.valueOf(d.toSeconds())).collect(Collectors.joining(" "));
    }

    private static List<Duration> parseSteps(String s) {
        if (s == null || s.isBlank()) return List.of();
        return Arrays.stream(s.strip().split("\\s+")).map(x -> Duration.ofSeconds(Long.parseLong(x))).toList();
    }

    private List<DeckPreset> query(String sql, Object... params) throws DeckhandException {
        return Rows.list(db, "read the deck options", sql, rs -> new DeckPreset(new PresetId(rs.getLong(1)),
                rs.getString(2), SchedulerKind.fromCode(rs.getString(3)), rs.getDouble(4), parseSteps(rs.getString(5)),
                parseSteps(rs.getString(6)), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10) != 0,
                Arrays.stream(rs.getString(11).strip().split("\\s+")).map(Double::valueOf).toList()), params);
    }
}
