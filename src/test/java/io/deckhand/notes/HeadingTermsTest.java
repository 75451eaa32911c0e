package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a heading or label is a term or a subject only when the notes use it as a name (code, an
 * acronym, a kind, one word, or a phrase the note says again outside its heading or label). Numbering and
 * label punctuation are never part of a name.
 */
class HeadingTermsTest {
    private static String question(CardDraft c) {
        String f = c.front();
        int body = f.lastIndexOf("\n\n");
        return body < 0 ? f : f.substring(body + 2);
    }

    private static boolean anyQuestionContains(List<CardDraft> cards, String part) {
        return cards.stream().anyMatch(c -> question(c).contains(part));
    }

    @Test
    void aHeadingsNumberIsNoPartOfTheTermItDefines() {
        List<CardDraft> cards = md("""
                # Kite Club

                ## 4) Night Flying

                Night flying is a session held after dusk with lit kites.

                ## 5. Tail Rigging

                Tail rigging is a way of tying streamers so the kite stays level.
                """);
        assertEquals("What is **Night Flying**?", question(one(cards, CardKind.DEFINITION, "Night Flying")));
        assertEquals("What is **Tail Rigging**?", question(one(cards, CardKind.DEFINITION, "Tail Rigging")));
        assertFalse(anyQuestionContains(cards, "4)"), cards.toString());
        assertFalse(anyQuestionContains(cards, "5."), cards.toString());
    }

    @Test
    void aNumberedSectionWordHeadingIsNoTerm() {
        List<CardDraft> cards = md("""
                # Kite Club

                ## 3. Background

                The club flies kites on the hill every Sunday morning.
                """);
        assertFalse(anyQuestionContains(cards, "Background"), cards.toString());
    }

    @Test
    void aHeadingLabelOverWhatItsTopicDoesIsNoTermButOneOverWhatKindOfThingItIsStays() {
        List<CardDraft> cards = md("""
                # Kite Club

                ## Flying Season

                Runs from March to October on the north hill.

                Members bring their own kites.

                ## Chain of Custody

                Is a record of every hand a club kite passed through.

                Kites are checked on return.
                """);
        assertFalse(anyQuestionContains(cards, "Flying Season"), cards.toString());
        assertEquals("What is **Chain of Custody**?", question(one(cards, CardKind.DEFINITION, "Chain of Custody")));
    }

    @Test
    void aHeadingLabelTheNoteNeverUsesAgainIsNoSubject() {
        List<CardDraft> cards = md("""
                # Kite Club

                ## Weather Trouble

                - If the wind passes forty knots, every kite comes down at once.
                - When rain starts, the paper kites go back into the shed.
                """);
        CardDraft wind = one(cards, CardKind.BASIC, "forty knots");
        assertEquals("**Kite Club**: what happens if the wind passes forty knots?", question(wind));
        assertFalse(anyQuestionContains(cards, "Weather Trouble"), cards.toString());
    }

    @Test
    void aHeadingTheNoteUsesAgainStaysTheSubject() {
        List<CardDraft> cards = md("""
                # Kite Club

                Members book line tension checks before each contest.

                ## Line Tension

                - If the line tension drops, the kite stalls and falls.
                """);
        assertEquals("**Line Tension**: what happens if the line tension drops?",
                question(one(cards, CardKind.BASIC, "tension drops")));
    }

    @Test
    void aHeadingThatIsALinkBehindALabelIsNoSubject() {
        List<CardDraft> cards = md("""
                # Kite Club

                ## Further Reading: [A Note on Spools](https://example.org/spools)

                - If a spool cracks, the line is wound onto a spare before the next launch.
                """);
        CardDraft spool = one(cards, CardKind.BASIC, "spool cracks");
        assertEquals("**Kite Club**: what happens if a spool cracks?", question(spool));
    }

    @Test
    void aTermAndItsHeadingSpelledDifferentlyAreOneName() {
        List<CardDraft> cards = md("""
                # Kite Club

                ## Wind Meter

                - **Wind-Meter**: a device on the mast that reports gusts every second.
                """);
        assertEquals("What is **Wind-Meter**?", question(one(cards, CardKind.DEFINITION, "Wind-Meter")));
    }

    @Test
    void aLabelOfOrdinaryWordsOverAClaimIsNoTermButOneOverWhatItIsOrNamesStays() {
        List<CardDraft> cards = md("""
                # Kite Club

                ## Running the Field

                - **Safe Launch**: the launcher stands upwind of the crowd.
                - **Widely Loved**: many towns hold a festival each spring.
                - **Box Kite**: a kite built from two open boxes joined by struts.
                - Twin spools: `LeftSpool` and `RightSpool` feed the two lines of a stunt kite.
                """);
        assertFalse(anyQuestionContains(cards, "Safe Launch"), cards.toString());
        assertFalse(anyQuestionContains(cards, "Widely Loved"), cards.toString());
        one(cards, CardKind.DEFINITION, "**Box Kite**");
        one(cards, CardKind.DEFINITION, "**Twin spools**");
    }

    @Test
    void aLabelTheNoteUsesAgainIsATerm() {
        List<CardDraft> cards = md("""
                # Kite Club

                Every member learns the safe launch before their first contest.

                ## Running the Field

                - **Safe Launch**: the launcher stands upwind of the crowd.
                """);
        one(cards, CardKind.DEFINITION, "**Safe Launch**");
    }

    @Test
    void aLabelThatOnlySaysDefineGivesTheTermItsTextDefines() {
        List<CardDraft> cards = md("""
                # Kite Club

                ## Words

                - **Define:** a bridle is the set of lines that fixes the flying angle.
                - **Spar**: a stiff rod that holds the sail open.
                """);
        // An ordinary word as a term is asked within its topic (Phrasing.within).
        assertEquals("**Kite Club**: what is **bridle**?", question(one(cards, CardKind.DEFINITION, "bridle")));
        assertFalse(anyQuestionContains(cards, "Define"), cards.toString());
    }

    @Test
    void aSubjectIsNamedWithoutItsLabelColonOrNumber() {
        assertEquals("**Define**", Phrasing.named("**Define:**"));
        assertEquals("**Widely Loved**", Phrasing.named("**Widely Loved:**"));
        assertEquals("**Background**", Phrasing.named("3. Background"));
        assertEquals("**Tail Rigging**", Phrasing.named("2.1 Tail Rigging"));
        assertEquals("`kite --fly`", Phrasing.named("`kite --fly`"));
        assertEquals("**Downward Channel**", Phrasing.named("The Downward Channel"), "the article is the sentence's");
    }

    @Test
    void namesByTheirSpelling() {
        assertTrue(Names.byItsSpelling("CoreDNS Config"));
        assertTrue(Names.byItsSpelling("Storage Class"), "a kind of the API written as words");
        assertTrue(Names.byItsSpelling("Network Policies"));
        assertTrue(Names.byItsSpelling("Spar"));
        assertFalse(Names.byItsSpelling("Weather Trouble"));
        assertFalse(Names.byItsSpelling("3. Safe Launch"));
    }

    @Provide
    Arbitrary<String> numberings() {
        Arbitrary<Integer> n = Arbitraries.integers().between(1, 99);
        return Arbitraries.oneOf(n.map(i -> i + "."), n.map(i -> i + ")"),
                Combinators.combine(n, n).as((a, b) -> a + "." + b));
    }

    @Provide
    Arbitrary<String> titleWords() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(8)
                .filter(w -> !w.equals("the")).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1));
        return word.list().ofMinSize(1).ofMaxSize(3).map(ws -> String.join(" ", ws));
    }

    @Property(tries = 80)
    void noQuestionAsksAHeadingWithItsNumber(@ForAll("numberings") String number, @ForAll("titleWords") String name) {
        List<CardDraft> cards = md("# Kite Club\n\n## " + number + " " + name + "\n\n" + name
                + " is a part of the club that meets on the hill.\n\n- If it rains, the meeting moves indoors.\n");
        for (CardDraft c : cards) {
            String q = question(c);
            assertFalse(q.contains("**" + number), q);
            assertFalse(q.contains(":**:") || q.contains("**:**"), q);
        }
    }

    @Property(tries = 80)
    void aNamedSubjectNeverKeepsLabelPunctuation(@ForAll("titleWords") String label, @ForAll("numberings") String number) {
        for (String written : List.of("**" + label + ":**", "**" + label + "**:", number + " " + label, label + " -")) {
            String named = Phrasing.named(written);
            assertEquals("**" + label + "**", named, written);
        }
    }
}
