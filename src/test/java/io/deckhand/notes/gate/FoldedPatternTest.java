package io.deckhand.notes.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The gate's word-list patterns tried on folded text find exactly what the case-insensitive pattern finds. */
class FoldedPatternTest {
    private static final GateConfig CONFIG = GateConfig.load();
    private static final List<Pattern> GATE = List.of(GateConfig.anyOf(CONFIG.layout()),
            GateConfig.anyOf(CONFIG.leadIns()), GateConfig.anyOf(CONFIG.vagueQuestions()),
            DefinitionShape.alternation(GateConfig.patternsOf("gate-notes-references.txt")),
            DefinitionShape.alternation(GateConfig.patternsOf("gate-pronoun-questions.txt")));
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;

    @Test
    void theGatesWordListsAreFolded() {
        for (Pattern p : GATE) assertTrue(FoldedPattern.of(p).folds(), p.pattern());
    }

    @Test
    void theGatesWordListsAreTriedOnlyWhereAMatchCanBegin() {
        for (int i : new int[] {0, 1, 3, 4}) assertTrue(FoldedPattern.of(GATE.get(i)).skipsPositions(), GATE.get(i).pattern());
    }

    @Test
    void sourcesThatMayMatchNothingOrOpenWithAClassAreSearchedEverywhere() {
        for (String source : List.of("a?b?", "[a-z]+x", "x|.y", "(?:the\\s+)?", "\\bfoo|$", "(?<name>x)")) {
            assertNull(StartChars.of(source), source);
        }
        StartChars s = StartChars.of("\\b(?:list|the)|^(?:now\\s+)?let|\\(\\d");
        assertEquals("{108, 116}", s.afterBoundary.toString());
        assertEquals("{108, 110}", s.atLineStart.toString());
        assertEquals("{40}", s.free.toString());
        assertTrue(s.mayStartAt("a list", 2));
        assertFalse(s.mayStartAt("alist", 1), "inside a word");
        assertFalse(s.mayStartAt("a now", 2), "not at a line's start");
        assertTrue(s.mayStartAt("a\nnow", 2));
        assertFalse(s.mayStartAt("a(b", 2), "no such first character");
    }

    @Property(tries = 500)
    void aTriedPositionFindsWhatASearchFinds(@ForAll("texts") String text) {
        Pattern p = Pattern.compile("\\b(?:the\\s+)?follow(?:ing)?\\b|(?<=x)ab|^(?:not|\\d)\\W*$|\\(\\d|^\\bhere", CI);
        assertTrue(FoldedPattern.of(p).skipsPositions());
        Matcher expected = p.matcher(text);
        assertEquals(expected.find(), FoldedPattern.of(p).find(text) != null, text);
    }

    @Test
    void sourcesWhoseMeaningFoldingWouldChangeRunAsTheyAre() {
        for (String source : List.of("[A-Z]+", "(?i)list", "(a)\\1", "\\p{Lu}", "[!-^]", "Steps", "\\u0041",
                "\\QAbove\\E", "\\x41")) {
            assertFalse(FoldedPattern.of(Pattern.compile(source, CI)).folds(), source);
        }
        assertFalse(FoldedPattern.of(Pattern.compile("below")).folds(), "not case-insensitive");
        assertTrue(FoldedPattern.of(Pattern.compile("\\b(?:below|above)\\W*$|[a-z0-9-]+", CI)).folds());
    }

    @Test
    void aMatchIsTheOriginalPatternsMatchInTheOriginalText() {
        Matcher m = FoldedPattern.of(GATE.get(0)).find("Which Steps are LISTED BELOW?");
        assertEquals("LISTED BELOW", m.group().strip());
        assertNull(FoldedPattern.of(GATE.get(0)).find("What does kubectl drain do?"));
    }

    @Test
    void charactersThatFoldIntoAsciiAreNotFolded() {
        // Long s, Kelvin sign, dotted capital I, dotless i, and a combining mark that folds to a letter.
        for (String t : List.of("\u017F", "\u212A", "\u0130", "\u0131", "\u0345")) assertNull(FoldedPattern.fold("x" + t));
        assertEquals("caf\u00e9 list", FoldedPattern.fold("CAF\u00c9 List"));
    }

    @Property(tries = 2000)
    void findsWhatTheCaseInsensitivePatternFinds(@ForAll("texts") String text, @ForAll("patterns") Pattern p) {
        Matcher expected = p.matcher(text);
        Matcher actual = FoldedPattern.of(p).find(text);
        if (!expected.find()) {
            assertNull(actual, text);
        } else {
            assertEquals(expected.start(), actual == null ? -1 : actual.start(), text);
            assertEquals(expected.group(), actual.group(), text);
        }
    }

    @Provide
    Arbitrary<Pattern> patterns() {
        return Arbitraries.of(GATE.get(0), GATE.get(1), GATE.get(2), GATE.get(3), GATE.get(4),
                Pattern.compile("\\bnot\\s+(?:\u00e9t\u00e9|here)\\b|[a-f0-9]{3}", CI));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("list", "LIST", "all", "both", "3", " ", "  ", "the", "The", "following", "FOLLOWING",
                "above", "Below", "below", "here's", "Here is", "as follows", "As Follows", ":", ".", "?", ",", "\n",
                "(", "/", ")", "2", "step", "Step", "previous", "section", "what about", "What are the", "key",
                "facts", "tell me", "notes", "\u017F", "\u212A", "\u0130", "\u0131", "\u0345", "\u00c9t\u00c9",
                "\u00e9t\u00e9", "not", "NOT", "see", "See ", "example", "Shown", "why", "Why does ", "this", "it",
                "Matter", "let's", "Let Us", "In this", "Lecture", "your", "snippet", "Section", "\ud83d\ude00", "\ud801\udc00", "\u2019", "-", "_", "x", "Ab1", "\t")
                .list().ofMaxSize(14).map(parts -> String.join("", parts));
    }
}
