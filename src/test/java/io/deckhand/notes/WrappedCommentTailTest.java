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
 * Spec examples of a "#" comment in a command block hard-wrapped at a fixed width when the notes were
 * copied, its rest losing the "#": that rest is part of the comment, never a command.
 */
class WrappedCommentTailTest {
    @Test
    void anOutdentedRestOfTheCommentIsPartOfTheQuestionNotTheCode() {
        List<CardDraft> cards = md("""
                # Bakery notes

                ```bash
                  # Bake the loaf 'rye' with a dark crust and spelt flour, replacing any
                previous crust.
                  ovenctl bake --replace loaf rye crust=dark
                ```
                """);
        CardDraft bake = about(cards, "replacing any previous crust");
        assertTrue((bake.front() + bake.back()).contains("`ovenctl bake --replace loaf rye crust=dark`"), bake.toString());
        assertTrue(cards.stream().noneMatch(c -> c.back().contains("`previous crust.`") || c.front().contains("`previous crust")),
                cards.toString());
    }

    @Test
    void theRestOfACommentOnTheCommandsLineGoesOnFromIt() {
        List<CardDraft> cards = md("""
                ```bash
                ovenctl cool --rack 3      # Move every loaf on the third rack to the cooling
                shelf.
                ovenctl slice --thin       # Slice the loaves thinly
                ```
                """);
        CardDraft cool = about(cards, "to the cooling shelf");
        assertTrue((cool.front() + cool.back()).contains("`ovenctl cool --rack 3`"), cool.toString());
        assertFalse((cool.front() + cool.back()).contains("thinly"), cool.toString());
        about(cards, "slice the loaves thinly");
    }

    @Test
    void plainTextNotesJoinTheRestTheSameWay() {
        List<CardDraft> cards = txt("""
                Bakery notes

                    # Bake the loaf 'rye' with a dark crust and spelt flour, replacing any
                previous crust.
                    ovenctl bake --replace loaf rye crust=dark
                """);
        CardDraft bake = about(cards, "replacing any previous crust");
        assertTrue((bake.front() + bake.back()).contains("`ovenctl bake --replace loaf rye crust=dark`"), bake.toString());
        assertTrue(cards.stream().noneMatch(c -> c != bake && (c.front() + c.back()).contains("previous crust")), cards.toString());
    }

    @Test
    void aLineThatCouldBeACommandOrFollowsAFinishedCommentStaysCode() {
        String wrapped = "  # Bake the loaf 'rye' with a dark crust and spelt flour, replacing any";
        assertTrue(ShellComments.continuesWithoutMark(wrapped, 2, "Bake the loaf, replacing any", "previous crust."));
        // The comment ended its sentence: the next line is the writer's own.
        assertFalse(ShellComments.continuesWithoutMark(wrapped, 2, "Bake the loaf.", "Then cool it."));
        // Shell syntax, a known program or no closing stop: a command, not words of a sentence.
        assertFalse(ShellComments.continuesWithoutMark(wrapped, 2, "Bake the loaf with", "ovenctl bake --dark"));
        assertFalse(ShellComments.continuesWithoutMark(wrapped, 2, "Bake the loaf with", "kubectl get pods."));
        assertFalse(ShellComments.continuesWithoutMark(wrapped, 2, "Bake the loaf with", "ls /tmp/oven."));
        assertFalse(ShellComments.continuesWithoutMark(wrapped, 2, "Bake the loaf with", "watch ovenctl status"));
        // A short finished-looking comment at the commands' own column and a word line after it: no wrap in sight.
        assertFalse(ShellComments.continuesWithoutMark("# Check the oven", 0, "Check the oven", "reboot now."));
    }

    /**
     * Any comment sentence split at any word, the rest out-dented and without "#": the question holds the
     * whole sentence (on the side saying what the command does), no side holds the front without the rest, and no
     * code on either side holds the rest.
     */
    @Property(tries = 80)
    void aSentenceSplitAtAnyWordIsOneQuestionAndNoCodeHoldsItsRest(
            @ForAll @AlphaChars @StringLength(min = 3, max = 8) String a,
            @ForAll @AlphaChars @StringLength(min = 3, max = 8) String b,
            @ForAll @IntRange(min = 1, max = 20) int cutAt,
            @ForAll @IntRange(min = 1, max = 6) int indent) {
        String loaf = "x" + a.toLowerCase(Locale.ROOT);
        String rack = "x" + b.toLowerCase(Locale.ROOT);
        String sentence = "Bake the " + loaf + " loaf on the " + rack + " rack, turning it once halfway";
        String[] words = sentence.split(" ");
        int cut = Math.min(cutAt, words.length - 1);
        String front = String.join(" ", Arrays.copyOfRange(words, 0, cut));
        String rest = String.join(" ", Arrays.copyOfRange(words, cut, words.length)) + ".";
        String command = "ovenctl bake " + loaf + " --rack " + rack;
        String in = " ".repeat(indent);
        List<CardDraft> cards = md("# Oven\n\n```bash\n" + in + "# " + front + "\n" + rest + "\n" + in + command + "\n```\n");
        String whole = (sentence + ".").toLowerCase(Locale.ROOT).replace(",", "");
        CardDraft bake = cards.stream().filter(c -> c.kind() == CardKind.COMMAND
                && (c.front() + " " + c.back()).contains(command)).findFirst().orElseThrow(() -> new AssertionError(cards.toString()));
        String said = (bake.front() + " " + bake.back()).toLowerCase(Locale.ROOT).replace(",", "");
        assertTrue(said.contains(whole.substring(0, whole.length() - 1)), front + " | " + rest + "\n" + cards);
        String cutWords = front.toLowerCase(Locale.ROOT).replace(",", "");
        for (CardDraft c : cards) {
            for (String side : List.of(c.front(), c.back())) {
                // The prose of the side: what it says outside code.
                String prose = side.replaceAll("`[^`]*`", " ").toLowerCase(Locale.ROOT).replace(",", "");
                assertFalse(prose.contains(cutWords) && !prose.contains(whole.substring(0, whole.length() - 1)),
                        "a side ends mid-sentence: " + c);
            }
            for (String code : codeOf(c.back() + "\n" + c.front())) {
                assertFalse(code.contains(rest), "rest in code: " + c);
            }
        }
        assertEquals(1, cards.stream().filter(c -> c.kind() == CardKind.COMMAND).count(), cards.toString());
    }

    /**
     * A sentence hard-wrapped at any fixed width over any number of lines, only the first keeping its "#":
     * the whole comment is one description of the command (in Markdown and in plain text), and no code on
     * any card holds a line of it.
     */
    @Property(tries = 80)
    void aRestWrappedOverSeveralLinesIsStillOneDescription(
            @ForAll("restWords") List<String> words,
            @ForAll @IntRange(min = 56, max = 76) int width,
            @ForAll boolean plainText) {
        String sentence = "Bake every loaf " + String.join(" ", words) + " on the lower rack.";
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder("# ");
        for (String w : sentence.split(" ")) {
            if (line.length() > 2 && line.length() + 1 + w.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0 && !line.toString().equals("# ")) line.append(' ');
            line.append(w);
        }
        lines.add(line.toString());
        String command = "ovenctl bake --all --rack lower";
        String block = String.join("\n", lines) + "\n" + command + "\n";
        List<CardDraft> cards = plainText ? txt("Oven\n" + block) : md("# Oven\n\n```bash\n" + block + "```\n");
        String whole = sentence.substring(0, sentence.length() - 1).toLowerCase(Locale.ROOT);
        CardDraft bake = cards.stream().filter(c -> c.kind() == CardKind.COMMAND && (c.front() + " " + c.back()).contains(command))
                .findFirst().orElseThrow(() -> new AssertionError(block + "\n" + cards));
        assertTrue((bake.front() + " " + bake.back()).toLowerCase(Locale.ROOT).contains(whole), block + "\n" + bake);
        for (CardDraft c : cards) {
            for (String code : codeOf(c.back() + "\n" + c.front())) {
                for (String l : lines.subList(1, lines.size())) assertFalse(code.contains(l), "rest in code: " + block + "\n" + c);
            }
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<String>> restWords() {
        return net.jqwik.api.Arbitraries.of("with", "a", "dark", "crust", "and", "spelt", "flour", "turning", "it", "once",
                "halfway", "through", "so", "that", "the", "base", "sets", "evenly", "before", "cooling").list().ofMinSize(12).ofMaxSize(40);
    }

    private static CardDraft about(List<CardDraft> cards, String text) {
        List<CardDraft> found = cards.stream().filter(c -> c.kind() == CardKind.COMMAND && c.quality().passed()
                && (c.front() + "\n" + c.back()).toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))).toList();
        assertEquals(1, found.size(), "cards saying '" + text + "': " + cards);
        return found.get(0);
    }

    private static List<String> codeOf(String text) {
        List<String> out = new java.util.ArrayList<>();
        java.util.regex.Matcher span = java.util.regex.Pattern.compile("`([^`\\n]+)`").matcher(text);
        while (span.find()) out.add(span.group(1));
        java.util.regex.Matcher fence = java.util.regex.Pattern.compile("(?s)```\\w*\\n(.*?)```").matcher(text);
        while (fence.find()) out.add(fence.group(1));
        return out;
    }
}
