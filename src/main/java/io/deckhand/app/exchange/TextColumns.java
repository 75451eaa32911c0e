package io.deckhand.app.exchange;

import io.deckhand.app.error.InvalidInputException;
import io.deckhand.exchange.csv.ColumnMapping;
import io.deckhand.exchange.csv.CsvParser;
import io.deckhand.exchange.csv.TextTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Previews a text table's columns and turns the user's {@link ColumnChoice} into a mapping. */
final class TextColumns {
    static final int PREVIEW_ROWS = 5;
    /** Longer cells read as card text, not as a column name. */
    private static final int MAX_HEADER_CELL = 40;
    private static final Map<String, ColumnRole> NAMES = Map.ofEntries(
            Map.entry("front", ColumnRole.FRONT), Map.entry("question", ColumnRole.FRONT),
            Map.entry("term", ColumnRole.FRONT), Map.entry("prompt", ColumnRole.FRONT),
            Map.entry("word", ColumnRole.FRONT), Map.entry("text", ColumnRole.FRONT),
            Map.entry("back", ColumnRole.BACK), Map.entry("answer", ColumnRole.BACK),
            Map.entry("definition", ColumnRole.BACK), Map.entry("meaning", ColumnRole.BACK),
            Map.entry("extra", ColumnRole.BACK),
            Map.entry("tags", ColumnRole.TAGS), Map.entry("tag", ColumnRole.TAGS),
            Map.entry("deck", ColumnRole.DECK),
            Map.entry("guid", ColumnRole.IGNORE), Map.entry("notetype", ColumnRole.IGNORE),
            Map.entry("note type", ColumnRole.IGNORE), Map.entry("id", ColumnRole.IGNORE));

    private TextColumns() {
    }

    static TextPreview preview(TextTable table) {
        int width = Math.max(1, Math.max(table.columns().size(),
                table.rows().stream().mapToInt(r -> r.fields().size()).max().orElse(1)));
        List<List<String>> rows = new ArrayList<>();
        for (CsvParser.Row r : table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size()))) {
            List<String> cells = new ArrayList<>(r.fields().subList(0, Math.min(width, r.fields().size())));
            while (cells.size() < width) cells.add("");
            rows.add(cells);
        }
        // A "#columns:" header already names the columns, so the first row is data
        // (without one the reader calls them "Field 1", "Field 2", ...).
        boolean named = table.columns().stream().anyMatch(c -> !c.matches("Field \\d+"));
        boolean header = !named && !rows.isEmpty() && looksLikeHeader(rows.get(0));
        List<String> names = named ? table.columns() : header ? rows.get(0) : List.of();
        List<ColumnRole> byName = byName(names, width);
        List<ColumnRole> roles = byName.contains(ColumnRole.FRONT) ? byName : defaults(table, width);
        return new TextPreview(width, rows, roles, header);
    }

    private static boolean looksLikeHeader(List<String> cells) {
        boolean named = false;
        for (String c : cells) {
            if (c.strip().length() > MAX_HEADER_CELL) return false;
            named |= NAMES.containsKey(c.strip().toLowerCase(Locale.ROOT));
        }
        return named;
    }

    private static List<ColumnRole> byName(List<String> names, int width) {
        List<ColumnRole> roles = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            ColumnRole r = c < names.size() ? NAMES.getOrDefault(names.get(c).strip().toLowerCase(Locale.ROOT), ColumnRole.IGNORE)
                    : ColumnRole.IGNORE;
            roles.add(roles.contains(r) ? ColumnRole.IGNORE : r);
        }
        return roles;
    }

    private static List<ColumnRole> defaults(TextTable table, int width) {
        ColumnMapping m = ColumnMapping.defaults(table);
        List<ColumnRole> roles = new ArrayList<>();
        for (int c = 1; c <= width; c++) {
            roles.add(c == m.front() ? ColumnRole.FRONT : c == m.back() ? ColumnRole.BACK
                    : c == m.tags() ? ColumnRole.TAGS : c == m.deck() ? ColumnRole.DECK : ColumnRole.IGNORE);
        }
        return roles;
    }

    static TextTable withoutHeader(TextTable t, ColumnChoice choice) {
        if (!choice.firstRowIsHeader() || t.rows().isEmpty()) return t;
        return new TextTable(t.separator(), t.html(), t.columns(), t.rows().subList(1, t.rows().size()), t.deckColumn(),
                t.tagsColumn(), t.guidColumn(), t.notetypeColumn(), t.deck(), t.notetype(), t.tags(), t.problems());
    }

    /** The chosen roles as a mapping; the file's GUID column is kept unless the user gave it a role. */
    static ColumnMapping mapping(TextTable table, ColumnChoice choice, Path file) throws InvalidInputException {
        var problem = choice.problem();
        if (problem.isPresent()) throw new InvalidInputException(file.getFileName() + ": " + problem.get());
        int guid = table.guidColumn();
        if (guid > 0 && guid <= choice.roles().size() && choice.roles().get(guid - 1) != ColumnRole.IGNORE) guid = 0;
        return new ColumnMapping(choice.columnOf(ColumnRole.FRONT), choice.columnOf(ColumnRole.BACK),
                choice.columnOf(ColumnRole.DECK), choice.columnOf(ColumnRole.TAGS), guid, false);
    }
}
