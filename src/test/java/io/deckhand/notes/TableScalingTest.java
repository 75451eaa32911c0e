package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.note.LongTables;
import io.deckhand.render.markdown.MarkdownRenderer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A big table costs about linearly in its rows, to extract and to render: the time for 16n rows is
 * compared with the time for n rows in the same JVM, so the check does not depend on how fast the machine
 * is (flexmark re-reads the whole paragraph for every line it adds, so an uncapped table costs n²).
 */
class TableScalingTest {
    private static final NoteParser PARSER = new NoteParser();

    static String table(int rows) {
        StringBuilder sb = new StringBuilder("# Big\n\n| Resource | Short name | Namespaced | Kind |\n|---|---|---|---|\n");
        for (int r = 0; r < rows; r++) {
            sb.append("| res").append(r).append(" | r").append(r % 97).append(" | ")
                    .append(r % 2 == 0 ? "yes" : "no").append(" | Kind").append(r).append(" |\n");
        }
        return sb.toString();
    }

    private static long bestNanos(Consumer<String> work, String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            long t0 = System.nanoTime();
            work.accept(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }

    private static void assertLinear(Consumer<String> work) {
        // 16x the rows: linear is ~16x, the old path measured ~46x (quadratic, diluted by fixed costs,
        // which hide it at small sizes; hence a 1.3 MB table on the large side).
        String small = table(2_500);
        String large = table(40_000);
        bestNanos(work, small);
        long tSmall = bestNanos(work, small);
        long tLarge = bestNanos(work, large);
        double ratio = (double) tLarge / tSmall;
        assertTrue(ratio < 24, "16x the rows took " + ratio + "x as long (" + tSmall / 1_000_000 + " ms vs "
                + tLarge / 1_000_000 + " ms): not linear in the table's size");
    }

    @Test
    void extractionGrowsLinearlyWithTheRows() {
        assertLinear(text -> PARSER.parse("big.md", text));
    }

    @Test
    void renderingGrowsLinearlyWithTheRows() {
        MarkdownRenderer renderer = new MarkdownRenderer();
        assertLinear(renderer::toHtml);
    }

    @Test
    void aGiantTableGivesFactsFromItsFirstRowsOnly() {
        long facts = PARSER.parse("big.md", table(LongTables.MAX_ROWS + 500)).drafts().stream()
                .filter(c -> c.kind() == CardKind.TABLE_FACT).count();
        // three answer columns per row ("Namespaced" is yes/no, which still gives a card)
        assertEquals(3L * LongTables.MAX_ROWS, facts);
    }
}
