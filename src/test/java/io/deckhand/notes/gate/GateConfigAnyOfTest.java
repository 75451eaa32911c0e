package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link GateConfig#anyOf} shares a leading {@code \b} or {@code ^} among neighbouring lines: it must
 * find exactly what one plain alternation of the lines finds (same place, same text), which is what
 * the gate's reasons quote.
 */
class GateConfigAnyOfTest {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Test
    void linesOpeningWithTheSameAnchorShareIt() {
        Pattern p = GateConfig.anyOf(lines("\\bas follows\\b", "\\bthe above\\b", "\\(\\d+\\)", "^here is\\b"));
        assertEquals("\\b(?:(?:as follows\\b)|(?:the above\\b))|(?:\\(\\d+\\))|^(?:(?:here is\\b))", p.pattern());
    }

    @Test
    void aLineWithItsOwnTopLevelAlternativeKeepsItsAnchor() {
        assertNull(GateConfig.leadingAnchor("\\ba|b"));
        assertNull(GateConfig.leadingAnchor("^a|b"));
        assertEquals("\\b", GateConfig.leadingAnchor("\\b(?:a|b)[|(]x"));
        assertNull(GateConfig.leadingAnchor("\\b[a]|b"));
        assertNull(GateConfig.leadingAnchor("\\b\\Q(\\E|b"));
        assertNull(GateConfig.leadingAnchor("\\b{g}x"));
        assertNull(GateConfig.leadingAnchor("x\\b"));
    }

    @Test
    void theShippedFilesFindWhatThePlainAlternationFinds() {
        GateConfig c = GateConfig.load();
        String text = "Here is the list of the 3 points noted above.\nSee (2/5) as follows:\nwhat about the following";
        for (List<Pattern> lines : List.of(c.layout(), c.leadIns(), c.vagueQuestions())) {
            assertSameFinds(lines, text);
            for (String line : text.split("\n")) assertSameFinds(lines, line);
        }
    }

    @Property(tries = 400)
    void findsWhatThePlainAlternationFinds(@ForAll("lineSets") List<String> sources, @ForAll("texts") String text) {
        assertSameFinds(lines(sources.toArray(String[]::new)), text);
    }

    @Provide
    Arbitrary<List<String>> lineSets() {
        Arbitrary<String> anchor = Arbitraries.of("", "\\b", "^", "\\b", "(?:x|", "\\(");
        Arbitrary<String> body = Arbitraries.of("the", "list", "a b", "ab", "b\\b", "\\s*$", "\\d+", "[|a]", "(?:a|the)",
                "|b", "x)", "ab|the", "\\W*$", ".", "\\Q|\\E", "[^]a]");
        Arbitrary<String> line = anchor.flatMap(a -> body.list().ofMinSize(1).ofMaxSize(3).map(b -> a + String.join("", b)))
                .filter(GateConfigAnyOfTest::compiles);
        return line.list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("abtheliLTHE x|()12\n.-]^").ofMaxLength(40);
    }

    private static boolean compiles(String source) {
        try {
            Pattern.compile(source, FLAGS);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<Pattern> lines(String... sources) {
        return java.util.Arrays.stream(sources).map(s -> Pattern.compile(s, FLAGS)).toList();
    }

    private static void assertSameFinds(List<Pattern> lines, String text) {
        Pattern plain = Pattern.compile(String.join("|", lines.stream().map(p -> "(?:" + p.pattern() + ")").toList()),
                FLAGS | Pattern.MULTILINE);
        Matcher expected = plain.matcher(text);
        Matcher actual = GateConfig.anyOf(lines).matcher(text);
        while (true) {
            boolean found = expected.find();
            assertEquals(found, actual.find(), () -> "for " + plain.pattern() + " on " + text);
            if (!found) return;
            assertEquals(expected.start(), actual.start());
            assertEquals(expected.group(), actual.group());
        }
    }
}
