package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** "Which command do you use to X?" only when X is an instruction (opens with a verb in its base form). */
class WhichCommandPhrasingTest {

    /** Closed-class words this test lists on its own: none may follow "to" in a front. */
    private static final List<String> NOT_VERBS = List.of("should", "would", "can", "will", "must", "may",
            "and", "or", "but", "then", "if", "when", "while", "because", "unless", "once", "although",
            "we", "you", "they", "it", "he", "she", "this", "those", "the", "its");
    private static final Pattern TO_CLOSED_CLASS = Pattern.compile(
            "(?i)\\bto\\s+(?:" + String.join("|", NOT_VERBS) + ")\\b");

    private static List<CardDraft> txt(String note) {
        return NoteCards.txt(note);
    }

    private static List<String> commandFronts(List<CardDraft> cards) {
        return cards.stream().filter(c -> c.kind() == CardKind.COMMAND).map(CardDraft::front).toList();
    }

    @Test
    void anInstructionIsAskedWithTo() {
        assertEquals("Which command do you use to water the beds?", CommandRules.whichCommand("water the beds", false));
        assertEquals("Which commands do you use to sort the seeds?", CommandRules.whichCommand("To sort the seeds", true));
    }

    @Test
    void proseThatIsNoInstructionIsNotAskedWithTo() {
        assertNull(CommandRules.whichCommand("should the pump fail, restart it", false));
        assertNull(CommandRules.whichCommand("then when we open the gate the hens run out", true));
        assertNull(CommandRules.whichCommand("to if the frost comes early", false));
        assertNull(CommandRules.whichCommand("we sow the peas in March", false));
        assertNull(CommandRules.whichCommand("watering the roses daily", false));
    }

    @Test
    void aNoteWhoseLineIsNoInstructionGivesNoWhichFront() {
        List<String> fronts = commandFronts(txt("Pods\nkubectl delete pod web --force\nshould the node fail after a storm\n"));
        for (String f : fronts) assertFalse(f.contains("do you use to should"), f);
        List<String> kept = commandFronts(txt("Pods\nkubectl delete pod web --force\nto delete the pod after a storm\n"));
        assertTrue(kept.stream().anyMatch(f -> f.endsWith("\n\nWhich command do you use to delete the pod after a storm?")),
                kept.toString());
    }

    @Property(tries = 300)
    void aFrontNeverHasToBeforeAClosedClassWord(@ForAll("explanations") String explanation, @ForAll boolean plural) {
        String front = CommandRules.whichCommand(explanation, plural);
        if (front == null) return;
        assertFalse(TO_CLOSED_CLASS.matcher(front).find(), front);
        String second = front.split(" ")[2].toLowerCase(Locale.ROOT);
        assertFalse(NOT_VERBS.contains(second) && !second.equals("can"), front);
    }

    @Property(tries = 200)
    void noteFrontsNeverHaveToBeforeAClosedClassWord(@ForAll("explanations") String explanation) {
        String line = explanation.toLowerCase(Locale.ROOT);
        for (String f : commandFronts(txt("Tools\ndocker run --rm -it alpine\n" + line + "\n"))) {
            assertFalse(TO_CLOSED_CLASS.matcher(f).find(), f);
        }
    }

    @Provide
    Arbitrary<String> explanations() {
        Arbitrary<String> opener = Arbitraries.of(NOT_VERBS);
        Arbitrary<String> prefix = Arbitraries.of("", "to ", "use to ", "used to ");
        Arbitrary<String> words = Arbitraries.of("the", "gate", "opens", "pump", "fails", "we", "water",
                "beds", "after", "rain", "quickly", "seeds", "sort").list().ofMinSize(1).ofMaxSize(8)
                .map(l -> String.join(" ", l));
        return Combinators.combine(prefix, opener, words).as((p, o, w) -> p + o + " " + w);
    }
}
