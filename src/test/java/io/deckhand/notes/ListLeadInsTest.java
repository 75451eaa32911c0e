package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
 * Issue 9, list lead-ins on invented bakery notes: a bold question before the lead-in is a sentence of
 * its own, a noun ending in -us/-ss/-is is no verb of the lead-in, a title with a subtitle names no kind
 * of items, and a list whose lead-in names a kind of item of nothing named (no heading, no title, and an
 * instruction between it and a command) gets no card.
 */
class ListLeadInsTest {

    @Test
    void aBoldQuestionBeforeTheLeadInIsASentenceOfItsOwn() {
        List<CardDraft> cs = md("# Bakery guides\n\n## Order of the guides\n\n**Short on time?** The quickest route is:\n\n"
                + "1. `bread/starter` (1 hour): feed the starter\n2. `bread/loaf` (3 hours): shape and bake the loaf\n");
        CardDraft c = one(cs, CardKind.LIST, "quickest route");
        assertFalse(c.front().contains("Short on time"), c.front());
        assertEquals(List.of("**Short on time?**", "The quickest route is:"),
                Sentences.of("**Short on time?** The quickest route is:"));
    }

    /** Any question in bold before another sentence ends there, and no text is lost or moved. */
    @Property
    void emphasisClosingAfterAMarkEndsTheSentence(@ForAll("phrases") String first, @ForAll("phrases") String second,
                                                  @ForAll("marks") String mark, @ForAll("emphasis") String em) {
        String a = em + first + mark + em;
        String b = Character.toUpperCase(second.charAt(0)) + second.substring(1) + ".";
        assertEquals(List.of(a, b), Sentences.of(a + " " + b));
    }

    @Provide
    Arbitrary<String> phrases() {
        return Arbitraries.of("short on time", "the oven is hot", "proof the dough", "rye needs less water", "keep it warm");
    }

    @Provide
    Arbitrary<String> marks() {
        return Arbitraries.of("?", "!", ".");
    }

    @Provide
    Arbitrary<String> emphasis() {
        return Arbitraries.of("**", "*", "_", "__");
    }

    @Test
    void aNounEndingInUsSsOrIsIsNoVerbOfTheLeadIn() {
        assertEquals("What are the common status indicators?", Phrasing.aboutIntro("Common status indicators:", ""));
        assertEquals("What are the daily process checks?", Phrasing.aboutIntro("Daily process checks:", ""));
        assertEquals("What are the oven analysis tools?", Phrasing.aboutIntro("Oven analysis tools:", ""));
        // A real verb still asks which ones the owner has.
        assertEquals("Which proofing modes does Ovenly support?", Phrasing.aboutIntro("Ovenly supports two proofing modes:", ""));
    }

    @Test
    void aTitleWithASubtitleNamesNoKindOfItems() {
        assertNull(Phrasing.namesOf("Bakery Prep: Loaves from Scratch"));
        assertNull(Phrasing.namesOf("Ovens: Modes"));
        assertNotNull(Phrasing.namesOf("Proofing Baskets"));
    }

    @Test
    void aLeadInOfOrdinaryWordsUnderNothingNamedGetsNoCard() {
        List<CardDraft> cs = md("**Weight: 4 points**\n\n```\nbakectl use-oven east\n```\n\n"
                + "The `rye` loaf in tray `t2` has not risen.\n\nGet the loaf baked.\n\nRules:\n\n"
                + "- Do not change the oven temperature.\n- Leave the other trays in place. Other bakers use them.\n");
        for (CardDraft c : cs) {
            assertFalse(c.kind() == CardKind.LIST, "a list of nothing named: " + c);
        }
    }

    @Test
    void aCommandStillOwnsTheListItsTextExplains() {
        List<CardDraft> cs = md("# Ovens\n\n```\nbakectl status\n```\n\nThe status shows each tray.\n\nIt reports three tray states:\n\n"
                + "- Cold, before the tray is loaded\n- Rising, while the dough proofs\n- Baking, once the door closes\n");
        CardDraft c = one(cs, CardKind.LIST, "tray states");
        assertTrue(c.back().contains("Rising"), c.back());
    }
    @Test
    void aPointWithItsSubjectLeftOutIsNoQuestionThatTheNextParagraphAnswers() {
        List<CardDraft> cs = md("# Ovens\n\n## Cold start\n\n- Preheat the oven after loading the trays\n"
                + "- May require extra heat\n\n> The rack sits on top.\n> Only bread and rolls use the rack.\n");
        for (CardDraft c : cs) assertFalse(c.front().contains("May require"), "a point asked as a question: " + c);
        // A question ends with "?" or opens with a wh-word; the paragraph below answers that one.
        List<CardDraft> asked = md("# Ovens\n\n## Cold start\n\n- Preheat the oven after loading the trays\n"
                + "- How to keep the crust soft\n\nSpray water into the oven for the first ten minutes.\n");
        assertTrue(one(asked, CardKind.BASIC, "How to keep the crust soft").back().contains("Spray water"));
    }
}
