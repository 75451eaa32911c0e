package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a heading that is a clause ("What the pump does", "When to drain the tank", "These valves come
 * in two kinds.") is context, never the subject of a question: the subject is the heading above it.
 */
class ClauseHeadingsTest {
    private static final NoteParser PARSER = new NoteParser();

    private static List<CardDraft> cards(String text) {
        return PARSER.parse("garden.md", text).drafts();
    }

    @Test
    void aClauseHeadingGivesWayToTheHeadingAboveIt() {
        List<CardDraft> cs = cards("# Sprinklers\n\n## Sprinkler Pump\n\n### What the pump does\n\n"
                + "- If the tank runs dry, the pump stops after ten seconds.\n- If the valve sticks, the pressure gauge turns red.\n");
        assertFalse(cs.isEmpty(), "no cards");
        for (CardDraft c : cs) {
            assertFalse(c.front().contains("**What the pump does**:"), c.front());
        }
        assertTrue(cs.stream().anyMatch(c -> c.front().contains("**Sprinkler Pump**")), cs.toString());
    }

    @Test
    void clausesAndNames() {
        assertTrue(Vocabulary.isClause("What the pump does"));
        assertTrue(Vocabulary.isClause("When to drain the tank"));
        assertTrue(Vocabulary.isClause("These valves come in two kinds."));
        assertTrue(Vocabulary.isClause("Why drain it?"));
        assertFalse(Vocabulary.isClause("Sprinkler Pump"));
        assertFalse(Vocabulary.isClause("Drip Lines and Emitters"));
        assertFalse(Vocabulary.isClause("This"));
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).list().ofMinSize(1).ofMaxSize(4)
                .map(ws -> String.join(" ", ws));
    }

    @Property(tries = 300)
    void aHeadingOpenedByAQuestionWordIsAClause(@ForAll("names") String rest) {
        for (String opener : List.of("What", "How", "When", "Why", "Where", "These", "If")) {
            assertTrue(Vocabulary.isClause(opener + " " + rest), opener + " " + rest);
        }
        // A name in title case that ends without a sentence stop is a name unless its first word opens a clause.
        String first = rest.split(" ")[0].toLowerCase();
        if (!List.of("what", "how", "when", "why", "where", "which", "who", "whose", "while", "whereas", "because", "since",
                "although", "though", "unless", "once", "if", "whether", "so", "these", "this", "those", "that", "it", "its",
                "they", "there", "here", "we", "you", "your", "our", "lets").contains(first) || !rest.contains(" ")) {
            assertFalse(Vocabulary.isClause(rest), rest);
        }
    }
}
