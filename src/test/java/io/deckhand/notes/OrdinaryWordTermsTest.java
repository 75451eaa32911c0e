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
 * Spec examples: one capitalised word used as a label or heading ("Evidence", "Prevention") is a term
 * only when the notes treat it as a name somewhere: capitalised in a sentence, in code, said to be
 * something, a kind or field of the domain, or never written in lower case at all. A word the notes
 * otherwise write as an ordinary lower-case word labels a part of the note; "What is Evidence?" has no answer.
 */
class OrdinaryWordTermsTest {
    private static boolean asks(List<CardDraft> cards, String term) {
        return cards.stream().anyMatch(c -> c.kind() == CardKind.DEFINITION && c.front().contains("**" + term + "**"));
    }

    @Test
    void aReportTemplatesLabelsAreNotTerms() {
        List<CardDraft> cards = md("""
                # Bakery incidents

                ## Writing up a burnt batch

                Keep the evidence of each burnt batch and note the prevention you chose.

                Each write-up has these sections:

                - **Evidence**: the oven log, the photos and the temperature chart of the batch
                - **Prevention**: what alarm or check would have caught the batch in time
                """);
        assertFalse(asks(cards, "Evidence"), cards.toString());
        assertFalse(asks(cards, "Prevention"), cards.toString());
    }

    @Test
    void aWordTheNotesNeverWriteInLowerCaseIsAName() {
        List<CardDraft> cards = md("""
                # Bakery tools

                ## Mixers

                - **Hobart**: a planetary mixer that kneads heavy dough for hours
                - **Kenwood**: a bench mixer for small batches of cream and batter
                """);
        assertTrue(asks(cards, "Hobart"), cards.toString());
        assertTrue(asks(cards, "Kenwood"), cards.toString());
    }

    @Test
    void anOrdinaryWordTheNotesTreatAsANameStaysATerm() {
        // Capitalised in a sentence, in code, said to be something: each a sign the word is a name here.
        List<CardDraft> cards = md("""
                # Bakery

                ## Proofing

                The dough rests in the Proofer overnight, and the proofer is cleaned weekly.
                Set `starter` in the recipe file; the starter is fed daily.
                Levain is a mix of flour and water kept alive; the levain gives sourness.

                - **Proofer**: a warm cabinet where shaped dough rises before baking
                - **Starter**: the culture of wild yeast that leavens the bread
                - **Levain**: a portion of the starter built up for one bake
                """);
        assertTrue(asks(cards, "Proofer"), cards.toString());
        assertTrue(asks(cards, "Starter"), cards.toString());
        assertTrue(asks(cards, "Levain"), cards.toString());
    }

    @Test
    void aLabelWhoseOwnTextSaysWhatItIsStaysATerm() {
        List<CardDraft> cards = md("""
                # Ovens

                A headless oven runs without a panel, and the deck holds the trays.

                Oven kinds:

                - **Headless**: basically headless is a way to run the oven from the bakery's control box
                - **Deck**: trays of stone heated from below
                """);
        assertTrue(asks(cards, "Headless"), cards.toString());
        assertFalse(asks(cards, "Deck"), cards.toString());
    }

    @Test
    void aHeadingWhoseParagraphOnlySaysWhatItDoesIsNoTermUnlessItSaysWhatItIs() {
        List<CardDraft> cards = md("""
                # Ovens

                The timer rings twice.

                ## Timer

                Rings twice when the loaves are done, then switches the oven off.
                """);
        assertFalse(asks(cards, "Timer"), cards.toString());
        assertTrue(RuleContext.saysWhatItIs("Headless", "Basically headless is a way to run the oven remotely."));
        assertFalse(RuleContext.saysWhatItIs("Headless", "The headless oven is ready."));
    }

    @Test
    void aLabelsOwnTextSpeaksOfTheLabel() {
        // "a kiln load" under "**Kiln**" is the label's own use of its word, not the word used as any other.
        assertTrue(FolderWords.of("- **Kiln**: heats a kiln load of pots to cone 6\n").treatsAsName("Kiln"));
        assertFalse(FolderWords.of("- **Kiln**: heats pots\n\nLoad the kiln at night.\n").treatsAsName("Kiln"));
    }

    @Test
    void aFieldOfTheDomainIsATermEvenWhenWrittenInLowerCase() {
        List<CardDraft> cards = md("""
                # Objects

                Every object can carry labels, and tools keep notes in annotations.

                Metadata fields:

                - **Labels**: key/value pairs attached to objects to identify them
                - **Annotations**: key/value pairs that tools attach to objects as notes
                """);
        assertTrue(asks(cards, "Labels"), cards.toString());
        assertTrue(asks(cards, "Annotations"), cards.toString());
    }

    @Test
    void aShoutedWordIsReadAsTheWordItIs() {
        assertTrue(Names.isLoneOrdinaryWord("SECTION"));
        assertFalse(Names.isLoneOrdinaryWord("HTTPS"));
        assertFalse(Names.isLoneOrdinaryWord("CoreDNS"));
        assertFalse(Names.isLoneOrdinaryWord("kubelet"));
        assertFalse(Names.isLoneOrdinaryWord("Node Pool"));
        assertTrue(Names.isLoneOrdinaryWord("Memory"));
        FolderWords words = FolderWords.of("Write the section title first.\n\n- **SECTION**: the part of a page\n");
        assertFalse(words.treatsAsName("SECTION"));
    }

    @Test
    void wordsAreCountedOverAllTheNotesReadTogether() {
        // One note uses "Proofer" as a label only; another writes it as a name in a sentence.
        String note = "- **Proofer**: warms the dough\n\nPut the loaves in the proofer.\n";
        FolderWords alone = FolderWords.of(List.of(note));
        FolderWords together = FolderWords.merged(List.of(FolderWords.of(note),
                FolderWords.of("Shaped loaves go into the Proofer for an hour.\n")));
        assertFalse(alone.treatsAsName("Proofer"));
        assertTrue(together.treatsAsName("Proofer"));
    }

    @Test
    void codeAndNamesOfSeveralWordsSayNothingOfTheWordAlone() {
        // "timing: 5" keys a value; "the Oven Timer" names the timer; "the fix is a ..." uses an ordinary noun.
        FolderWords words = FolderWords.of("The timing matters.\n\n```yaml\ntiming: 5\n```\n"
                + "Set it on the Oven Timer, the oven matters.\nThe fix is a new seal.\n");
        assertFalse(words.treatsAsName("Timing"));
        assertFalse(words.treatsAsName("Oven"));
        assertFalse(words.treatsAsName("Fix"));
        assertTrue(FolderWords.of("Fix is a tool that mends seals; apply the fix daily.").treatsAsName("Fix"));
        assertTrue(FolderWords.of("A kettle is a vessel that boils water; the kettle sings.").treatsAsName("Kettles"));
    }

    @Provide
    Arbitrary<String> ordinaryWords() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4).ofMaxLength(10)
                .filter(w -> !Names.isDomainField(w) && !Names.isDomainKind(w));
    }

    @Property(tries = 80)
    void aLabelTheNotesOnlyWriteAsAnOrdinaryWordIsNeverAsked(@ForAll("ordinaryWords") String word) {
        String label = Character.toUpperCase(word.charAt(0)) + word.substring(1);
        List<CardDraft> cards = md("# Topic\n\n## Part\n\nWe keep the " + word + " short and check the " + word + " daily.\n\n"
                + "Each write-up has these sections:\n\n"
                + "- **" + label + "**: the oven log and the chart of the batch\n"
                + "- **Other Part**: a drain of gravel under the beds\n");
        assertFalse(asks(cards, label), cards.toString());
    }

    @Property(tries = 80)
    void readingWordsNeverFailsAndKeepsOtherShapesNames(@ForAll String text, @ForAll("ordinaryWords") String word) {
        FolderWords words = FolderWords.of(text);
        assertTrue(words.treatsAsName(word.toUpperCase(java.util.Locale.ROOT).substring(0, 3)));
        assertTrue(words.treatsAsName("`" + word + "`"));
    }
}
