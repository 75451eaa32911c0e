package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The italic breadcrumb above a question shows the headings' words, never their markup escaped to stars. */
class BreadcrumbMarkupTest {

    @Test
    void emphasisInAHeadingIsDroppedNotEscaped() {
        assertEquals("Why some lamps flicker", CardSink.breadcrumb("Why *some* lamps flicker"));
        assertEquals("The bold part", CardSink.breadcrumb("The ***bold*** part"));
        assertEquals("An underlined word", CardSink.breadcrumb("An _underlined_ word"));
        assertEquals("snake_case_name stays", CardSink.breadcrumb("snake_case_name stays"));
    }

    @Test
    void aStarTheNoteEscapedStaysAsWrittenAndABareStarIsEscapedOnce() {
        assertEquals("Glob \\* patterns", CardSink.breadcrumb("Glob \\* patterns"));
        assertEquals("Multiply a \\* b", CardSink.breadcrumb("Multiply a * b"));
    }

    @Test
    void aCardUnderAnEmphasisedHeadingShowsItsWordsPlain() {
        List<CardDraft> cards = md("""
                # Garden *tools*

                ## The **trowel**

                - Trowel: a small hand tool for digging planting holes in soft soil
                - Rake: a long-handled tool with teeth for gathering leaves off lawns
                """);
        assertFalse(cards.isEmpty());
        for (CardDraft c : cards) assertFalse(c.front().contains("\\*"), c.front());
        assertTrue(cards.stream().anyMatch(c -> c.front().startsWith("*Garden tools")), cards.toString());
    }

    @Provide
    Arbitrary<String> headings() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
        Arbitrary<String> marked = Combinators.combine(word, Arbitraries.of("", "*", "**", "***", "_", "__"))
                .as((w, mark) -> mark + w + mark);
        return marked.list().ofMinSize(1).ofMaxSize(6).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 200)
    void aFrontNeverShowsAnEscapedStarTheNoteDidNotWrite(@ForAll("headings") String top, @ForAll("headings") String sub) {
        List<CardDraft> cards = md("# " + top + "\n\n## " + sub + "\n\n"
                + "- Anvil: a heavy iron block on which metal is shaped by hammering\n"
                + "- Bellows: a device that blows air into the fire to make it hotter\n");
        for (CardDraft c : cards) assertFalse(c.front().contains("\\*"), c.front());
    }
}
