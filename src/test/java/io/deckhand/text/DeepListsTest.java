package io.deckhand.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.notes.NoteParser;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class DeepListsTest {
    @Test
    void ordinaryNotesAreLeftAsTheyAre() {
        String note = "# Pods\n\n1. one\n   - a\n     - b\n2. two\n";
        assertSame(note, DeepLists.cap(note));
    }

    @Test
    void pastTheLimitTheNextMarkerIsEscaped() {
        String deep = "1. ".repeat(DeepLists.MAX_DEPTH + 3) + "x";
        String capped = DeepLists.cap("intro\n" + deep + "\nafter\n");
        assertEquals("intro\n" + "1. ".repeat(DeepLists.MAX_DEPTH) + "1\\. " + "1. ".repeat(2) + "x\nafter\n", capped);
        assertEquals(DeepLists.cap("- ".repeat(40) + "y"), "- ".repeat(32) + "\\- " + "- ".repeat(7) + "y");
    }

    @Test
    void aDeepListGivesNoCard() {
        // Its time is the hostile corpus's check (7 s in flexmark before the limit), not this test's.
        assertTrue(new NoteParser().parse("n.md", "1. ".repeat(10_000) + "x\n").drafts().isEmpty());
    }

    @Property(tries = 500)
    void cappingKeepsTheLinesAndOnlyAddsBackslashes(@ForAll @Chars({'1', '.', ')', '-', '*', ' ', '\n', 'x'})
                                                   @StringLength(max = 400) String text) {
        String capped = DeepLists.cap(text);
        assertEquals(text.split("\n", -1).length, capped.split("\n", -1).length);
        assertEquals(text, capped.replace("\\", ""));
    }
}
