package io.deckhand.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples for splitting, above all the lenient cases Anki reads: Jackson's CSV module refuses the
 * first two inputs outright, which is why Commons CSV (trailing data, lenient EOF) is under CsvParser
 * (docs/architecture.md, "Hand-written where a library exists").
 */
class CsvParserTest {
    private static List<List<String>> fields(String text, boolean quoting) {
        return new CsvParser(',', quoting).parse(text, 1).stream().map(CsvParser.Row::fields).toList();
    }

    private static List<Integer> lines(String text) {
        return new CsvParser(',', true).parse(text, 1).stream().map(CsvParser.Row::line).toList();
    }

    @Test
    void textAfterAClosingQuoteJoinsTheField() {
        assertEquals(List.of(List.of("abcd", "e")), fields("\"ab\"cd,e\n", true));
    }

    @Test
    void anUnclosedQuoteRunsToTheEndOfTheText() {
        assertEquals(List.of(List.of("ab,cd\nef")), fields("\"ab,cd\nef", true));
        assertEquals(List.of(List.of("x", "\"\"")), fields("x,\"\"\"\"\"", true));
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertEquals(List.of(List.of("ab\"c", " \"d\"")), fields("ab\"c, \"d\"\n", true));
    }

    @Test
    void withQuotingOffQuotesAreText() {
        assertEquals(List.of(List.of("\"a", "b\"")), fields("\"a,b\"\n", false));
    }

    @Test
    void blankAndWhitespaceOnlyLinesAreSkippedAndRaggedRowsKept() {
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d"), List.of("e", "f", "")),
                fields("a,b,c\n\n   \n\"\"\nd\r\ne,f,\r", true));
    }

    @Test
    void rowsKeepTheLineTheyStartOnAfterMultiLineFieldsAndLoneCarriageReturns() {
        assertEquals(List.of(1, 3, 4, 6), lines("\"q\nr\",s\nt\ru\n\nv"));
    }

    @Test
    void insideAQuotedFieldCrLfAndALoneCarriageReturnCountAsOneLineEach() {
        assertEquals(List.of(1, 4), lines("\"a\r\nb\rc\",d\ne"));
    }
}
