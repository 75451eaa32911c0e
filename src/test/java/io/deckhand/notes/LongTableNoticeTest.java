package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.note.LongTables;
import io.deckhand.render.markdown.MarkdownRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table cut at the row limit says so: under the rendered card, and as a notice of the note it came from. */
class LongTableNoticeTest {
    private static final int ROWS = LongTables.MAX_ROWS + 234;

    @Test
    void aNoteWithALongTableIsReportedAsReadInPartWithItsCards() {
        String note = "intro line\n\n" + TableScalingTest.table(ROWS).replace("# Big\n\n", "") + "\n"
                + TableScalingTest.table(20).replace("# Big", "# Small");
        ExtractionResult r = new NoteParser().parse("k8s/resources.md", note);
        assertFalse(r.drafts().isEmpty());
        assertEquals(1, r.problems().size(), r.problems().toString());
        FileProblem p = r.problems().get(0);
        assertEquals(FileProblem.Reason.PARTLY_READ, p.reason());
        assertEquals("k8s/resources.md", p.path());
        assertEquals("The table at line 3 has 1,234 rows; cards were made from the first 1,000 only.", p.message());
    }

    @Test
    void aShortTableGivesNoNotice() {
        assertEquals(List.of(), new NoteParser().parse("a.md", TableScalingTest.table(LongTables.MAX_ROWS)).problems());
    }

    @Test
    void theRenderedCardSaysHowManyRowsAreShown() {
        String html = new MarkdownRenderer().toHtml(TableScalingTest.table(ROWS) + "after the table\n");
        assertTrue(html.contains("1,000 of 1,234 rows shown"), html.substring(Math.max(0, html.length() - 400)));
        assertEquals(LongTables.MAX_ROWS + 1, html.split("<tr>", -1).length - 1, "header and the first 1,000 rows");
        assertTrue(html.indexOf("rows shown") < html.indexOf("after the table"));
        assertTrue(html.indexOf("</table>") < html.indexOf("rows shown"));
    }

    @Test
    void aTableAtTheLimitRendersWithoutANotice() {
        String html = new MarkdownRenderer().toHtml(TableScalingTest.table(LongTables.MAX_ROWS));
        assertFalse(html.contains("rows shown"));
    }
}
