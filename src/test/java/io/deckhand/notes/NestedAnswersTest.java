package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: the answer to a question the note asks is the whole list under it, with the points nested
 * under its items (not only the top items); a field or a number asked as a term names its topic.
 */
class NestedAnswersTest {

    @Test
    void theAnswerKeepsThePointsNestedUnderItsItems() {
        String note = """
                # Tokens

                ## How do we issue a token?
                - Each token has 3 parts
                  - owner
                  - scope
                  - expiry
                - sign the token with the issuer's key

                ## Rotation
                Tokens are rotated weekly.
                """;
        CardDraft c = one(md(note), CardKind.BASIC, "How do we issue a token?");
        assertEquals("""
                - Each token has 3 parts
                  - owner
                  - scope
                  - expiry
                - sign the token with the issuer's key""", c.back());
    }

    @Test
    void aListWithoutNestedPointsIsAnsweredAsBefore() {
        String note = "# Tokens\n\n## Why do tokens expire?\n- a lost token stops working\n- old keys can be retired\n";
        CardDraft c = one(md(note), CardKind.BASIC, "Why do tokens expire?");
        assertEquals("- a lost token stops working\n- old keys can be retired", c.back());
    }

    @Test
    void aFieldOrANumberIsAskedWithinItsTopic() {
        assertTrue(Phrasing.fieldOrValue("defaultRequest"));
        assertTrue(Phrasing.fieldOrValue("`maxSurge`"));
        assertTrue(Phrasing.fieldOrValue("2380"));
        assertFalse(Phrasing.fieldOrValue("ClusterIP"));
        assertFalse(Phrasing.fieldOrValue("Ingress"));
        assertFalse(Phrasing.fieldOrValue("kubelet"));
        assertEquals("**Spool Limits**: what is **defaultRequest**?",
                Phrasing.within("What is **defaultRequest**?", "defaultRequest", "Spool Limits"));
        // A name stands alone.
        assertEquals("What is **ClusterIP**?", Phrasing.within("What is **ClusterIP**?", "ClusterIP", "Spool Limits"));
    }

    @Provide
    Arbitrary<List<List<String>>> outlines() {
        Arbitrary<String> point = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8)
                .list().ofMinSize(2).ofMaxSize(4).map(ws -> String.join(" ", ws));
        return point.list().ofMinSize(0).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 150)
    void everyNestedPointIsInTheAnswerInTheNotesOrder(@ForAll("outlines") List<List<String>> outline) {
        StringBuilder note = new StringBuilder("# Spools\n\n## How do we wind a spool?\n");
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < outline.size(); i++) {
            String top = "step " + i + " of the winding";
            note.append("- ").append(top).append('\n');
            expected.add("- " + top);
            for (String sub : outline.get(i)) {
                note.append("  - ").append(sub).append('\n');
                expected.add("  - " + sub);
            }
        }
        note.append("\n## Storage\nSpools are kept dry.\n");
        List<CardDraft> cards = md(note.toString());
        CardDraft c = one(cards, CardKind.BASIC, "How do we wind a spool?");
        assertEquals(String.join("\n", expected), c.back());
    }
}
