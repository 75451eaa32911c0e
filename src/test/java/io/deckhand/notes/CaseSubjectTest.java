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
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Issue 9: a case question ("what happens if C?") names what it is about. A condition that opens with a
 * word pointing back ("if one is not set", "if any of them fails") names nothing; a heading that is no
 * name ("Turning slowly on purpose") is no subject, so the nearest named heading above is, else the case
 * must open with a thing of its own ("a chuck", "`lathectl`", "the RPM").
 */
class CaseSubjectTest {

    @Test
    void aConditionThatOpensWithAPronounMakesNoCard() {
        String note = """
                # Sprockets

                A sprocket turns the chain. If one is not greased, the chain slips off the teeth.

                - If it is bent, the chain jumps a tooth on every turn
                - If any of them cracks, the whole drive stops at once
                - If the chain is dry, the sprocket wears out in a week
                """;
        List<CardDraft> cards = md(note);
        for (CardDraft c : cards) {
            assertFalse(c.front().matches("(?is).*\\b(if|when|once) (one|it|any of them)\\b.*"), c.front());
        }
        // The case that names its own thing stays, asked about the named topic.
        one(cards, CardKind.BASIC, "**Sprockets**: what happens if the chain is dry?");
    }

    @Test
    void aHeadingThatIsNoNameGivesWayToTheNamedHeadingAbove() {
        String note = """
                # Lathe

                ## Turning slowly on purpose

                - Once the chuck is tight, the spindle starts at the lowest speed
                """;
        List<CardDraft> cards = md(note);
        one(cards, CardKind.BASIC, "**Lathe**: what happens once the chuck is tight?");
        for (CardDraft c : cards) assertFalse(c.front().contains("**Turning slowly on purpose**:"), c.front());
    }

    @Test
    void withoutANamedSubjectTheCaseMustNameItsOwnThing() {
        // Subjects as the rules see them: a heading of ordinary words is no name.
        String heading = "Turning slowly on purpose";
        String[] own = Phrasing.claimItem("If a chuck is loose, the spindle stops before the first cut", heading, false);
        assertEquals("What happens if a chuck is loose?", own[0]);
        String[] named = Phrasing.claimItem("If the RPM drops below ten, the motor is switched off", heading, false);
        assertEquals("What happens if the RPM drops below ten?", named[0]);
        // "the chuck": which chuck is told by the heading that is no name, so no card.
        assertNull(Phrasing.claimItem("If the chuck is loose, the spindle stops before the first cut", heading, false));
        // Under a name the same case is asked about it.
        String[] under = Phrasing.claimItem("If the chuck is loose, the spindle stops before the first cut", "Lathe", true);
        assertEquals("**Lathe**: what happens if the chuck is loose?", under[0]);
    }

    @Test
    void aLeadInCaseNeedsANamedSubjectOrItsOwnThing() {
        assertNull(Phrasing.aboutIntro("Once the belt is running:", "Setting things up", false));
        assertNull(Phrasing.aboutIntro("If one is missing:", "Lathe", true));
        assertEquals("**Lathe**: what happens once the belt is running?", Phrasing.aboutIntro("Once the belt is running:", "Lathe", true));
    }

    @Test
    void oneAsANumberIsNoPronoun() {
        assertTrue(Phrasing.caseNamesItsSubject("one belt snaps", "Lathe", true));
        assertFalse(Phrasing.caseNamesItsSubject("one is not configured to respond", "Lathe", true));
        assertFalse(Phrasing.caseNamesItsSubject("one fails", "Lathe", true));
        assertFalse(Phrasing.caseNamesItsSubject("they are both set", "Lathe", true));
    }

    private static final Pattern CASE_FRONT = Pattern.compile(
            "(?i).*\\b(?:what happens|what do you do) (?:if|when|whenever|once|unless|without) (\\S+)(?:\\s+(\\S+)\\s+(\\S+))?.*",
            Pattern.DOTALL);
    private static final Pattern BARE_PRONOUN = Pattern.compile("(?i)(one|it|its|they|them|this|that|these|those|he|she)");

    @Provide
    Arbitrary<String[]> notes() {
        Arbitrary<String> heading = Arbitraries.of("Lathe", "Turning slowly on purpose", "Gearbox", "Keeping things tidy");
        Arbitrary<String> opener = Arbitraries.of("one is", "it is", "they are", "any of them is", "this is", "those are",
                "the belt is", "a belt is", "the RPM is", "`lathectl` is", "there is a belt that is");
        Arbitrary<String> state = Arbitraries.of("loose", "not configured to respond", "worn through", "left running");
        Arbitrary<String> conj = Arbitraries.of("If", "When", "Once", "Unless");
        Arbitrary<String> result = Arbitraries.of("the spindle stops", "the motor is switched off", "nothing is cut");
        Arbitrary<Boolean> asProse = Arbitraries.of(true, false);
        return Combinators.combine(heading, opener, state, conj, result, asProse).as((h, o, s, c, r, prose) -> {
            String line = c + " " + o + " " + s + ", " + r + ".";
            String body = prose ? "The lathe cuts wood. " + line : "- " + line;
            return new String[] {"# Workshop\n\n## " + h + "\n\n" + body + "\n", o, String.valueOf(prose)};
        });
    }

    /** No case front opens its condition with a bare pronoun, wherever the case stands and whatever its heading. */
    @Property(tries = 150)
    void noCaseFrontStartsItsConditionWithABarePronoun(@ForAll("notes") String[] note) {
        for (CardDraft c : md(note[0])) {
            var m = CASE_FRONT.matcher(c.front());
            if (!m.matches()) continue;
            assertFalse(BARE_PRONOUN.matcher(m.group(1)).matches() || m.group(1).equalsIgnoreCase("any") && "them".equalsIgnoreCase(m.group(3)),
                    c.front() + " <- " + note[0]);
        }
    }

    /** A list item's case under a named topic that opens with a thing of its own is still carded. */
    @Property(tries = 60)
    void aCaseWithItsOwnThingUnderANameIsKept(@ForAll("notes") String[] note) {
        // A paragraph under a heading may be taken whole as what the heading is: only list items here.
        if (Boolean.parseBoolean(note[2]) || !note[1].startsWith("a ") && !note[1].startsWith("the ")) return;
        if (!note[0].contains("## Lathe") && !note[0].contains("## Gearbox")) return;
        assertTrue(md(note[0]).stream().anyMatch(c -> CASE_FRONT.matcher(c.front()).matches()), note[0]);
    }
}
