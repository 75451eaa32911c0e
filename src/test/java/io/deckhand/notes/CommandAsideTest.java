package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A note beside a command that speaks to the reader about something else (where or as whom to run it,
 * what to do around it, "it" for what the command acts on) is no answer to what the command does; a note
 * that names what the command acts on still is.
 */
class CommandAsideTest {

    private static List<String> commandCards(List<CardDraft> cards) {
        return cards.stream().filter(c -> c.kind() == CardKind.COMMAND).map(c -> c.front() + " || " + c.back()).toList();
    }

    @Test
    void whereOrAsWhomToRunItAnswersNothing() {
        List<String> cards = commandCards(md("""
                # Greenhouse

                ```bash
                vinectl prune --dry-run --depth 3   # (as the gardener, not root)
                vinectl graft --stock north          # From inside the potting shed.
                ```
                """));
        assertTrue(cards.stream().noneMatch(c -> c.contains("gardener") || c.contains("potting shed")), cards.toString());
    }

    @Test
    void aReaderAsideOrAPronounAnswersNothing() {
        List<String> cards = commandCards(md("""
                # Greenhouse

                ```bash
                vinectl water --zone east           # Keep the receipt handy for later
                vinectl sow --tray 12 --seed basil  # Test if it works
                ```
                """));
        assertTrue(cards.stream().noneMatch(c -> c.contains("receipt") || c.contains("Test if it works")), cards.toString());
    }

    @Test
    void aNoteNamingWhatTheCommandActsOnStillDescribesIt() {
        List<String> cards = commandCards(md("""
                # Greenhouse

                ```bash
                vinectl restart sprinkler --zone east   # As root, restarts the sprinkler of one zone
                ```
                """));
        assertTrue(cards.stream().anyMatch(c -> c.contains("sprinkler of one zone")), cards.toString());
    }

    @Test
    void aNoteSayingAnActionOnItStillDescribesIt() {
        assertFalse(ShellComments.isAside("Marks it closed to new planting", "vinectl fence bed-3"));
        assertTrue(ShellComments.isAside("Check if it is actually listening", "vinectl fence bed-3"));
    }

    @Provide
    Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(9);
    }

    /** Whatever the opener, a note that names a word of the command is never set aside as a note to the reader. */
    @Property(tries = 300)
    void aNoteSharingAWordOfTheCommandIsNoAside(@ForAll("word") String object, @ForAll("word") String other) {
        String command = "vinectl tend " + object + " --zone " + other;
        for (String opener : List.of("As root,", "Keep", "From inside", "Test if it")) {
            assertFalse(ShellComments.isAside(opener + " the " + object + " works", command), opener + " / " + command);
        }
    }

    /** A short note opening as an aside and sharing nothing with the command is one, whatever it goes on to say. */
    @Property(tries = 300)
    void anAsideSharingNoWordIsOne(@ForAll("word") String a, @ForAll("word") String b) {
        String command = "vinectl tend bed-" + a.length() + " --zone x" + b.length();
        String note = "(run as q" + a + " q" + b + ")";
        assertTrue(ShellComments.isAside(note, command), note + " / " + command);
    }
}
