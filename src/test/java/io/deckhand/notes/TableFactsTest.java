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
}
