package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which side of a table names the things compared decides how its facts are asked. */
class TableFactsTest {
    private static List<String> questions(String note) {
        return md(note).stream().filter(c -> c.kind() == CardKind.TABLE_FACT).map(CardDraft::front)
                .map(f -> f.substring(f.lastIndexOf('\n') + 1)).toList();
    }

    @Test
    void thingsComparedAcrossTheTopAreTheSubjects() {
        assertEquals(List.of("What are **Labels** used for?", "**Labels** — Queried by selectors: yes or no?",
                "What are **Annotations** used for?", "**Annotations** — Queried by selectors: yes or no?"),
                questions("""
                        | | Labels | Annotations |
                        |---|---|---|
                        | Used for | selecting objects | attaching non-identifying metadata |
                        | Queried by selectors | yes | no |
                        """));
    }

    @Test
    void thingsComparedDownTheSideStayTheSubjects() {
        assertEquals(List.of("**ClusterIP** — Reachable from?", "**NodePort** — Reachable from?"), questions("""
                | | Reachable from |
                |---|---|
                | ClusterIP | inside the cluster |
                | NodePort | every node's IP |
                """));
    }

    @Test
    void rowsNumberedInOrderAreNamedByTheNextColumn() {
        assertEquals(List.of("Action: **Start a bake** — Command?", "Action: **Stop a bake** — Command?"), questions("""
                | # | Action | Command |
                |---|---|---|
                | 1 | Start a bake | `ovenctl start` |
                | 2 | Stop a bake | `ovenctl stop` |
                """));
    }

    @Test
    void numbersOutOfOrderAreTheRowsOwnValues() {
        assertEquals(List.of("Status: **0** — Cause?", "Status: **137** — Cause?",
                "Status: **0** — Next step?", "Status: **137** — Next step?"), questions("""
                | Status | Cause | Next step |
                |---|---|---|
                | 0 | finished | nothing |
                | 137 | out of memory | raise the limit |
                """));
    }

    @Test
    void aRowNamedLikeAHeaderIsAThingWhereAColumnDescribesTheRows() {
        assertEquals(List.of("tool: what does **info** mean?", "tool: what does **logs** mean?"), questions("""
                | tool | Description |
                |---|---|
                | info | Show the oven's settings |
                | logs | Show the oven's log |
                """));
        assertEquals(List.of("Plan: what is noted about **slow**?", "Plan: **Downtime** — slow?"), questions("""
                | Plan | slow | fast |
                |---|---|---|
                | Note | bakes in two passes | |
                | Downtime | none | an hour |
                """).subList(0, 2));
    }
}
