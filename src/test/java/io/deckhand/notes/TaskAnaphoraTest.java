package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a task made from a step of an exercise that calls a thing an earlier step brought in "the X"
 * carries that thing's name when the exercise named it, and gives no card when it did not say which.
 */
class TaskAnaphoraTest {

    private static final String EXERCISE = """
            # Lab

            ## Exercise 4

            1. Register a chart source called `acme-charts` at https://charts.example.org
            2. Create a widget named blue
            3. Refresh the source so it lists its newest charts

            ```bash
            helm repo update
            ```

            4. Remove the labels from the widget again

            ```bash
            widgetctl unlabel --all
            ```
            """;

    @Test
    void aStepCallingAThingTheExerciseNamedBeforeCarriesItsName() {
        List<CardDraft> cards = md(EXERCISE);
        CardDraft c = cards.stream().filter(d -> d.front().contains("Remove the labels")).findFirst().orElseThrow();
        assertTrue(c.front().contains("the widget `blue`"), c.front());
    }

    @Test
    void aStepCallingAThingTheExerciseNeverNamedGivesNoCard() {
        List<CardDraft> cards = md(EXERCISE.replace("Create a widget named blue", "Create a widget with two labels"));
        assertTrue(cards.stream().noneMatch(d -> d.front().contains("Remove the labels")), cards.toString());
    }

    @Test
    void aStepTheExerciseBroughtNothingInForIsLeftAsItIs() {
        List<CardDraft> cards = md(EXERCISE.replace("Create a widget named blue", "Write down the plan"));
        CardDraft c = cards.stream().filter(d -> d.front().contains("Remove the labels")).findFirst().orElseThrow();
        assertEquals("Remove the labels from the widget again", c.front().substring(c.front().indexOf("Remove")));
    }

    @Test
    void theNameIsPlacedAfterTheReferenceTheStepMakes() {
        String before = "Create a gadget called `g7` and a queue named jobs.";
        assertEquals("Drain the queue `jobs` now", TaskRules.anchored("Drain the queue now", before));
        assertEquals("Attach the new gadget `g7` to a rack", TaskRules.anchored("Attach the new gadget to a rack", before));
        assertEquals("Open the new steel gadget `g8` again",
                TaskRules.anchored("Open the new steel gadget again", "Make a steel gadget named g8."));
        assertEquals("Make the same gadget twice", TaskRules.anchored("Make the same gadget twice", "Create a gadget."));
        assertEquals("Drain the jobs queue now", TaskRules.anchored("Drain the jobs queue now", before));
        assertNull(TaskRules.anchored("Drain the queue now", "Create a queue. Then create a queue named jobs and a queue named mail."));
        assertEquals("Drain the queue first", TaskRules.anchored("Drain the queue first", "Read the manual."));
    }

    /** A front whose every "the X" is followed by X's name is never changed nor dropped, whatever came before. */
    @Property
    void aFrontNamingEveryReferenceIsNeverFaulted(@ForAll("nouns") List<String> nouns, @ForAll("names") String name,
                                                  @ForAll("intros") String intro) {
        StringBuilder front = new StringBuilder("Update");
        StringBuilder before = new StringBuilder();
        for (String n : nouns) {
            front.append(" the ").append(n).append(" `").append(name).append("` and");
            before.append(intro.replace("NOUN", n)).append(' ');
        }
        front.append(" stop.");
        assertEquals(front.toString(), TaskRules.anchored(front.toString(), before.toString()));
    }

    @Provide
    Arbitrary<List<String>> nouns() {
        return Arbitraries.of("widget", "queue", "repo", "service", "gadget", "volume", "ledger").list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcxyz019-").ofMinLength(1).ofMaxLength(8).filter(s -> Character.isLetter(s.charAt(0)));
    }

    @Provide
    Arbitrary<String> intros() {
        return Arbitraries.of("Create a NOUN.", "Create a NOUN called `other`.", "You created the NOUN before.",
                "Add a new NOUN named zed and a NOUN named yak.", "");
    }
}
