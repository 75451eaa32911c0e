package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Spec examples of cheat sheets made of commented commands: the whole comment asks for the command under it. */
class CheatSheetCardsTest {
    @Test
    void aCommentWrappedOntoASecondLineIsOneComment() {
        List<CardDraft> cards = md("""
                # Tool cheat sheet

                ```bash
                # Print the jobs of the queue sorted by their age, so
                # the oldest come first
                tool jobs --sort-by=age

                # Remove every finished job
                tool prune --finished
                ```
                """);
        CardDraft wrapped = one(cards, CardKind.COMMAND, "sorted by their age, so the oldest come first");
        assertEquals("`tool jobs --sort-by=age`", wrapped.back());
        one(cards, CardKind.COMMAND, "remove every finished job");
    }

    @Test
    void aCommentOverSeveralCommandsInARowAnswersWithAllOfThem() {
        List<CardDraft> cards = md("""
                # Tool cheat sheet

                ```sh
                # Add a tag to a shelf and confirm it is there
                tool tag shelf-2 colour=red
                tool show shelf-2 --tags

                # Show the work nobody has started yet
                tool jobs --pending
                ```
                """);
        CardDraft both = one(cards, CardKind.COMMAND, "add a tag to a shelf and confirm it is there");
        assertTrue(both.back().contains("tool tag shelf-2 colour=red") && both.back().contains("tool show shelf-2 --tags"), both.back());
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("What does `tool tag shelf-2 colour=red` do?")), cards.toString());
        one(cards, CardKind.COMMAND, "show the work nobody has started yet");
    }

    @Test
    void aRuleDrawnAroundACommentIsNoPartOfItAndAHeaderOfNoVerbExplainsNoCommand() {
        List<CardDraft> cards = md("""
                ```sh
                # --- Check the queue and its workers ------------------
                tool jobs --all
                tool workers --all

                # Raw queue endpoints (debug):
                tool raw /queue/one
                tool raw /queue/two
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("---") || c.back().contains("---")), cards.toString());
        CardDraft check = one(cards, CardKind.COMMAND, "check the queue and its workers");
        // The blank line ends what the comment speaks of.
        assertFalse(check.back().contains("tool raw"), check.back());
        assertTrue(cards.stream().noneMatch(c -> c.front().toLowerCase().contains("raw queue endpoints")
                || c.back().toLowerCase().contains("raw queue endpoints")), cards.toString());
    }

    @Test
    void aCommentFollowedByABlankLineDoesNotExplainTheCommandAfterIt() {
        List<CardDraft> cards = md("""
                ```sh
                tool fetch shelf.yaml
                vim shelf.yaml
                # change the colour from red to blue by hand

                tool diff -f shelf.yaml
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.back().toLowerCase().contains("change the colour")
                && c.front().contains("tool diff")), cards.toString());
    }

    @Test
    void aDockerfileUnderAShellFenceIsNoListOfCommands() {
        List<CardDraft> cards = md("""
                ## Base image

                ```bash
                FROM alpine:3.19

                # The copy comes last because the source changes most
                RUN apk add --no-cache curl
                COPY . .
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("RUN apk add")), cards.toString());
    }

    @Test
    void aFenceMarkerLeftInsideACodeBlockIsNotACommand() {
        List<CardDraft> cards = md("""
                ```bash
                # Show every queue of the farm
                tool queues --all
                # Write the queue file
                ```yaml
                kind: Queue
                ```
                """);
        one(cards, CardKind.COMMAND, "show every queue");
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("```") || c.back().startsWith("`` ```")), cards.toString());
    }

    @Test
    void aSectionCommentAboveACommentIsNotPartOfIt() {
        List<CardDraft> cards = md("""
                ```bash
                # Queues
                # Show the size of each queue with its worker count
                tool queues --size --workers
                ```
                """);
        CardDraft c = one(cards, CardKind.COMMAND, "show the size of each queue");
        assertFalse(c.front().contains("Queues Show"), c.front());
    }

    @Test
    void aLineSayingWhatACommandShouldPrintIsNotWhatItDoes() {
        List<CardDraft> cards = md("""
                ## Checking the agent

                ```bash
                tool agent status
                ```

                Should be active (running).

                ```bash
                tool queue list --stale
                ```

                You will see the three queues that are stuck.

                ```bash
                tool workers --idle   # Should show no workers
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.back().contains("Should be active") || c.back().contains("You will see")
                        || c.back().contains("Should show")),
                cards.toString());
        assertTrue(CommandRules.statesExpectedResult("Pods should be Running."));
        assertTrue(CommandRules.statesExpectedResult("Expected output shows 2/3 ready"));
        assertFalse(CommandRules.statesExpectedResult("Shows the pods that are not ready"));
        assertFalse(CommandRules.statesExpectedResult("Lists the nodes with their roles"));
    }

    @Test
    void wrappingIsALowerCaseStartOrALineCutMidPhrase() {
        assertTrue(MarkdownStructurer.wrapsOn("Show the size of each", "queue"));
        assertTrue(MarkdownStructurer.wrapsOn("List the workers that run the", "Default queue"));
        assertFalse(MarkdownStructurer.wrapsOn("Queues", "Show the size"));
        assertFalse(MarkdownStructurer.wrapsOn("Show the size.", "then more"));
    }

    /** A comment split at any word boundary over two lines reads as the comment in one line. */
    @Property(tries = 100)
    void aCommentSplitAnywhereReadsAsOne(@ForAll @AlphaChars @StringLength(min = 3, max = 8) String object) {
        String comment = "show the state of every " + object.toLowerCase() + " in the cluster";
        String[] words = comment.split(" ");
        for (int cut = 1; cut < words.length; cut++) {
            String first = String.join(" ", java.util.Arrays.copyOfRange(words, 0, cut));
            String second = String.join(" ", java.util.Arrays.copyOfRange(words, cut, words.length));
            List<CardDraft> cards = md("```bash\n# " + Inline.capitalise(first) + "\n# " + second + "\ntool state --all\n```\n");
            assertTrue(cards.stream().anyMatch(c -> c.front().toLowerCase().contains(comment) && c.back().contains("tool state --all")),
                    cut + ": " + cards);
        }
    }
}
