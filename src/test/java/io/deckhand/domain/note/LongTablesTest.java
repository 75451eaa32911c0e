package io.deckhand.domain.note;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables past the row limit keep their first rows; everything else, and every line number, stays. */
class LongTablesTest {
    private static String table(int rows) {
        StringBuilder sb = new StringBuilder("| Name | Value |\n|---|---|\n");
        for (int r = 0; r < rows; r++) sb.append("| n").append(r).append(" | v").append(r).append(" |\n");
        return sb.toString();
    }

    @Test
    void rowsPastTheLimitAreBlankedAndLinesKept() {
        String text = "# T\n\n" + table(5) + "\nafter the table\n";
        String capped = LongTables.capRows(text, 3);
        List<String> lines = List.of(capped.split("\n", -1));
        assertEquals(text.split("\n", -1).length, lines.size());
        assertEquals(List.of("| n0 | v0 |", "| n1 | v1 |", "| n2 | v2 |", "", ""), lines.subList(4, 9));
        assertEquals("after the table", lines.get(10));
    }

    @Test
    void shortTablesAndOtherTextAreLeftAlone() {
        String text = "intro\n" + table(3) + "\n" + "x | y\n".repeat(10);
        assertSame(text, LongTables.capRows(text, 3));
    }

    @Test
    void aTableInsideAFenceIsCodeNotATable() {
        String text = "```\n" + table(6) + "```\n";
        assertSame(text, LongTables.capRows(text, 3));
    }

    @Test
    void everyTableInTheTextIsCappedOnItsOwn() {
        String text = table(4) + "\n" + table(4);
        assertEquals(2 + 2, capped(text, 2));
    }

    private static long capped(String text, int max) {
        return LongTables.capRows(text, max).lines().filter(l -> l.startsWith("| n")).count();
    }

    @Test
    void eachCutTableIsReportedWithItsLineAndRowCounts() {
        String text = "# T\n\n" + table(5) + "\n" + table(2) + "\n" + table(4);
        LongTables.Capped capped = LongTables.cap(text, 3, false);
        assertEquals(LongTables.capRows(text, 3), capped.text());
        assertEquals(List.of(new LongTables.Cut(3, 3, 5), new LongTables.Cut(16, 3, 4)), capped.cuts());
        assertEquals("3 of 5 rows shown", capped.cuts().get(0).shown());
        assertEquals("1,000 of 12,345 rows shown", new LongTables.Cut(1, 1_000, 12_345).shown());
    }

    @Test
    void withANoticeTheFirstDroppedRowBecomesAParagraphAfterTheTable() {
        String text = table(4) + "after\n";
        String noticed = LongTables.cap(text, 3, true).text();
        assertEquals(table(3) + "\n*3 of 4 rows shown*\n\nafter\n", noticed);
    }
}
