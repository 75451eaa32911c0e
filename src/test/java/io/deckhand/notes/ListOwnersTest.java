package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Issue 9, list cards: the owner of a list is a subject that stands alone, the question says what the
 * items are for it, and a list that belongs to an exercise or an outline is no list card.
 */
class ListOwnersTest {

    private static List<CardDraft> lists(List<CardDraft> cs) {
        return cs.stream().filter(c -> c.kind() == CardKind.LIST).toList();
    }

    @Test
    void aLeadInThatCannotBeAskedIsNotReplacedByTheHeadingsName() {
        // The lead-in says what the items are (ways to weed a bed); "What are the Gardens and Sheds?" asks another thing.
        List<CardDraft> cs = md("# Gardens and Sheds\n\n## Understand how beds are kept tidy and free of weeds\n\n"
                + "To weed a bed, we have two main options:\n\n- Hoeing\n- Mulching\n");
        assertTrue(lists(cs).isEmpty(), cs.toString());
    }

    @Test
    void aLeadInThatOnlyCountsLeavesTheHeadingToSayWhatTheItemsAre() {
        List<CardDraft> cs = md("# Watering\n\n## Watering Modes\n\nThree options exist:\n\n"
                + "- `drip` – water drops slowly at the root\n- `spray` – water falls on the leaves like rain\n");
        CardDraft c = one(cs, CardKind.LIST, "What are the **Watering Modes**?");
        assertTrue(c.back().contains("falls on the leaves"), c.back());
        for (CardDraft d : cs) assertFalse(d.front().contains("Three options exist"), d.toString());
        assertTrue(ListRules.onlyCounts("There are two kinds:"));
        assertFalse(ListRules.onlyCounts("Two kinds are used by hoses:"));
    }

    @Test
    void aLeadInThatCallsTheItemsByTheHeadingsNameKeepsThatName() {
        List<CardDraft> cs = md("# Soil\n\n## Soil Types\nOut of the box we get the following soil types.\n"
                + "1. Clay\n2. Loam\n3. Sand\n");
        CardDraft c = one(cs, CardKind.LIST, "What are the **Soil Types**?");
        assertTrue(c.back().contains("Loam"), c.back());
    }

    @Test
    void stepsBelongToSomethingToDo() {
        List<CardDraft> room = md("# Bakery\n\n## Oven room\n\n- Add a thermometer by the door\n- Check the seals every week\n");
        assertTrue(lists(room).stream().noneMatch(c -> c.front().contains("steps for")), room.toString());
        List<CardDraft> install = md("# Bakery\n\n## Install the oven\n\n- Add a gas valve behind the oven\n"
                + "- Check the seals before lighting it\n");
        one(install, CardKind.LIST, "What are the steps for **Install the oven**?");
        assertTrue(Phrasing.namesAnAction("Ovens - Installing the burner"));
        assertTrue(Phrasing.namesAnAction("Burner upgrade"));
        assertTrue(Phrasing.namesAnAction("Setting the timer"));
        assertFalse(Phrasing.namesAnAction("Control room"));
        assertFalse(Phrasing.namesAnAction("Workflow"));
        assertFalse(Phrasing.namesAnAction("Lab exercises for baking"));
        assertNull(Phrasing.stepsFor("As prep:", "Bakery", false));
        assertEquals("How do you light the oven?", Phrasing.stepsFor("To light the oven:", "Bakery", false));
    }

    @Test
    void aLeadInQuestionIsANounPhraseNotAClauseOrASelection() {
        assertNull(Phrasing.aboutIntro("Some generic observations:", ""));
        assertNull(Phrasing.aboutIntro("A few important pieces of information to note:", ""));
        assertNull(Phrasing.aboutIntro("Hoses and watering", ""));
        assertEquals("What are the pros and cons?", Phrasing.aboutIntro("Pros and cons:", ""));
        String q = Phrasing.aboutIntro("However, good starting points would include looking at things like:", "");
        assertTrue(q == null || !q.contains("However"), q);
    }

    @Test
    void aListInAnExercisesStatementIsTheTasksNotAListCard() {
        List<CardDraft> values = md("# Mock exam\n\n### Q3 — Bake the loaves\n\n**Problem:** Bake two loaves in the "
                + "`north` oven. Configure these settings:\n\n1. Set `heat` to `220`\n2. Set `timer` to `40`\n");
        assertTrue(lists(values).isEmpty(), values.toString());
        List<CardDraft> statement = md("# Mock exam\n\n## Q4 — Open the shop\n\n### Question\n\nThe shop is closed. "
                + "Open it with:\n\n- Door colour: `red`\n- Opening hour: 9\n- Staff count: 3\n");
        assertTrue(lists(statement).isEmpty(), statement.toString());
    }

    @Test
    void theBenefitsOfAKindOfPartsHaveNoOwner() {
        List<CardDraft> cs = md("# Watering needs\n\n- Every bed gets water twice a day\n  - Mornings and evenings\n"
                + "- Benefits\n  - Roots grow deeper\n  - Less rot in the stems\n");
        assertTrue(cs.stream().noneMatch(c -> c.front().contains("benefits of **Watering needs**")), cs.toString());
    }

    @Test
    void anOutlineOfQuestionsIsNoSetOfNames() {
        assertFalse(ListRules.isAName("How to water a plant?"));
        List<CardDraft> cs = md("# Plants\n\nIn this part, we will take a look at plants.\n\n- Plant introduction\n"
                + "- How to water a plant?\n");
        assertTrue(cs.stream().noneMatch(c -> c.kind() == CardKind.LIST && c.front().equals("What are the **Plants**?")),
                cs.toString());
    }

    @Test
    void aLeadInThatAnnouncesTheListBelowGovernsItToo() {
        assertTrue(Phrasing.announces("In this part, we will take a look at the below"));
        assertFalse(Phrasing.announces("Wells are dug below the frost line"));
        List<CardDraft> cs = md("# Pumps\n\nIn this part, we will take a look at the below\n- Hand Pump\n- Wind Pump\n");
        assertTrue(lists(cs).isEmpty(), cs.toString());
    }

    @Test
    void anOutlineNumberIsNoPartOfTheOwnersName() {
        List<CardDraft> cs = md("# Water pumps\n\n## 5. Hand Pump\n\n- How it works: the handle lifts a piston that draws water up\n"
                + "- Pros: cheap to run and easy to fix\n- Cons: slow for large tanks\n");
        one(cs, CardKind.BASIC, "What are the pros of **Hand Pump**?");
        for (CardDraft c : cs) {
            assertFalse(c.front().contains("**5."), c.toString());
            // "How it works" is a clause: "the how it works of" is no question.
            assertFalse(c.front().contains("how it works of"), c.toString());
        }
        assertEquals("**12 Factor Apps**", Phrasing.named("12 Factor Apps"));
        assertEquals("**Scaling**", Phrasing.named("2.1 Scaling"));
    }

    /** A selection ("some", "a few", "several" ...) is never asked as if it were the whole set. */
    @Property(tries = 300)
    void aSelectionIsNeverAskedAsTheWholeSet(@ForAll("selections") String intro) {
        assertNull(Phrasing.aboutIntro(intro, "Topic"), intro);
    }

    /** "What are the steps for X?" only when X names something to do. */
    @Property(tries = 300)
    void stepsAreAskedOnlyForAnAction(@ForAll("subjects") String subject) {
        String q = Phrasing.stepsFor(null, subject, false);
        if (q != null && q.startsWith("What are the steps for")) assertTrue(Phrasing.namesAnAction(subject), q);
        if (!Phrasing.isCondition(subject) && !Phrasing.namesAnAction(subject)) assertNull(q, subject);
    }

    @Provide
    Arbitrary<String> selections() {
        Arbitrary<String> det = Arbitraries.of("Some", "some", "A few", "Several", "Various", "A couple of", "Certain");
        Arbitrary<String> word = Arbitraries.of("generic", "observations", "tips", "important", "pieces", "of", "information",
                "to", "note", "hoses", "rules", "and", "useful", "things");
        return net.jqwik.api.Combinators.combine(det, word.list().ofMinSize(1).ofMaxSize(5))
                .as((d, ws) -> d + " " + String.join(" ", ws) + ":");
    }

    @Provide
    Arbitrary<String> subjects() {
        Arbitrary<String> word = Arbitraries.of("Control", "room", "Install", "installing", "the", "oven", "Workflow",
                "-", ":", "Lab", "exercises", "for", "upgrade", "Oven", "if", "setting", "timer", "node", "");
        return word.list().ofMinSize(1).ofMaxSize(5).map(ws -> String.join(" ", ws).strip()).filter(s -> !s.isEmpty());
    }
}
