package io.deckhand.exchange.csv;

import java.util.List;

/**
 * A delimited text file after its headers were read: column names, the rows, what the headers
 * said about them (1-based column numbers, 0 when absent) and the rows whose width differs from
 * the others ({@code problems}), which an import reports instead of guessing.
 */
public record TextTable(
        char separator,
        boolean html,
        List<String> columns,
        List<CsvParser.Row> rows,
        int deckColumn,
        int tagsColumn,
        int guidColumn,
        int notetypeColumn,
        String deck,
        String notetype,
        List<String> tags,
        List<String> problems) {

    public TextTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        tags = List.copyOf(tags);
        problems = List.copyOf(problems);
        deck = deck == null ? "" : deck;
        notetype = notetype == null ? "" : notetype;
    }
}
