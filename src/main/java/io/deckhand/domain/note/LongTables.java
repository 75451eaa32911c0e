package io.deckhand.domain.note;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps Markdown tables to a size people write. flexmark re-reads the whole paragraph on every line it
 * adds to it (setext-heading check), so a table of n rows costs n² before it becomes a table. Rows after
 * the first {@link #MAX_ROWS} of a table are blanked (each replaced by an empty line, so later line
 * numbers stay true): such a table gives facts and renders from its first rows only, and says so
 * ({@link Cut#shown()}: under the rendered table, and as a notice when notes are read).
 */
public final class LongTables {
    /** Body rows of one table that are read; more is a data dump, not notes. */
    public static final int MAX_ROWS = 1_000;
    private static final Pattern SEPARATOR = Pattern.compile("^ {0,3}>?\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*");

    private LongTables() {
    }

    /** One table that was cut: its header's line (1-based), the body rows kept and the body rows it has. */
    public record Cut(int line, int kept, int rows) {
        /** What a reader is told, e.g. "1,000 of 5,000 rows shown". */
        public String shown() {
            return String.format(Locale.ROOT, "%,d of %,d rows shown", kept, rows);
        }
    }

    /** The capped text and the tables that lost rows (none: {@code text} is the input instance). */
    public record Capped(String text, List<Cut> cuts) {
        public Capped {
            cuts = List.copyOf(cuts);
        }
    }

    /** The text unchanged (same instance) when no table is longer than {@code maxRows}. */
    public static String capRows(String text, int maxRows) {
        return cap(text, maxRows, false).text();
    }

    /**
     * Caps every table at {@code maxRows} body rows, keeping every line number, and says which tables
     * were cut. With {@code withNotice} the first dropped row becomes a paragraph saying how many rows
     * are shown (for rendering: lines then no longer match the input).
     */
    public static Capped cap(String text, int maxRows, boolean withNotice) {
        if (countNewlines(text) <= maxRows) return new Capped(text, List.of());
        String[] lines = text.split("\n", -1);
        List<Cut> cuts = new ArrayList<>();
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            var f = FENCE.matcher(line);
            if (f.matches()) {
                String marker = f.group(1);
                if (fence == null) {
                    fence = marker.substring(0, 3);
                } else if (marker.startsWith(fence)) {
                    fence = null;
                }
                continue;
            }
            if (fence != null || line.indexOf('|') < 0 || i + 1 >= lines.length
                    || !SEPARATOR.matcher(lines[i + 1]).matches()) continue;
            int row = i + 2;
            while (row < lines.length && isRow(lines[row])) {
                if (row - (i + 2) >= maxRows) lines[row] = "";
                row++;
            }
            int rows = row - (i + 2);
            if (rows > maxRows) {
                Cut cut = new Cut(i + 1, maxRows, rows);
                cuts.add(cut);
                // a blank line ends the table, the notice is its own paragraph, the next blank ends that
                if (withNotice) lines[i + 2 + maxRows] = "\n*" + cut.shown() + "*\n";
            }
            i = row - 1;
        }
        return cuts.isEmpty() ? new Capped(text, List.of()) : new Capped(String.join("\n", lines), cuts);
    }

    private static boolean isRow(String line) {
        return line.indexOf('|') >= 0 && !line.isBlank();
    }

    private static int countNewlines(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') n++;
        return n;
    }
}
