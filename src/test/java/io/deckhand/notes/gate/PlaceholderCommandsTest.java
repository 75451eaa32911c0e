package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardKind;
import io.deckhand.domain.card.Quality;
import io.deckhand.domain.card.SourceRef;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Spec examples: a command answer that is only its program, the question's own words and placeholders
 * names nothing to learn and is unticked; a flag, a value or a word the question lacks keeps it.
 */
class PlaceholderCommandsTest {
    private static Quality judged(String front, String back) {
        return GateVerdicts.judged(new SourceRef("n.md", 1, 1, List.of()), CardKind.COMMAND, front, back);
    }

    private static void unticked(Quality q) {
        GateVerdicts.unticked(q, "placeholders");
    }

    private static void kept(Quality q) {
        assertTrue(q.passed(), q.reasons().toString());
        assertEquals(List.of(), q.reasons());
    }

    @Test
    void theQuestionsVerbAroundPlaceholdersIsUnticked() {
        unticked(judged("Which command do you use to install a local bundle?", "`brewctl install <name> <path>`"));
        unticked(judged("How do you show the recipe?", "```\ncookbook show [recipe]\n```"));
        unticked(judged("How do you delete a shelf?", "`pantry delete shelf $SHELF_ID`"));
    }

    @Test
    void aFlagAValueOrAWordTheQuestionLacksIsSomethingToLearn() {
        kept(judged("How do you show the recipe as text?", "`cookbook show <recipe> -o text`"));
        kept(judged("How do you see why the oven failed?", "`kitchen describe oven <name>`"));
        kept(judged("How do you delete a pantry shelf?", "`pantry delete shelf --all=true`"));
        kept(judged("How do you show the recipe?", "`cookbook show soup`"));
    }

    @Test
    void severalCommandsOrProseAreNotOneCommand() {
        kept(judged("How do you show the recipe?", "`cookbook show <recipe>` prints it with its steps and times."));
        kept(judged("How do you show the recipe?", "```\ncookbook fetch <recipe>\ncookbook show <recipe>\n```"));
    }
}
