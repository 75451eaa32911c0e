package io.deckhand.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples for the cases that keep this parser instead of Jackson's CSV module (see
 * docs/architecture.md, "Hand-written where a library exists"): Jackson refuses the first two inputs
 * outright, and a refusal there would lose a whole import over one odd field that Anki itself reads.
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
}
