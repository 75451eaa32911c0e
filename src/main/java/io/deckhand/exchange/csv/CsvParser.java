package io.deckhand.exchange.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text into rows. Quoted fields ({@code "a ""b"" c"}) may hold the separator and
 * line breaks when quoting is on; a quote inside an unquoted field is kept as text. Never throws:
 * an unclosed quote runs to the end of the text. Rows keep the line they start on (1-based).
 */
public final class CsvParser {
    /** One row and the line of the text it starts on. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    private final char separator;
    private final boolean quoting;

    public CsvParser(char separator, boolean quoting) {
        if (separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("separator cannot be a quote or a line break");
        }
        this.separator = separator;
        this.quoting = quoting;
    }

    /** Rows of {@code text}, starting at {@code firstLine}; blank lines are skipped. */
    public List<Row> parse(String text, int firstLine) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = firstLine;
        int rowLine = firstLine;
        boolean inQuotes = false;
        boolean fieldStarted = false; // anything seen in the current field, including quotes
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    inQuotes = false;
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && quoting && !fieldStarted) {
                inQuotes = true;
                fieldStarted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') i++;
                fields.add(field.toString());
                addRow(rows, rowLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
            i++;
        }
        if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            addRow(rows, rowLine, fields);
        }
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.size() == 1 && fields.get(0).isBlank();
        if (!blank) rows.add(new Row(line, fields));
    }
}
