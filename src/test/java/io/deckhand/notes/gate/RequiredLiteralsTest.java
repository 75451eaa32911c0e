package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The words read from a pattern's source are ones every match holds, so a text without them has no match. */
class RequiredLiteralsTest {

    @Test
    void eachAlternativeGivesItsMostTellingRun() {
        assertEquals(List.of("as follows", "listed"), RequiredLiterals.of("\\bas follows\\b|\\blisted\\s+\\d").words());
        // "point" and "row", not the optional 's' nor the common "the".
        assertEquals(List.of("point", "row"), RequiredLiterals.of("\\bthe\\s+\\d+\\s+(?:points?|rows?)\\b").words());
        assertEquals(List.of("here"), RequiredLiterals.of("^(?:here'?s|here is|here are)\\b").words());
        assertEquals(List.of("e.g"), RequiredLiterals.of("^e\\.g\\.?\\W*$").words());
        assertEquals(List.of("follow"), RequiredLiterals.of("\\bfollow(?!\\s+the\\b)(?:ing)?(?:\\s+\\w+){0,3}").words());
        assertEquals(List.of("ab"), RequiredLiterals.of("ab+c?").words(), "a repeated letter ends the run after itself");
    }

    @Test
    void anAlternativeWithoutAWordLeavesThePatternUnfiltered() {
        for (String source : List.of("below|\\d+", "[a-z]+", "x?y?", "(?:the)?", "(?<name>list)", "(?i)list", "\\p{L}ist",
                "a|", ".")) {
            assertNull(RequiredLiterals.of(source), source);
        }
    }

    @Test
    void aTextWithoutTheWordsIsRuledOut() {
        RequiredLiterals r = RequiredLiterals.of("\\b(?:noted|listed)\\s+(?:under|above)\\b");
        assertTrue(r.occurIn("it is listed here"));
        assertEquals(false, r.occurIn("nothing to see"));
    }

    @Property(tries = 3000)
    void aTextAPatternMatchesHoldsOneOfItsWords(@ForAll("sources") String source, @ForAll("texts") String text) {
        Pattern p = Pattern.compile(source, Pattern.MULTILINE);
        RequiredLiterals r = RequiredLiterals.of(source);
        if (r != null && p.matcher(text).find()) assertTrue(r.occurIn(text), source + " in " + text);
    }

    @Provide
    Arbitrary<String> sources() {
        Arbitrary<String> atom = Arbitraries.of("a", "b", "ab", "the", " ", "\\.", "'", "x", "\\d", "\\s", "\\w", "[ab]",
                "\\b", "^", "$", ".", "(?=b)", "(?!a)", "(?<=x)");
        Arbitrary<String> quantifier = Arbitraries.of("", "", "", "?", "*", "+", "{0,2}", "{1,2}", "{2}", "+?", "*+");
        Arbitrary<String> piece = Combinators.combine(atom, quantifier)
                .as((a, q) -> a.startsWith("(?") || a.equals("\\b") || a.equals("^") || a.equals("$") ? a : a + q);
        Arbitrary<String> seq = piece.list().ofMinSize(1).ofMaxSize(5).map(l -> String.join("", l));
        Arbitrary<String> group = Combinators.combine(seq.list().ofMinSize(1).ofMaxSize(3), quantifier,
                Arbitraries.of("(?:", "("))
                .as((alts, q, open) -> open + String.join("|", alts) + ")" + q);
        Arbitrary<String> mixed = Arbitraries.oneOf(seq, group).list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("", l));
        return mixed.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("|", l));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("a", "b", "ab", "the", " ", ".", "'", "x", "1", "\n", "bb", "aab", "th")
                .list().ofMaxSize(10).map(l -> String.join("", l));
    }
}
