package io.deckhand.notes;

import io.deckhand.domain.card.CardKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A table row is a set of facts: row header + column header give the question, the cell the answer.
 * Empty cells and columns that say the same thing on every row (placeholders) give no card;
 * yes/no columns do, as they carry the comparison.
 */
final class TableRules {
    private static final Set<String> GENERIC_CORNERS = Set.of("", "property", "name", "feature", "aspect",
            "item", "attribute", "field", "key", "option", "setting", "criteria", "criterion");
    private static final Set<String> BOOLEAN = Set.of("yes", "no", "y", "n", "true", "false", "✓", "✗", "x");

    private TableRules() {
    }

    static void apply(RuleContext cx) {
        for (int k = 0; k < cx.size(); k++) {
            if (!cx.free(k) || !(cx.at(k) instanceof Block.Table t)) continue;
            cx.claim(k);
            if (indexedRows(t)) t = withoutFirstColumn(t);
            List<String> header = t.header();
            if (header.size() < 2 || t.rows().isEmpty()) continue;
            String corner = Inline.plain(header.get(0));
            String topic = GENERIC_CORNERS.contains(corner.toLowerCase(Locale.ROOT)) ? "" : corner;
            boolean subjectsOnTop = corner.isEmpty() && subjectsOnTop(t);
            // A column that describes each row ("Description") makes every row a thing, "info" included.
            boolean describesRows = header.stream().skip(1).anyMatch(h -> MEANING_HEADERS.contains(Inline.plain(h).toLowerCase(Locale.ROOT)));
            for (int col = 1; col < header.size(); col++) {
                String colName = Inline.plain(header.get(col));
                if (colName.isEmpty() || placeholderColumn(t, col)) continue;
                for (List<String> row : t.rows()) {
                    if (row.size() <= col || row.isEmpty()) continue;
                    String rowName = Inline.plain(row.get(0));
                    String cell = Inline.readable(row.get(col));
                    if (rowName.isEmpty() || cell.isEmpty() || sameAcrossRow(row)) continue;
                    String q = subjectsOnTop ? question(colName, rowName, cell, true) : question(rowName, colName, cell, !describesRows);
                    String front = topic.isEmpty() ? q : topic + ": " + (q.startsWith("What ") ? "w" + q.substring(1) : q);
                    cx.card(CardKind.TABLE_FACT, front, cell, k, k, cx.path(k));
                }
            }
        }
    }

    private static final Set<String> GENERIC_HEADERS = Set.of("note", "notes", "comment", "comments", "details",
            "remarks", "remark", "summary", "about", "info");
    private static final Set<String> MEANING_HEADERS = Set.of("meaning", "description", "purpose", "what",
            "what it does", "explanation", "definition", "use", "used for");

    /**
     * "**Scope** — Role?"; a notes row or column asks what is noted about the other header; a yes/no
     * cell says which answer is expected. A row is read as a header ("Notes", "Meaning") only where no
     * column describes the rows.
     */
    static String question(String rowName, String colName, String cell, boolean rowMayBeHeader) {
        String attribute = colName.toLowerCase(Locale.ROOT);
        if (attribute.equals("used for") || attribute.equals("use")) {
            return (FactRules.isPlural(rowName) ? "What are **" : "What is **") + rowName + "** used for?";
        }
        if (MEANING_HEADERS.contains(colName.toLowerCase(Locale.ROOT))) return "What does **" + rowName + "** mean?";
        if (rowMayBeHeader && MEANING_HEADERS.contains(rowName.toLowerCase(Locale.ROOT))) return "What does **" + colName + "** mean?";
        if (rowMayBeHeader && GENERIC_HEADERS.contains(rowName.toLowerCase(Locale.ROOT))) return "What is noted about **" + colName + "**?";
        if (GENERIC_HEADERS.contains(colName.toLowerCase(Locale.ROOT))) return "What is noted about **" + rowName + "**?";
        String q = "**" + rowName + "** — " + colName;
        return BOOLEAN.contains(cell.strip().toLowerCase(Locale.ROOT)) ? q + ": yes or no?" : q + "?";
    }

    /**
     * "| | Labels | Annotations |" over rows "Used for", "Queried by selectors": with an empty corner
     * and short names on top but longer phrases down the side, the things compared are the columns.
     */
    private static boolean subjectsOnTop(Block.Table t) {
        double top = 0;
        for (int c = 1; c < t.header().size(); c++) {
            int words = Inline.words(Inline.plain(t.header().get(c)));
            if (words > 2) return false;
            top += words;
        }
        top /= Math.max(1, t.header().size() - 1);
        double side = 0;
        for (List<String> row : t.rows()) side += row.isEmpty() ? 0 : Inline.words(Inline.plain(row.get(0)));
        side /= t.rows().size();
        return side > top;
    }

    private static final Pattern ORDINAL = Pattern.compile("^[#(]?(\\d{1,3})[.)]?$");

    /**
     * "| # | Command | What |" over rows 1, 2, 3: rows numbered in order are counted, not named, so the
     * next column names them. Numbers out of order ("Exit code" 0, 1, 137) are the rows' own values.
     */
    private static boolean indexedRows(Block.Table t) {
        if (t.header().size() < 3 || t.rows().size() < 2) return false;
        int expected = -1;
        for (List<String> row : t.rows()) {
            if (row.size() < 2) return false;
            java.util.regex.Matcher m = ORDINAL.matcher(Inline.plain(row.get(0)).strip());
            if (!m.matches()) return false;
            int n = Integer.parseInt(m.group(1));
            if (expected < 0 ? n > 1 : n != expected) return false;
            expected = n + 1;
        }
        return true;
    }

    private static Block.Table withoutFirstColumn(Block.Table t) {
        List<List<String>> rows = t.rows().stream().map(r -> r.subList(1, r.size())).toList();
        return new Block.Table(t.header().subList(1, t.header().size()), rows, t.first(), t.last());
    }

    private static boolean placeholderColumn(Block.Table t, int col) {
        if (t.rows().size() < 2) return false;
        Set<String> values = new HashSet<>();
        for (List<String> row : t.rows()) values.add(row.size() > col ? row.get(col).strip().toLowerCase(Locale.ROOT) : "");
        if (values.size() != 1) return false;
        String only = values.iterator().next();
        return !BOOLEAN.contains(only);
    }

    /** "Useful for | add examples | add examples": nothing tells the columns apart. */
    private static boolean sameAcrossRow(List<String> row) {
        if (row.size() < 3) return false;
        String first = row.get(1).strip();
        for (int c = 2; c < row.size(); c++) if (!row.get(c).strip().equals(first)) return false;
        return !BOOLEAN.contains(first.toLowerCase(Locale.ROOT));
    }
}
