package io.deckhand.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Schema 3 adds the statistics' covering indexes, and the statistics' queries use them. */
class MigrationV3Test {
    @Test
    void theStatisticsIndexesExistAndAnswersPerDayReadOnlyTheIndex() throws Exception {
        try (Database db = Database.openInMemory()) {
            List<String> names = db.read(() -> Rows.list(db, "x",
                    "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'review_log' ORDER BY name",
                    rs -> rs.getString(1)));
            assertTrue(names.containsAll(List.of("review_log_by_answer", "review_log_reviews_by_card")), names.toString());
            assertTrue(Migrations.LATEST >= 3);
            String plan = String.join("\n", db.read(() -> Rows.list(db, "x", "EXPLAIN QUERY PLAN SELECT before_state, "
                    + "rating, count(*), sum(before_scheduled_days >= 21), sum(duration_ms) FROM review_log INDEXED BY "
                    + "review_log_by_answer WHERE before_state IN (0, 1, 2, 3) AND rating IN (1, 2, 3, 4) AND reviewed_ms "
                    + ">= 0 AND reviewed_ms < 1 GROUP BY 1, 2", rs -> rs.getString(4))));
            assertTrue(plan.contains("COVERING INDEX review_log_by_answer"), plan);
            assertTrue(!plan.contains("TEMP B-TREE"), "the day's answers are never sorted: " + plan);
        }
    }
}
