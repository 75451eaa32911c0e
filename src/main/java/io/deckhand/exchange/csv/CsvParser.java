package io.deckhand.exchange.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits delimited text into rows (Commons CSV). Quoted fields ({@code "a ""b"" c"}) may hold the
 * separator and line breaks when quoting is on; a quote inside an unquoted field is kept as text.
 * Lenient as Anki's importer is, so one odd field never loses a file: text after a closing quote joins
 * the field, and an unclosed quote runs to the end of the text. Rows keep the line they start on (1-based).
 */
public final class CsvParser {
    /** One row and the line of the text it starts on. */
    public record Row(int line, List<String> fields) {
        public Row {
            fields = List.copyOf(fields);
        }
    }

    private final CSVFormat format;

    public CsvParser(char separator, boolean quoting) {
        if (separator == '"' || separator == '\n' || separator == '\r') {
            throw new IllegalArgumentException("separator cannot be a quote or a line break");
        }
        // No escape character and no comments (RFC 4180); empty lines come back as rows so that
        // every row's first line can be counted, and are dropped below.
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setQuote(quoting ? Character.valueOf('"') : null)
                .setIgnoreEmptyLines(false)
                .setTrailingData(true)
                .setLenientEof(true)
                .get();
    }

    /** Rows of {@code text}, starting at {@code firstLine}; blank lines are skipped. */
    public List<Row> parse(String text, int firstLine) {
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            long linesBefore = 0;
            for (CSVRecord record : parser) {
                List<String> fields = List.of(record.values()); // Row's copy of this is free
                boolean blank = fields.size() == 1 && fields.get(0).isBlank();
                if (!blank) rows.add(new Row(Math.toIntExact(firstLine + linesBefore), fields));
                linesBefore = parser.getCurrentLineNumber();
            }
        } catch (IOException e) {
            // A StringReader does not fail, and the lenient format accepts any text.
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
