package io.deckhand.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/**
 * Where a card's text starts and ends: a code block belongs to the prose line right before it, a
 * command is answered by the sentence that speaks of it (not a statement the paragraph leads in with,
 * not the description of the command next to it), every side is a whole sentence or a whole block, and
 * a program's name followed by prose is a sentence, not a command to put in a code span.
 */
class CardBoundariesTest {

    private static List<CardDraft> commandCards(String note) {
        return NoteCards.md(note).stream().filter(c -> c.kind() == CardKind.COMMAND).toList();
    }

    private static String shown(List<CardDraft> cards) {
        return cards.stream().map(c -> c.front() + " || " + c.back()).toList().toString();
    }

    @Test
    void aStatementThatLeadsInToAnExampleAnswersNoCommand() {
        String note = "# Sheds\n\nFor the sprinklers to work, the shed must have a pump running. "
                + "Pumps are installed into the shed as a fixture:\n\n```sh\ngardenctl get pumps --all\n```\n";
        List<CardDraft> cards = commandCards(note);
        assertTrue(cards.stream().noneMatch(c -> c.back().contains("sprinklers to work") || c.back().contains("installed into")),
                shown(cards));
    }

    @Test
    void aPassiveLeadInWithAPointerAnswersNoCommand() {
        String note = "# Sheds\n\nAlternatively, seeds can be declared by using `--seed`, such as:\n\n"
                + "```sh\ngardenctl sow north --seed=tulip\n```\n";
        List<CardDraft> cards = commandCards(note);
        assertTrue(cards.stream().noneMatch(c -> c.back().contains("can be declared")), shown(cards));
        assertTrue(CommandRules.statesAFact("seeds can be declared by using --seed"));
        assertTrue(CommandRules.statesAFact("It has two modes"));
        assertFalse(CommandRules.statesAFact("Check the soil log"));
        assertFalse(CommandRules.statesAFact("To water every bed"));
    }

    @Test
    void theSentenceNextToTheCommandLeadsInNotTheFirstOne() {
        String note = "# Sheds\n\nEvery bed keeps its own soil log for a season. Check the soil log of a bed with:\n\n"
                + "```sh\ngardenctl soil log --bed=north\n```\n";
        List<CardDraft> cards = commandCards(note);
        assertTrue(cards.stream().noneMatch(c -> c.front().contains("keeps its own") || c.back().contains("keeps its own")),
                shown(cards));
        assertTrue(cards.stream().anyMatch(c -> (c.front() + c.back()).toLowerCase(Locale.ROOT).contains("check the soil log of a bed")),
                shown(cards));
    }

    @Test
    void aLeadInThatLeansOnTheInstructionBeforeItGivesThatInstruction() {
        String note = "# Sheds\n\nFirst, install the pump at a fixed version. This sets the flow rate it delivers:\n\n"
                + "```sh\ngardenctl pump install --version=2.1\n```\n";
        List<CardDraft> cards = commandCards(note);
        assertTrue(cards.stream().anyMatch(c -> (c.front() + c.back()).toLowerCase(Locale.ROOT).contains("install the pump at a fixed version")),
                shown(cards));
        assertTrue(cards.stream().noneMatch(c -> (c.front() + c.back()).contains("This sets") || (c.front() + c.back()).contains("First,")),
                shown(cards));
    }

    @Test
    void aParagraphOpeningWithAnInstructionKeepsItWhenTheRestIsARemark() {
        String note = "# Sheds\n\nList the labels of a bed. By default, they are hidden\n\n"
                + "```sh\ngardenctl get bed/north --show-labels\n```\n";
        List<CardDraft> cards = commandCards(note);
        assertTrue(cards.stream().anyMatch(c -> (c.front() + c.back()).toLowerCase(Locale.ROOT).contains("list the labels of a bed")),
                shown(cards));
    }

    @Test
    void theDescriptionOfTheCommandAboveDoesNotAnswerTheNextOne() {
        String note = "# Sheds\n\n```sh\ngardenctl get beds -l crop=tulip\n```\n"
                + "Lists only the beds of one crop (by its label), so you see their water use side by side. "
                + "Find the right label of a crop first with:\n"
                + "```sh\ngardenctl get crop tulip -o jsonpath='{.labels}'\n```\n";
        List<CardDraft> cards = commandCards(note);
        for (CardDraft c : cards) {
            if ((c.front() + c.back()).contains("jsonpath")) {
                assertFalse((c.front() + c.back()).contains("Lists only") || (c.front() + c.back()).contains("lists only"), shown(cards));
            }
        }
        assertTrue(cards.stream().anyMatch(c -> c.back().contains("jsonpath") && c.front().contains("find the right label of a crop")),
                shown(cards));
    }

    @Test
    void thePointerAtTheBlockIsNoPartOfTheAnswer() {
        String note = "# Sheds\n\nYou can plant the beds and water them by executing (from the shed folder):\n\n"
                + "```sh\ngardenctl plant --all | gardenctl water -f -\n```\n";
        List<CardDraft> cards = commandCards(note);
        assertTrue(cards.stream().noneMatch(c -> c.back().contains("by executing") || c.front().contains("by executing")),
                shown(cards));
    }

    @Test
    void theParagraphAboveACommandIsNoFactAboutItsOutput() {
        String note = "# Sheds\n\n### Checking shed health\n\n`gardenctl census` is retired as of 1.20. A suitable replacement "
                + "includes asking the shed directly, For example, on the main shed, run `curl -k https://localhost:6443/livez` "
                + "which returns:\n\n```shell\n[+]pump ok\n[+]valve ok\n[+]hose ok\n[+]poststarthook/start-informers ok\n"
                + "livez check passed\n```\n";
        List<CardDraft> cards = commandCards(note);
        assertTrue(cards.stream().noneMatch(c -> c.front().startsWith("In the output of")), shown(cards));
    }

    @Test
    void aLineBetweenTwoCommandsDescribesTheOneItSpeaksOf() {
        List<CardDraft> cards = NoteCards.txt("Shed sheet\ngardenctl get beds -A\nlist every bed of the garden\n"
                + "gardenctl soil log --previous\nShow the soil log of the previous season\ngardenctl water --all\n")
                .stream().filter(c -> c.kind() == CardKind.COMMAND).toList();
        assertTrue(cards.stream().noneMatch(c -> (c.front() + c.back()).contains("previous season")
                && (c.front() + c.back()).contains("water --all")), shown(cards));
        assertTrue(cards.stream().anyMatch(c -> (c.front() + c.back()).contains("previous season")
                && (c.front() + c.back()).contains("soil log --previous")), shown(cards));
        assertTrue(CommandRules.speaksOf("Show the soil log of the previous season", "gardenctl soil log --previous"));
        assertFalse(CommandRules.speaksOf("Show the soil log of the previous season", "gardenctl water --all"));
    }

    @Test
    void aCommentInTheCommandIsNoPartOfWhatTheLeadInMustSayBesidesIt() {
        assertFalse(CommandRules.describes("Leverage gardenctl get sheds", "gardenctl get sheds #old in v2"));
        assertTrue(CommandRules.describes("lists every shed with its tools", "gardenctl get sheds #old in v2"));
    }

    @Test
    void aLineAboutAnotherCommandOfTheProgramDescribesNotThisOne() {
        assertFalse(CommandRules.describes("`gardenctl 1 flags` is the most useful command here, it shows the real flags",
                "gardenctl 1 props | grep -i water"));
        assertTrue(CommandRules.describes("`gardenctl get` lists the beds of the shed", "gardenctl get beds -A"));
    }

    @Test
    void aNameOrAPossessiveOpensNoWhichCommandQuestion() {
        assertNull(CommandRules.whichCommand("GrowOS also has a config map that can be changed", true));
        assertNull(CommandRules.whichCommand("Acme's equivalent binds a bed to a plot", true));
        assertNull(CommandRules.whichCommand("many gardens water their beds at night", true));
        assertNotNull(CommandRules.whichCommand("**Run a one-off soil test**", false));
    }

    @Test
    void aProgramNameFollowedByProseIsNoCommand() {
        assertNull(PlainLines.command("kubeadm is a utility to bootstrap a cluster on a number of nodes."));
        assertNull(PlainLines.command("kubectl alone only exposes the current count, it keeps no history. To see a trend, you need metrics."));
        assertEquals("kubectl get pods -o wide", PlainLines.command("kubectl get pods -o wide"));
        assertEquals("kubectl is-ready check", PlainLines.command("kubectl is-ready check"));
    }

    @Test
    void aTaskHeadingOverProseThatNamesAProgramGivesNoCodeSpanOfProse() {
        String note = "# Clusters\n\n## Use Kubeadm to install a basic cluster\n\n"
                + "kubeadm is a utility to bootstrap a cluster on existing nodes. It takes care of the control plane.\n\n"
                + "## Trend of restarts\n\n`kubectl` alone only exposes the current count, it keeps no history. "
                + "To see a trend, you need one of two approaches.\n";
        for (CardDraft c : NoteCards.md(note)) {
            assertFalse(PROSE_IN_SPAN.matcher(c.front()).find() || PROSE_IN_SPAN.matcher(c.back()).find(), c.toString());
        }
    }

    @Test
    void aSentenceRunsOnThroughBracketsAndCode() {
        assertEquals(List.of("To see a trend (is it worse, or was it a blip?) you need two approaches.", "Pick one."),
                Sentences.of("To see a trend (is it worse, or was it a blip?) you need two approaches. Pick one."));
        assertEquals(List.of("Run `a. B` now.", "Then stop."), Sentences.of("Run `a. B` now. Then stop."));
        // A stray bracket holds no later line in.
        assertEquals(2, Sentences.of("Mind the gap :( sorry.\nNext line here.").size());
    }

    @Test
    void aPurposeEndsAtACommaOutsideBrackets() {
        String[] qa = Phrasing.claimSentence(
                "To water a bed evenly (by hand, or with a hose), turn the valve half open", "Beds");
        assertNotNull(qa);
        assertTrue(qa[0].contains("water a bed evenly (by hand, or with a hose)"), qa[0]);
        assertEquals("Turn the valve half open.", qa[1]);
    }

    /** Whatever a purpose's brackets hold, the question never ends inside them nor the answer open with their rest. */
    @Property(tries = 200)
    void aPurposeSentenceIsNeverSplitInsideBrackets(@ForAll("asides") String aside) {
        String[] qa = Phrasing.claimSentence("To water the north bed evenly (" + aside + "), turn the valve half open", "Beds");
        if (qa == null) return;
        assertEquals(count(qa[0], '('), count(qa[0], ')'), qa[0]);
        assertEquals(count(qa[1], '('), count(qa[1], ')'), qa[1]);
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    @Provide
    Arbitrary<String> asides() {
        return Arbitraries.of("by hand", "or with a hose", "is it dry?", "twice, or more", "see `valve, half`", "a, b, c")
                .list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(", ", l));
    }

    /** A code span that holds a sentence break: prose put in code. */
    private static final Pattern PROSE_IN_SPAN = Pattern.compile("`[^`\\n]*[a-z][.!?] [A-Z][^`\\n]*`");
    /** Words that point at a block that should follow: a side ending in them lost what it leads in to. */
    private static final Pattern DANGLING = Pattern.compile(
            "(?i)(?::|\\b(?:by running|by executing|by using|such as|as follows|like this|for example|e\\.g|here's how|this is how))[.?]?$");

    /** Whatever statement a paragraph leads in with, a command card never answers with it nor ends in a pointer. */
    @Property(tries = 200)
    void noCommandSideIsAStatementOrEndsInALeadIn(@ForAll("paragraphs") String paragraph) {
        String note = "# Sheds\n\n" + paragraph + "\n\n```sh\ngardenctl plant -f tulips.yaml --bed=north\n```\n";
        for (CardDraft c : commandCards(note)) {
            for (String side : List.of(c.front(), c.back())) {
                String last = side.strip();
                if (last.endsWith("```")) continue;
                assertFalse(DANGLING.matcher(last).find(), c.toString());
            }
            assertFalse(c.back().contains(" are planted") || c.back().contains(" can be") || c.back().startsWith("It "),
                    c.toString());
        }
    }

    @Provide
    Arbitrary<String> paragraphs() {
        Arbitrary<String> statement = Arbitraries.of("Tulips are planted in the north bed", "Seeds can be sown by hand",
                "It has two watering modes", "Every bed keeps a soil log", "The pump can be started remotely");
        Arbitrary<String> leadIn = Arbitraries.of("Tulips are planted in rows, such as:", "Seeds can be sown by running:",
                "Plant the tulips by running:", "Water the beds, for example:", "It has two modes, as follows:",
                "Sow the north bed with:", "Check the soil log like this:", "To plant the tulips, here's how:",
                "Here's how to plant the tulips:", "Water the beds, this is how:");
        return Combinators.combine(statement.list().ofMaxSize(2), leadIn)
                .as((s, l) -> (s.isEmpty() ? "" : String.join(". ", s) + ". ") + l);
    }

    /** A line that names a program and goes on in sentences is never read as a command, whatever the words. */
    @Property(tries = 200)
    void aProgramFollowedBySentencesIsNoCommand(@ForAll("programs") String program, @ForAll("sentences") String rest) {
        assertNull(PlainLines.command(program + " " + rest), program + " " + rest);
    }

    @Provide
    Arbitrary<String> programs() {
        return Arbitraries.of("kubectl", "kubeadm", "helm", "docker");
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> verb = Arbitraries.of("is", "can", "has", "will", "alone shows", "only keeps", "runs");
        Arbitrary<String> words = Arbitraries.of("the", "count", "of", "beds", "a", "tool", "history", "no", "for", "nodes")
                .list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
        Arbitrary<String> second = Arbitraries.of("To see more, you need metrics.", "It takes care of the rest.",
                "Use the dashboard instead.");
        return Combinators.combine(verb, words, second).as((v, w, s) -> v + " " + w + ". " + s);
    }

    /**
     * A question's sentence is never split across the two sides: a front ends where its sentence ends.
     * The lead-in comes as the paragraph above the block, or as the block's own comment hard-wrapped at
     * any width over several lines, each with its "#" or its rest without it (a fixed-width wrap of
     * the notes): the back's code opens with the command, a prose back never with the rest of a sentence.
     */
    @Property(tries = 150)
    void aLeadInIsNeverSplitAcrossTheSides(@ForAll("leadIns") String leadIn, @ForAll("layouts") int layout,
                                           @ForAll @net.jqwik.api.constraints.IntRange(min = 56, max = 76) int width,
                                           @ForAll boolean plainText) {
        String command = "gardenctl plant -f tulips.yaml --bed=north";
        String note;
        if (layout == 0) {
            note = "# Sheds\n\n" + leadIn + "\n\n```sh\n" + command + "\n```\n";
        } else {
            List<String> wrapped = wrap(leadIn, width);
            StringBuilder block = new StringBuilder("# ").append(wrapped.get(0)).append('\n');
            for (String rest : wrapped.subList(1, wrapped.size())) block.append(layout == 1 ? "# " : "").append(rest).append('\n');
            note = plainText ? "Sheds\n" + block + command + "\n" : "# Sheds\n\n```sh\n" + block + command + "\n```\n";
        }
        List<CardDraft> cards = plainText && layout != 0 ? NoteCards.txt(note).stream().filter(c -> c.kind() == CardKind.COMMAND).toList()
                : commandCards(note);
        for (CardDraft c : cards) {
            String back = c.back().strip();
            if (back.startsWith("```")) {
                String firstLine = back.split("\n", 3)[1];
                assertTrue(PlainLines.command(firstLine.strip()) != null || firstLine.startsWith("gardenctl"), note + "\n" + c);
            } else {
                assertFalse(Character.isLowerCase(back.charAt(0)), note + "\n" + c);
            }
        }
    }

    @Provide
    Arbitrary<Integer> layouts() {
        return Arbitraries.of(0, 1, 2);
    }

    /** Lead-ins of one paragraph, and long instructions that wrap over two to four lines. */
    @Provide
    Arbitrary<String> leadIns() {
        Arbitrary<String> clauses = Arbitraries.of("so that every seedling that needs shade is moved to another bed",
                        "before you start the watering of the lawn", "and the tulips are kept apart from the roses",
                        "once the soil has settled after the rain of the night", "while the pump of the shed is switched off",
                        "with the spacing the seed packet asks for")
                .list().ofMinSize(2).ofMaxSize(4).map(l -> String.join(" ", l));
        Arbitrary<String> instruction = Combinators.combine(Arbitraries.of("Prepare", "Drain", "Mark", "Check", "Scale"),
                        Arbitraries.of("the north bed", "every bed of the garden", "the tulip rows"), clauses)
                .as((verb, object, rest) -> verb + " " + object + " " + rest + ".");
        return Arbitraries.oneOf(paragraphs(), instruction);
    }

    /** The text broken into lines of at most {@code width} characters (a word longer than that on a line of its own). */
    private static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(w);
        }
        lines.add(line.toString());
        return lines;
    }
}
