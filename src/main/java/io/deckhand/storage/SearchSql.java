package io.deckhand.storage;

import io.deckhand.app.port.BrowseRepository.SearchTime;
import io.deckhand.domain.search.SearchNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a browse search to a WHERE clause over {@code cards}. User text only ever goes into
 * {@code params}; the SQL holds fixed fragments and placeholders.
 */
final class SearchSql {
    private static final long DAY_MS = Duration.ofDays(1).toMillis();

    private SearchSql() {
    }

    static String where(SearchNode node, SearchTime time, List<Object> params) {
        if (node instanceof SearchNode.And a) return join(a.parts(), " AND ", "1", time, params);
        if (node instanceof SearchNode.Or o) return join(o.parts(), " OR ", "0", time, params);
        if (node instanceof SearchNode.Not n) return "NOT (" + where(n.part(), time, params) + ")";
        if (node instanceof SearchNode.Text t) {
            String like = "%" + like(t.pattern()) + "%";
            return bind(params, "(front LIKE ? ESCAPE '\\' OR back LIKE ? ESCAPE '\\')", like, like);
        }
        if (node instanceof SearchNode.Deck d) {
            String name = like(d.pattern().strip());
            return bind(params, "deck_id IN (SELECT id FROM decks WHERE name LIKE ? ESCAPE '\\' "
                    + "OR name LIKE ? ESCAPE '\\')", name, name + "::%");
        }
        if (node instanceof SearchNode.Tag g) {
            String tag = like(g.pattern().strip());
            return bind(params, "(tags LIKE ? ESCAPE '\\' OR tags LIKE ? ESCAPE '\\')", "% " + tag + " %", "% " + tag + "::%");
        }
        if (node instanceof SearchNode.Flag f) return bind(params, "flag = ?", f.number());
        if (node instanceof SearchNode.Kind k) return bind(params, "kind = ?", k.kind().code());
        if (node instanceof SearchNode.Is i) return status(i.status(), time, params);
        if (node instanceof SearchNode.Prop p) return prop(p, time, params);
        throw new IllegalArgumentException("unknown search node " + node);
    }

    private static String join(List<SearchNode> parts, String op, String empty, SearchTime time, List<Object> params) {
        if (parts.isEmpty()) return empty;
        List<String> sql = new ArrayList<>();
        for (SearchNode p : parts) sql.add("(" + where(p, time, params) + ")");
        return String.join(op, sql);
    }

    private static String status(SearchNode.Status s, SearchTime time, List<Object> params) {
        return switch (s) {
            case NEW -> "state = 0";
            case LEARN -> "state IN (1, 3)";
            // Anki counts relearning cards as reviews too
            case REVIEW -> "state IN (2, 3)";
            case SUSPENDED -> "suspended = 1";
            case BURIED -> {
                params.add(time.now().toEpochMilli());
                if (time.hiddenSiblings().isEmpty()) yield "buried_until_ms > ?";
                StringBuilder ids = new StringBuilder("[");
                for (var id : time.hiddenSiblings()) ids.append(ids.length() > 1 ? "," : "").append(id.value());
                params.add(ids.append(']').toString());
                yield "buried_until_ms > ? OR id IN (SELECT value FROM json_each(?))";
            }
            case DUE -> {
                params.add(time.now().toEpochMilli());
                params.add(time.dayEnd().toEpochMilli());
                yield "((state IN (1, 3) AND due_ms <= ?) OR (state = 2 AND due_ms < ?))";
            }
        };
    }

    private static String prop(SearchNode.Prop p, SearchTime time, List<Object> params) {
        if (p.property() == SearchNode.Property.DUE) return dueDays(p, time, params);
        String column = switch (p.property()) {
            case IVL -> "scheduled_days";
            case REPS -> "reps";
            case LAPSES -> "lapses";
            case EASE -> "ease";
            case DUE -> throw new IllegalStateException();
        };
        params.add(p.value());
        return column + " " + p.comparison().symbol() + " ?";
    }

    /**
     * Days until due, counted in study days from today (0 = due today, -1 = due yesterday), as a
     * range of due times so that the index on due_ms serves it. New cards have no due day.
     */
    private static String dueDays(SearchNode.Prop p, SearchTime time, List<Object> params) {
        long start = time.dayStart().toEpochMilli();
        long n = (long) p.value();
        long from = start + n * DAY_MS;
        long to = from + DAY_MS;
        String studied = "state <> 0 AND ";
        return switch (p.comparison()) {
            case LT -> bind(params, studied + "due_ms < ?", from);
            case LE -> bind(params, studied + "due_ms < ?", to);
            case GT -> bind(params, studied + "due_ms >= ?", to);
            case GE -> bind(params, studied + "due_ms >= ?", from);
            case EQ -> bind(params, studied + "due_ms >= ? AND due_ms < ?", from, to);
            case NE -> bind(params, studied + "(due_ms < ? OR due_ms >= ?)", from, to);
        };
    }

    private static String bind(List<Object> params, String sql, Object... values) {
        params.addAll(List.of(values));
        return sql;
    }

    /** The pattern for LIKE with {@code \} as escape: % and _ are literal, {@code *} is any run. */
    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace('*', '%');
    }
}
