package io.deckhand.domain.note;

import java.util.regex.Pattern;

/**
 * Keeps Markdown tables to a size people write. flexmark re-reads the whole paragraph on every line it
 * adds to it (setext-heading check), so a table of n rows costs n² before it becomes a table. Rows after
 * the first {@link #MAX_ROWS} of a table are blanked (each replaced by an empty line, so later line
 * numbers stay true): such a table gives facts and renders from its first rows only.
 */
public final class LongTables {
    /** Body rows of one table that are read; more is a data dump, not notes. */
    public static final int MAX_ROWS = 1_000;
    private static final Pattern SEPARATOR = Pattern.compile("^ {0,3}>?\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*");

    private LongTables() {
    }

    /** The text unchanged (same instance) when no table is longer than {@code maxRows}. */
    public static String capRows(String text, int maxRows) {
        if (countNewlines(text) <= maxRows) return text;
        String[] lines = text.split("\n", -1);
        boolean changed = false;
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
            int kept = 0;
            while (row < lines.length && isRow(lines[row])) {
                if (kept < maxRows) {
                    kept++;
                } else {
                    lines[row] = "";
                    changed = true;
                }
                row++;
            }
            i = row - 1;
        }
        return changed ? String.join("\n", lines) : text;
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
