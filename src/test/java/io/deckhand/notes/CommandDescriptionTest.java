package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * A command's card is answered by a line that says what that command does: not a clause that sets the
 * scene, not the command itself with a word around it, not a statement whose subject is something else.
 */
class CommandDescriptionTest {

    private static List<String> commandCards(List<CardDraft> cards) {
        return cards.stream().filter(c -> c.kind() == CardKind.COMMAND).map(c -> c.front() + " || " + c.back()).toList();
    }

    @Test
    void aClauseThatSetsTheSceneAnswersNothing() {
        String note = "# Sheds\n\nWhen you plant you just add a flag to name the bed:\n\n"
                + "```sh\ngardenctl plant -f tulips.yaml --bed=north\n```\n";
        List<String> cards = commandCards(NoteCards.md(note));
        assertTrue(cards.stream().noneMatch(c -> c.contains("When you plant")), cards.toString());
    }

    @Test
    void aLineThatOnlySaysToRunTheCommandAnswersNothing() {
        String note = "# Sheds\n\n- Water the beds\n  ```\n  $ gardenctl water --all\n  ```\n"
                + "- Run 'gardenctl list beds' to check\n  ```\n  $ gardenctl list beds\n  ```\n";
        List<String> cards = commandCards(NoteCards.md(note));
        assertTrue(cards.stream().noneMatch(c -> c.contains("Run 'gardenctl list beds'")), cards.toString());
        assertFalse(CommandRules.describes("Run 'gardenctl list beds' to check", "$ gardenctl list beds"));
        assertFalse(CommandRules.describes("use `gardenctl list beds`", "gardenctl list beds"));
    }

    @Test
    void aLineThatNamesTheCommandAndSaysWhatItDoesStillDescribesIt() {
        assertTrue(CommandRules.describes("gardenctl list beds prints every bed with its crop", "gardenctl list beds"));
        assertTrue(CommandRules.describes("prints every bed with its crop", "gardenctl list beds"));
    }

    @Test
    void aStatementAboutSomethingElseIsNoInstruction() {
        assertNull(CommandRules.whichCommand("Garden CLI commands are the quick way for this bed", true));
        assertNull(CommandRules.whichCommand("seed trays were the old approach", false));
        assertTrue(CommandRules.whichCommand("make sure the gate is shut", false) != null);
        assertTrue(CommandRules.whichCommand("check the pump is running", false) != null);
        String note = "# Sheds\n\nGarden CLI commands are the quick way for this bed:\n\n"
                + "```bash\ngardenctl repo add seeds\ngardenctl repo update\n```\n";
        List<String> cards = commandCards(NoteCards.md(note));
        assertTrue(cards.stream().noneMatch(c -> c.contains("use to garden")), cards.toString());
    }

    @Test
    void aGoalThenAStepIsReadAsTheStep() {
        assertArrayEquals(new String[] {"restore the shed from the backup", "stop the pump", "first"},
                CommandRules.goalThenStep("To restore the shed from the backup. First stop the pump"));
        assertNull(CommandRules.goalThenStep("To restore the shed from the backup"));
        assertNull(CommandRules.goalThenStep("Restore the shed. First stop the pump"));
    }

    @Test
    void aStepUnderAGoalIsAskedWithItsGoal() {
        String note = "# Sheds\n\n- To restore the shed from the backup. First switch off the water supply\n"
                + "  ```\n  $ gardenctl pump halt\n  ```\n";
        List<String> cards = commandCards(NoteCards.md(note));
        assertTrue(cards.stream().anyMatch(c -> c.contains(
                "Which command do you use to switch off the water supply (first step to restore the shed from the backup)?")),
                cards.toString());
        assertTrue(cards.stream().noneMatch(c -> c.contains("do you use to restore the shed from the backup?")), cards.toString());
    }

    /** Whatever the scene clause or run line says, the card never answers with it. */
    @Property(tries = 200)
    void noCommandCardIsAnsweredByASceneClauseOrARunLine(@ForAll("leadIns") String leadIn) {
        String note = "# Sheds\n\n" + leadIn + ":\n\n```sh\ngardenctl plant -f tulips.yaml --bed=north\n```\n";
        for (CardDraft c : NoteCards.md(note)) {
            if (c.kind() != CardKind.COMMAND) continue;
            String back = c.back().toLowerCase(Locale.ROOT);
            assertFalse(back.startsWith("when ") || back.startsWith("if ") || back.startsWith("once "), c.toString());
            assertFalse(back.startsWith("run ") && back.contains("gardenctl plant"), c.toString());
        }
    }

    @Provide
    Arbitrary<String> leadIns() {
        Arbitrary<String> opener = Arbitraries.of("When you", "If you", "Once you", "Run `gardenctl plant -f tulips.yaml --bed=north` to");
        Arbitrary<String> words = Arbitraries.of("plant", "water", "the", "beds", "add", "a", "flag", "check", "north",
                "tulips", "quickly").list().ofMinSize(1).ofMaxSize(7).map(l -> String.join(" ", l));
        return Combinators.combine(opener, words).as((o, w) -> o + " " + w);
    }
}
