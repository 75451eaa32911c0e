package io.deckhand.notes;

import static io.deckhand.notes.NoteCards.md;
import static io.deckhand.notes.NoteCards.txt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deckhand.domain.card.CardDraft;
import io.deckhand.domain.card.CardKind;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * Spec examples of cheat-sheet comments: a description wrapped over "#" lines is one description, also
 * when it goes on from a command's line; a warning of what a command causes is on the answer side; a
 * comment naming the commands it heads labels the group and is the question for none of them.
 */
class CheatSheetCommentsTest {
    @Test
    void aDescriptionThatGoesOnFromTheCommandsLineIsOneDescription() {
        List<CardDraft> cards = md("""
                # Crate tool notes

                ```bash
                crate ls --wide          # Print every crate together with the shelf
                                         # that holds it and its weight
                crate ls --empty         # Print the crates nobody has filled
                ```
                """);
        CardDraft wide = about(cards, "together with the shelf that holds it and its weight");
        assertTrue((wide.front() + wide.back()).contains("`crate ls --wide`"), wide.toString());
        about(cards, "print the crates nobody has filled");
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("that holds it") && c.front().contains("nobody")), cards.toString());
    }

    @Test
    void aCommentFlushWithTheCommandsDescribesTheNextCommand() {
        List<CardDraft> cards = md("""
                ```bash
                crate ls --heavy         # List the crates over a tonne in weight
                # list only the crates that nobody has opened
                crate ls --sealed
                ```
                """);
        CardDraft heavy = about(cards, "list the crates over a tonne in weight");
        assertFalse((heavy.front() + heavy.back()).contains("nobody"), heavy.toString());
        CardDraft sealed = about(cards, "list only the crates that nobody has opened");
        assertTrue((sealed.front() + sealed.back()).contains("`crate ls --sealed`"), sealed.toString());
    }

    @Test
    void aLineStoppingOnAPrepositionGoesOnAtACapital() {
        List<CardDraft> cards = md("""
                ```bash
                # Move every crate on a shelf marked with
                # Red tape to the loading bay
                crate mv --tape=red bay
                ```
                """);
        CardDraft moved = about(cards, "marked with red tape to the loading bay");
        assertTrue((moved.front() + moved.back()).contains("`crate mv --tape=red bay`"), moved.toString());
        assertTrue(ShellComments.endsOpen("Move every crate on a shelf marked with"));
        assertFalse(ShellComments.endsOpen("Scale it up"));
        assertFalse(ShellComments.wrapsOn("Move the crates.", "red tape first"));
    }

    @Test
    void aWarningUnderTheDescriptionGoesToTheAnswerNotTheQuestion() {
        List<CardDraft> cards = md("""
                ```bash
                # Restart the crate daemon
                # will drop every open connection
                crated restart
                ```
                """);
        CardDraft restart = about(cards, "restart the crate daemon");
        assertFalse(restart.front().contains("drop"), restart.front());
        assertTrue((restart.front() + restart.back()).contains("crated restart")
                && restart.back().endsWith("It will drop every open connection."), restart.toString());
    }

    @Test
    void aWarningOnTheCommandsLineLeavesTheDescriptionAboveIt() {
        List<CardDraft> cards = md("""
                ```bash
                # Empty the crates in the cold room
                crate empty --all --room cold   # will stop the cold room service
                ```
                """);
        CardDraft empty = about(cards, "empty the crates in the cold room");
        assertTrue(empty.back().contains("It will stop the cold room service."), empty.back());
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("stop the cold room service")
                || c.back().startsWith("Will stop")), cards.toString());
    }

    @Test
    void aWarningRightUnderACommandIsItsCaveat() {
        List<CardDraft> cards = md("""
                ```bash
                crate seal --all         # Seal every open crate
                # may take minutes on a full shelf
                ```
                """);
        CardDraft seal = about(cards, "seal every open crate");
        assertFalse(seal.front().contains("minutes"), seal.front());
        assertTrue(seal.back().contains("It may take minutes on a full shelf."), seal.back());
    }

    @Test
    void aWarningAloneSaysNothingTheCommandDoes() {
        List<CardDraft> cards = md("""
                ```bash
                crate purge --all   # will wipe the cold room
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.back().startsWith("Will wipe") || c.front().contains("wipe the cold room")),
                cards.toString());
    }

    @Test
    void aCommentNamingTheCommandsItHeadsIsTheQuestionForNone() {
        List<CardDraft> cards = md("""
                ```bash
                # Show commands with long output
                crate show shelf-1
                crate show crate-7

                # Listing commands
                crate ls --sorted        # List the crates by weight
                crate ls --stale         # List the crates nobody moved this week
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.front().toLowerCase(Locale.ROOT).contains("commands")), cards.toString());
        CardDraft sorted = about(cards, "list the crates by weight");
        assertTrue((sorted.front() + sorted.back()).contains("`crate ls --sorted`"), sorted.toString());
        CardDraft stale = about(cards, "list the crates nobody moved this week");
        assertTrue((stale.front() + stale.back()).contains("`crate ls --stale`"), stale.toString());
    }

    @Test
    void plainTextNotesReadTheirCommentLinesTheSameWay() {
        List<CardDraft> cards = txt("""
                Crate tool

                # Move every crate on a shelf that holds a
                # spare crate to the loading bay
                # will lock the shelf
                crate mv --spare bay
                """);
        CardDraft moved = about(cards, "that holds a spare crate to the loading bay");
        assertFalse(moved.front().contains("lock"), moved.front());
        assertTrue(moved.back().contains("It will lock the shelf."), moved.back());
    }

    @Test
    void aPayloadWhoseFieldsTheCommentLeavesUnsaidIsAskedFromTheCommand() {
        List<CardDraft> cards = md("""
                ```bash
                # Partly change a crate
                crate patch crate-7 -p '{"spec":{"fragile":true}}'
                # Mark a crate as fragile
                crate patch crate-8 -p '{"spec":{"fragile":true}}'
                # Remove the first label of a crate
                crate patch crate-9 --type=json -p='[{"op": "remove", "path": "/labels/0"}]'
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("partly change a crate")), cards.toString());
        assertTrue(about(cards, "remove the first label of a crate").front().startsWith("Which command"), cards.toString());
        CardDraft partly = about(cards, "Partly change a crate");
        assertTrue(partly.front().startsWith("What does `crate patch crate-7"), partly.toString());
        CardDraft fragile = about(cards, "mark a crate as fragile");
        assertTrue(fragile.front().startsWith("Which command"), fragile.toString());
        assertEquals(List.of("fragile"), ShellComments.payloadFields("crate patch x -p '{\"spec\":{\"fragile\":true}}'"));
        assertEquals(List.of("labels"), ShellComments.payloadFields("crate patch x --type=json -p='[{\"op\": \"remove\", \"path\": \"/labels/0\"}]'"));
        assertTrue(ShellComments.namesPayload("Which command sets the container port?", "t p -p '{\"containerPort\":80}'"));
        assertEquals(List.of(), ShellComments.payloadFields("crate ls --all"));
    }

    @Test
    void aLinkInACommentIsNoPartOfTheQuestion() {
        List<CardDraft> cards = md("""
                ```bash
                # Seal a crate for shipping https://example.org/crates/sealing
                crate seal crate-3

                crate ship crate-4   # Ship a crate to the north dock (https://example.org/docks)
                ```
                """);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("example.org") || c.back().contains("example.org")), cards.toString());
        about(cards, "seal a crate for shipping");
        about(cards, "ship a crate to the north dock");
        assertEquals("Read the guide", ShellComments.withoutLinks("Read the guide <https://example.org/guide>"));
        assertEquals("Fetch it from https://example.org/x, then unpack it",
                ShellComments.withoutLinks("Fetch it from https://example.org/x, then unpack it"));
        assertEquals("Fetch it from https://example.org/x", ShellComments.withoutLinks("Fetch it from https://example.org/x"));
    }

    @Test
    void whatACommandPrintsIsNoCaveat() {
        assertTrue(ShellComments.isCaveat("will cause a short outage"));
        assertTrue(ShellComments.isCaveat("Warning: drops the cache"));
        assertFalse(ShellComments.isCaveat("will show two crates"));
        assertFalse(ShellComments.isCaveat("willing helpers list"));
        assertFalse(ShellComments.isCaveat("List the crates"));
        assertTrue(ShellComments.labelsGroup("Get commands with basic output"));
        assertFalse(ShellComments.labelsGroup("Run several commands in a crate shell"));
        assertEquals("It will cause a short outage.", ShellComments.caveatSentence("will cause a short outage"));
    }

    /**
     * A description split over two comment lines at any word (above the command or going on from its
     * line), with or without a warning line: no side ends where the first line did, the warning is never
     * in a question, and no comment text lands in the code of an answer.
     */
    @Property(tries = 60)
    void noSideEndsMidSentenceAndNoCommentTextLandsInCode(
            @ForAll @AlphaChars @StringLength(min = 3, max = 8) String a,
            @ForAll @AlphaChars @StringLength(min = 3, max = 8) String b,
            @ForAll @IntRange(min = 1, max = 8) int cutAt,
            @ForAll boolean onTheCommandsLine,
            @ForAll boolean warned) {
        String thing = "x" + a.toLowerCase(Locale.ROOT);
        String place = "x" + b.toLowerCase(Locale.ROOT);
        String description = "list the " + thing + " of every crate that sits in the " + place + " room";
        String[] words = description.split(" ");
        int cut = Math.min(cutAt, words.length - 1);
        String first = Inline.capitalise(String.join(" ", Arrays.copyOfRange(words, 0, cut)));
        String second = String.join(" ", Arrays.copyOfRange(words, cut, words.length));
        String command = "crate ls --room " + place;
        String warning = "will lock the " + place + " room";
        String block = onTheCommandsLine
                ? command + "   # " + first + "\n" + " ".repeat(command.length() + 3) + "# " + second + "\n"
                        + (warned ? "# " + warning + "\n" : "")
                : "# " + first + "\n# " + second + "\n" + (warned ? "# " + warning + "\n" : "") + command + "\n";
        List<CardDraft> cards = md("# Crates\n\n```bash\n" + block + "```\n");
        String whole = description.toLowerCase(Locale.ROOT);
        assertTrue(cards.stream().anyMatch(c -> (c.front() + "\n" + c.back()).toLowerCase(Locale.ROOT).contains(whole)),
                block + "\n" + cards);
        for (CardDraft c : cards) {
            String front = c.front().toLowerCase(Locale.ROOT);
            assertFalse(front.contains(first.toLowerCase(Locale.ROOT)) && !front.contains(whole)
                    && !c.back().toLowerCase(Locale.ROOT).contains(whole), "cut: " + c);
            assertFalse(front.contains("lock the"), "warning in the question: " + c);
            for (String code : codeOf(c.back())) {
                assertFalse(code.contains("#") || code.contains(second) || code.contains("lock the"), "comment in code: " + c);
            }
        }
    }

    /** The one command card that says {@code text} on either side (any case). */
    private static CardDraft about(List<CardDraft> cards, String text) {
        List<CardDraft> found = cards.stream().filter(c -> c.kind() == CardKind.COMMAND && c.quality().passed()
                && (c.front() + "\n" + c.back()).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))).toList();
        assertEquals(1, found.size(), "cards saying '" + text + "': " + cards);
        return found.get(0);
    }

    /** The code of an answer: its inline spans and fenced lines. */
    private static List<String> codeOf(String back) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher span = java.util.regex.Pattern.compile("`([^`\\n]+)`").matcher(back);
        while (span.find()) out.add(span.group(1));
        java.util.regex.Matcher fence = java.util.regex.Pattern.compile("(?s)```\\w*\\n(.*?)```").matcher(back);
        while (fence.find()) out.add(fence.group(1));
        return out;
    }
}
