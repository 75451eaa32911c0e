package io.deckhand.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** Small JDBC helpers shared by the repositories. */
final class Rows {
    /** Separates list items inside one column (fields, headings), as Anki does for fields. */
    static final String UNIT_SEPARATOR = "\u001f";

    private Rows() {
    }

    static long lastId(Database db) throws SQLException {
        PreparedStatement ps = db.prepare("SELECT last_insert_rowid()");
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Runs an {@code INSERT ... RETURNING id} and gives the new row's id: one statement where an
     * insert and a {@code last_insert_rowid()} query take two (SQLite 3.35 and later).
     */
    static long insertReturningId(PreparedStatement insert) throws SQLException {
        try (ResultSet rs = insert.executeQuery()) {
            if (!rs.next()) throw new SQLException("the insert gave no id");
            return rs.getLong(1);
        }
    }

    static String joinList(List<String> items) {
        return String.join(UNIT_SEPARATOR, items);
    }

    static List<String> splitList(String joined) {
        if (joined == null || joined.isEmpty()) return List.of();
        return Arrays.asList(joined.split(UNIT_SEPARATOR, -1));
    }

    /** Tags stored Anki-style: " a b c " so "LIKE '% tag %'" finds one. */
    static String joinTags(List<String> tags) {
        return tags.isEmpty() ? "" : " " + String.join(" ", tags) + " ";
    }

    static List<String> splitTags(String stored) {
        if (stored == null || stored.isBlank()) return List.of();
        return List.of(WHITESPACE.split(stored.strip()));
    }

    /** Compiled once: reading 10,000 cards would otherwise compile it 10,000 times. */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs a query and maps every row; {@code action} completes "Deckhand could not ..." on failure. */
    static <T> List<T> list(Database db, String action, String sql, RowMapper<T> mapper, Object... params)
            throws io.deckhand.app.error.CollectionException {
        try {
            PreparedStatement ps = db.prepare(sql);
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            List<T> out = new java.util.ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(mapper.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw SqlErrors.wrap(e, action);
        }
    }

    /** A query whose answer is one number, such as a count. */
    static long number(Database db, String action, String sql, Object... params)
            throws io.deckhand.app.error.CollectionException {
        return list(db, action, sql, rs -> rs.getLong(1), params).get(0);
    }

    /** "?, ?, ?" for an IN list of {@code n} items. */
    static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
