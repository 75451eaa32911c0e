package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
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
 * Issue 9: a case ("If C, R") asks about the right subject and in the right mood. The last line of a
 * script, or a command a labelled part ("**Tips:**") comes after, is not what the case is about; a result
 * that tells the reader what to do answers "what do you do if C?", not "what happens if C?".
 */
class CaseClaimsTest {

    private static final String SCRIPT_THEN_TIPS = """
            # Widgets

            ### Q3 — Resize the widget

            Resize it to three.

            ```bash
            widgetctl create widget foo --size=3
            widgetctl apply -f widget.yaml
            ```

            **Tips:**

            - If the widget is stuck in Pending, you must delete it and create it again
            - If the shop runs out of widgets, the request waits in the queue
            """;

    @Test
    void theLastLineOfAScriptIsNotTheSubjectOfTheTipsAfterIt() {
        List<CardDraft> cards = md(SCRIPT_THEN_TIPS);
        for (CardDraft c : cards) {
            assertFalse(c.front().contains("`widgetctl apply"), "a script's last line as the subject: " + c.front());
        }
        one(cards, CardKind.BASIC, "**Widgets**: what happens if the shop runs out of widgets?");
    }

    @Test
    void aResultThatIsAnInstructionAsksWhatToDo() {
        CardDraft c = one(md(SCRIPT_THEN_TIPS), CardKind.BASIC, "what do you do if the widget is stuck in Pending?");
        assertTrue(c.back().startsWith("You must delete it"), c.back());
    }

    @Test
    void aBoldLabelAloneEndsTheSearchForACommandAbove() {
        String note = """
                # Gears

                ```bash
                gearctl spin
                ```

                **Points to remember:**

                - If the gear is cold, the first spin takes a second longer
                """;
        CardDraft c = one(md(note), CardKind.BASIC, "what happens if the gear is cold?");
        assertTrue(c.front().contains("**Gears**"), c.front());
        assertFalse(c.front().contains("gearctl"), c.front());
    }

    @Test
    void aCommandAloneOverItsCasesIsStillTheirSubject() {
        String note = """
                # Tools

                ```bash
                gearctl drain
                ```

                Stops the gear after its current turn.

                - If the gear is shared, the other owners are told first
                """;
        one(md(note), CardKind.BASIC, "`gearctl drain`: what happens if the gear is shared?");
    }

    @Test
    void adviceInACaseThatNamesItsOwnThingsNeedsNoSubject() {
        String[] advice = Phrasing.claimItem("If the spool stays `Jammed`, you must clear its latch before a new thread can bind", "");
        assertTrue(advice != null && advice[0].equals("What do you do if the spool stays `Jammed`?"), String.join(" | ", advice));
        // A fact needs its subject; a case leaning on another ("also") cannot stand alone.
        assertTrue(Phrasing.claimItem("If the spool stays `Jammed`, the thread waits in the queue", "") == null);
        assertTrue(Phrasing.claimItem("If the spool is also jammed, check its latch", "") == null);
        // A participle leaves its subject unsaid: the topic would have to name it.
        assertTrue(Phrasing.claimItem("If binding to a spool account, use the `--account` flag", "") == null);
        assertTrue(Phrasing.claimItem("If binding to a spool account, use the `--account` flag", "**Spools**") != null);
    }

    @Test
    void aCommandNamedAsTheResultsSubjectIsNoInstruction() {
        assertFalse(Phrasing.instruction("drain will either evict the pods or delete them"));
        assertFalse(Phrasing.instruction("Drain will either evict the pods or delete them"));
    }

    @Test
    void instructionsAndStatementsAreTold() {
        assertTrue(Phrasing.instruction("Check `widgetctl logs` for errors"));
        assertTrue(Phrasing.instruction("always follow up with `widgetctl repair`"));
        assertTrue(Phrasing.instruction("you MUST use a manifest"));
        assertTrue(Phrasing.instruction("do not edit the file by hand"));
        assertFalse(Phrasing.instruction("the container is killed"));
        assertFalse(Phrasing.instruction("Kubernetes holds the pod in Pending"));
        assertFalse(Phrasing.instruction("restart count is increased by one"));
        assertFalse(Phrasing.instruction(""));
    }

    @Provide
    Arbitrary<String[]> cases() {
        Arbitrary<String> noun = Arbitraries.of("widget", "gear", "spool", "valve", "lever");
        Arbitrary<String> advice = Arbitraries.of("check the %s log", "you must replace the %s", "delete the %s and create it again",
                "always restart the %s", "do not touch the %s");
        Arbitrary<String> fact = Arbitraries.of("the %s stops", "the %s is replaced by the shop", "nothing happens to the %s",
                "the %s waits in the queue");
        return Combinators.combine(noun, advice, fact, Arbitraries.of(true, false))
                .as((n, a, f, isAdvice) -> new String[] {n, String.format(isAdvice ? a : f, n), String.valueOf(isAdvice)});
    }

    @Property(tries = 100)
    void theMoodOfTheQuestionFollowsTheResult(@ForAll("cases") String[] c) {
        String[] qa = Phrasing.claimItem("If the " + c[0] + " is cold, " + c[1], "**Workshop**");
        assertTrue(qa != null, "no card for " + c[1]);
        boolean advice = Boolean.parseBoolean(c[2]);
        assertTrue(qa[0].contains(advice ? "what do you do if" : "what happens if"), qa[0] + " <- " + c[1]);
    }

    @Property(tries = 60)
    void noLineOfAScriptIsTheSubjectOfLaterCases(@ForAll("cases") String[] c) {
        String note = "# Shop\n\n```bash\nshopctl open\nshopctl check " + c[0] + "\n```\n\n"
                + "- If the " + c[0] + " is cold, " + c[1] + "\n";
        for (CardDraft card : md(note)) {
            if (!card.front().contains(" if the ")) continue;
            assertFalse(card.front().contains("`shopctl check"), card.front());
        }
    }
}
