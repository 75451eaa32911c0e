package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Issue 9: a title taken from a file name keeps the name's words whole, hyphenated names included. */
class NoteTitleTest {

    @Test
    void hyphensPartWordsButASingleLetterStaysWithItsWord() {
        assertEquals("BREAD-O vs sourdough", NoteTitle.of("docs/BREAD-O-vs-sourdough.md"));
        assertEquals("Rye Loaves vs Spelt Loaves", NoteTitle.of("Rye-Loaves-vs-Spelt-Loaves.md"));
        assertEquals("oven images", NoteTitle.of("oven-images.md"));
        assertEquals("e-book recipes", NoteTitle.of("e-book-recipes.md"));
        assertEquals("crust colours", NoteTitle.of("crust_colours.md"));
        assertEquals("TLS in ovens", NoteTitle.of("TLS--in__ovens.md"));
        // Prefixes and ids still give no title.
        assertEquals("", NoteTitle.of("02-rye-loaves.md"));
        assertEquals("", NoteTitle.of("b.rye_loaves.md"));
    }

    @Provide
    Arbitrary<String> fileNames() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5));
        Arbitrary<String> separator = Arbitraries.of("-", "_", " ", "--", "-_");
        return Combinators.combine(word.list().ofMinSize(1).ofMaxSize(5), separator.list().ofSize(4))
                .as((ws, seps) -> {
                    StringBuilder b = new StringBuilder(ws.get(0));
                    for (int i = 1; i < ws.size(); i++) b.append(seps.get(i - 1)).append(ws.get(i));
                    return b.toString();
                });
    }

    @Property(tries = 500)
    void aTitleFromAFileNameKeepsEveryLetterOfEachWord(@ForAll("fileNames") String name) {
        String title = NoteTitle.of("notes/" + name + ".md");
        if (title.isEmpty()) return;
        assertEquals(name.replaceAll("[^A-Za-z]", ""), title.replaceAll("[^A-Za-z]", ""), name + " -> " + title);
        // Every word of the title is a whole run of letters of the name, never a piece of one.
        List<String> nameWords = List.of(name.split("[^A-Za-z]+"));
        for (String w : title.split("[\\s-]+")) assertTrue(nameWords.contains(w), w + " of " + title + " from " + name);
    }
}
