package io.deckhand.storage;

import io.deckhand.domain.schedule.CardState;
import io.deckhand.domain.schedule.SchedulingState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Reads and writes a {@link SchedulingState} as ten columns with a common prefix. */
final class SchedulingColumns {
    static final int COUNT = 10;
    private final String prefix;

    SchedulingColumns(String prefix) {
        this.prefix = prefix;
    }

    /** "p.state, p.due_ms, ..." for SELECT / INSERT column lists. */
    String names() {
        return String.join(", ", prefix + "state", prefix + "due_ms", prefix + "stability", prefix + "difficulty",
                prefix + "scheduled_days", prefix + "reps", prefix + "lapses", prefix + "step",
                prefix + "last_review_ms", prefix + "ease");
    }

    /** "state = ?, due_ms = ?, ..." for UPDATE. */
    String assignments() {
        return String.join(" = ?, ", names().split(", ")) + " = ?";
    }

    /** Binds the state starting at parameter {@code first}; returns the next free index. */
    static int bind(PreparedStatement ps, int first, SchedulingState s) throws SQLException {
        int i = first;
        ps.setInt(i++, s.state().code());
        ps.setLong(i++, s.due().toEpochMilli());
        ps.setDouble(i++, s.stability());
        ps.setDouble(i++, s.difficulty());
        ps.setInt(i++, s.scheduledDays());
        ps.setInt(i++, s.reps());
        ps.setInt(i++, s.lapses());
        ps.setInt(i++, s.step());
        if (s.lastReview() == null) {
            ps.setNull(i++, Types.INTEGER);
        } else {
            ps.setLong(i++, s.lastReview().toEpochMilli());
        }
        ps.setDouble(i++, s.ease());
        return i;
    }

    /** Reads the state from columns starting at {@code first}. */
    static SchedulingState read(ResultSet rs, int first) throws SQLException {
        int i = first;
        CardState state = CardState.fromCode(rs.getInt(i++));
        Instant due = Instant.ofEpochMilli(rs.getLong(i++));
        double stability = rs.getDouble(i++);
        double difficulty = rs.getDouble(i++);
        int scheduled = rs.getInt(i++);
        int reps = rs.getInt(i++);
        int lapses = rs.getInt(i++);
        int step = rs.getInt(i++);
        long last = rs.getLong(i++);
        Instant lastReview = rs.wasNull() ? null : Instant.ofEpochMilli(last);
        double ease = rs.getDouble(i);
        return new SchedulingState(state, due, stability, difficulty, scheduled, reps, lapses, step, lastReview, ease);
    }
}
